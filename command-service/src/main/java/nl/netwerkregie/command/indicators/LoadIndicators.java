package nl.netwerkregie.command.indicators;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.IndicatorValue;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.UploadId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record one upload of wijkprofiel indicators for buurten of a municipality, all its rows or none;
 * {@code upload} is its aggregate id, {@code <municipality>:indicators:<uploadId>}.
 */
public record LoadIndicators(
        @TargetAggregateIdentifier String upload,
        MunicipalityCode municipality,
        UploadId uploadId,
        List<IndicatorValue> values,
        LocalDate effectiveDate) {}
