package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start the next programme cycle of a recurring theme, with its development period and, if chosen, a new name. */
public record StartProgrammeCycle(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        DevelopmentPeriod developmentPeriod,
        ThemeName name,
        LocalDate effectiveDate) {}
