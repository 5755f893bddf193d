package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a theme a new name, as when it is made current again. */
public record RenameTheme(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ThemeName name,
        LocalDate effectiveDate) {}
