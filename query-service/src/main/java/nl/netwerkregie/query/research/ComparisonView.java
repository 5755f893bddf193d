package nl.netwerkregie.query.research;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.query.indicators.IndicatorsView;
import nl.netwerkregie.query.matrix.ShiftView;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Sector;

/**
 * Buurten compared across programme cycles, aligned by cycle number: one row per municipality × theme × buurt ×
 * cycle, ordered by cycle, then municipality, theme and buurt. Counts only: no actor id, name or text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Buurten compared across programme cycles, aligned by cycle number: counts only, no actor")
public record ComparisonView(
        @Schema(description = "The municipalities compared: those asked for, or every one the caller may read")
        List<String> municipalities,

        String theme,
        String buurt,
        Integer cycle,
        int page,
        int pageSize,

        @Schema(description = "Rows matching the filters, over all pages")
        long total,

        List<Row> rows) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One buurt of a theme in one programme cycle")
    public record Row(
            String municipality,
            String themeId,

            @Schema(description = "The theme's name in this cycle")
            String themeName,

            @Schema(
                    description = "The buurt as coded today (older codes rolled into today's by the recoding table); "
                            + "absent for the row of actors placed in no buurt of a theme that runs in several")
            String buurt,

            @Schema(description = "The codes the buurt had in the sources when they differ from today's")
            List<String> formerCodes,

            int cycle,
            LocalDate start,
            LocalDate end,

            @Schema(description = "Whether the cycle's period lies wholly before today")
            boolean complete,

            NetworkAt atStart,
            NetworkAt atEnd,

            @Schema(description = "Actors involved at the end and not at the start")
            int entered,

            @Schema(description = "Actors involved at the start and not at the end")
            int left,

            @Schema(description = "(entered + left) ÷ (involved at start + involved at end); 0 when both are empty")
            double turnover,

            @Schema(description = "Actors involved at the end of the previous cycle and at the end of this one")
            Integer stayedFromPreviousCycle,

            @Schema(description = "stayedFromPreviousCycle ÷ involved at the end of the previous cycle")
            Double retention,

            @Schema(description = "The network at the end as a graph")
            NetworkMetrics metrics,

            Holders holders,

            @Schema(description = "The buurt's stelselmatrix in this cycle, when the theme has one for it")
            MatrixSummary matrix,

            @Schema(description = "The wijkprofiel indicators of the buurt for the years of the cycle")
            List<IndicatorsView.Series> indicators) {}

    @Schema(description = "The network on a date: involved actors (holding a position or a schakel) by position")
    public record NetworkAt(
            LocalDate date,
            int actors,

            @Schema(description = "Actors holding each position (an actor may hold several)")
            Map<Position, Integer> byPosition,

            @Schema(
                    description = "Ingredients placed in this buurt (in a theme of one buurt: also those placed in "
                            + "none) or linked by its schakels")
            int ingredients,

            int schakelLinks) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(
            description = "Who holds the initiator and partner positions at the end of the cycle, by the sector each "
                    + "holder had then: the community (residents, community organisations) or professionals "
                    + "(providers, the municipality)")
    public record Holders(
            @Schema(description = "Initiator and partner positions held (an actor holding both counts twice)")
            int positions,

            int byCommunity,
            int byProfessionals,
            int byOther,
            int unclassified,

            @Schema(description = "byCommunity ÷ the classified positions; absent when none is classified")
            Double communityShare,

            Map<Sector, Integer> bySector) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MatrixSummary(
            @Schema(description = "Cells with a judgement at the end of the cycle")
            int cellsJudged,

            @Schema(description = "Mean rank (0–1 on each judgement's scale) of those judgements")
            Double meanRank,

            @Schema(description = "The responsibility shift measure across the cycle")
            ShiftView.Measure shift,

            @Schema(description = "The highest of the five phases started by the end of the cycle")
            Integer highestPhase,

            @Schema(description = "Activities of the cycle's period that were done by its end")
            long activitiesDone) {}
}
