package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct the development period of a programme cycle (the reason is required). */
public record CorrectDevelopmentPeriod(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        DevelopmentPeriod developmentPeriod,
        LocalDate effectiveDate) {}
