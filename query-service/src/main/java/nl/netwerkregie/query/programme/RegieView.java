package nl.netwerkregie.query.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.RegieElement;
import nl.netwerkregie.values.RegieLevel;
import nl.netwerkregie.values.RegiePhase;
import nl.netwerkregie.values.RegieSkill;

/**
 * How the municipality takes the regie of a theme on a date, in MOVISIE's terms: each element it works on, its own
 * role per level, and per phase what it has regie on and the skills it stresses; each as it stood on the date with
 * its earlier versions, oldest first.
 */
public record RegieView(
        String municipality,
        String themeId,
        LocalDate date,
        List<Element> elements,
        List<Level> levels,
        List<Phase> phases) {

    public record Element(
            RegieElement element,
            String note,
            LocalDate since,

            @Schema(description = "every note of the element up to the date, oldest first")
            List<Noted> history) {}

    public record Level(
            RegieLevel level,
            String role,
            LocalDate since,

            @Schema(description = "every description of the level up to the date, oldest first")
            List<Noted> history) {}

    public record Phase(
            RegiePhase phase,
            String regieOn,
            List<RegieSkill> skills,
            String note,
            LocalDate since,

            @Schema(description = "every description of the phase up to the date, oldest first")
            List<Noted> history) {}

    /** One earlier version: its text (for a phase: what it had regie on), from when, and in which programme cycle. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Noted(
            String text,
            LocalDate since,

            @Schema(description = "the programme cycle whose development period holds `since`; absent outside any")
            Integer cycle) {}
}
