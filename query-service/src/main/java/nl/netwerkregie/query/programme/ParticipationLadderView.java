package nl.netwerkregie.query.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.InfluenceSource;
import nl.netwerkregie.values.ParticipationRung;

/** How the municipality takes part in a theme on a date: its rung per subject, and the parties' sources of influence. */
public record ParticipationLadderView(
        String municipality,
        String themeId,
        LocalDate date,

        @Schema(description = "Every subject with a rung chosen by the date, by subject")
        List<Subject> subjects,

        @Schema(description = "Every party whose sources of influence were noted by the date")
        List<Influence> influence) {

    public record Subject(
            String subject,

            @Schema(description = "the rung held on the date")
            ParticipationRung rung,

            @Schema(description = "what the rung means") String meaning,
            LocalDate since,
            String why,
            List<String> decidedBy,

            @Schema(description = "every rung of the subject up to the date, oldest first")
            List<Step> steps) {}

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Step(
            ParticipationRung rung,
            LocalDate since,
            String why,
            List<String> decidedBy,
            long sequence,

            @Schema(description = "the programme cycle whose development period holds `since`; absent outside any")
            Integer cycle) {}

    public record Influence(String actorId, List<InfluenceSource> sources, String note, LocalDate since) {}

    /** What each rung means, as the contract gives it. */
    static String meaning(ParticipationRung rung) {
        return switch (rung) {
            case LET_GO -> "not involved: society takes the subject up on its own";
            case FACILITATE ->
                "the initiative lies elsewhere; the municipality supports it with means, knowledge or " + "permission";
            case STIMULATE -> "the municipality wants the result and encourages others, who carry it out";
            case DIRECT ->
                "regisseren: others have their roles, the municipality keeps the regie over how they work "
                        + "together";
            case REGULATE -> "the municipality sets the frame by rules, permits and enforcement";
        };
    }
}
