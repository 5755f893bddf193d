package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Fix a cycle's practice agreements: the new practice runs for their periods. */
public record FixPracticeAgreements(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        LocalDate effectiveDate) {}
