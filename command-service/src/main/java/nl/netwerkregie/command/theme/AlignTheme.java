package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Align a theme with another current theme of the same municipality. */
public record AlignTheme(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ThemeId otherThemeId,
        LocalDate effectiveDate) {}
