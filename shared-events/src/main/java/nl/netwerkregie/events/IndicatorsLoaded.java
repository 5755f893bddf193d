package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.IndicatorValue;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.UploadId;
import org.axonframework.serialization.Revision;

/**
 * Part {@code part} of {@code parts} of one upload of wijkprofiel indicators for buurten of a municipality.
 * An upload is one aggregate ({@code <municipality>:indicators:<uploadId>}) whose parts are recorded in one
 * commit: all of them or none.
 */
@Revision("1")
public record IndicatorsLoaded(
        MunicipalityCode municipality,
        UploadId uploadId,
        int part,
        int parts,
        List<IndicatorValue> values,
        LocalDate effectiveDate)
        implements StreamOpening {

    public static String uploadAggregate(MunicipalityCode municipality, UploadId uploadId) {
        return municipality.value() + ":indicators:" + uploadId.value();
    }
}
