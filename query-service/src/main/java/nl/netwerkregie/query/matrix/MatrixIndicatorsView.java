package nl.netwerkregie.query.matrix;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.query.indicators.IndicatorsView;

/** The wijkprofiel indicators of a matrix's buurt over time beside the matrix's judgements at the end of each year. */
@Schema(
        description =
                "The buurt's wijkprofiel indicators over time beside the matrix's judgements at the end of each year")
public record MatrixIndicatorsView(
        String municipality,
        String themeId,
        String buurt,
        List<IndicatorsView.Series> indicators,

        @Schema(description = "Per year from the matrix's set-up to the last year with a value or a judgement")
        List<YearOfJudgements> judgements) {

    public record YearOfJudgements(
            int year,

            @Schema(description = "The last day of the year: the matrix as it stood then")
            LocalDate on,

            @Schema(description = "Cells with a judgement on that day")
            int judgedCells,

            @Schema(description = "The mean rank of those judgements on their own scales, 0 to 1; absent without any")
            Double meanRank) {}
}
