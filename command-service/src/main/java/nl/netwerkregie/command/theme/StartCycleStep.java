package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a step of a programme cycle; the step before it must have started. */
public record StartCycleStep(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        CycleStep step,
        LocalDate effectiveDate) {}
