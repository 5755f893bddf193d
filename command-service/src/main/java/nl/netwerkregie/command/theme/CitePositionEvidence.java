package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.Evidence;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cite what shows the position shift recorded as event {@code sequence}. */
public record CitePositionEvidence(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        long sequence,
        List<Evidence> evidence,
        LocalDate effectiveDate) {}
