package nl.netwerkregie.query.programme;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.CycleState;
import nl.netwerkregie.values.Recurrence;

/** A theme's programme cycles side by side on a date, with each cycle's practice agreements. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A theme's programme cycles side by side on a date")
public record CyclesView(
        String municipality,
        String themeId,
        LocalDate on,
        Recurrence recurrence,

        @Schema(description = "When a one-off theme was let go")
        LocalDate letGoOn,

        @Schema(description = "The cycle whose programme runs on the date, if any")
        Integer currentCycle,

        List<CycleSummary> cycles,

        @Schema(description = "The themes this theme is aligned with on the date")
        List<String> alignedThemes) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CycleSummary(
            int cycle,
            String name,
            CycleView.Period developmentPeriod,
            CycleState state,
            LocalDate startedOn,

            @Schema(description = "The highest step started by the date")
            Integer step,

            LocalDate practiceAgreementsFixedOn,
            LocalDate closedOn,
            List<CycleView.PracticeAgreement> practiceAgreements,

            @Schema(description = "Whether any of its practice agreements runs on the date")
            boolean practiceRunning) {}
}
