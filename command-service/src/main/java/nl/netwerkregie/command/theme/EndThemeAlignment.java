package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a theme's alignment with another theme. */
public record EndThemeAlignment(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ThemeId otherThemeId,
        LocalDate effectiveDate) {}
