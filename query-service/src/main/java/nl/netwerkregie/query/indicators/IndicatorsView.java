package nl.netwerkregie.query.indicators;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.SourceLevel;

/** The wijkprofiel indicators of a buurt over time: per indicator its values by period and source level. */
@Schema(description = "The wijkprofiel indicators of a buurt over time")
public record IndicatorsView(String municipality, String buurt, List<Series> indicators) {

    public record Series(String indicator, List<Value> values) {}

    @Schema(description = "The latest uploaded value for a period and source level")
    public record Value(String period, SourceLevel level, double value, String uploadId, LocalDate publishedOn) {}
}
