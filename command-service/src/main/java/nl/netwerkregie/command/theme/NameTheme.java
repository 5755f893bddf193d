package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Name a new theme for a municipality, in one or more of its buurten, with its first development period. */
public record NameTheme(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ThemeName name,
        Story story,
        List<BuurtCode> buurten,
        DevelopmentPeriod developmentPeriod,
        LocalDate effectiveDate) {}
