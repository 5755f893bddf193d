package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Name a new theme for a municipality, in one or more of its buurten, one-off or recurring, with the development period of its first programme cycle. */
public record NameTheme(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ThemeName name,
        Story story,
        List<BuurtCode> buurten,
        DevelopmentPeriod developmentPeriod,
        Recurrence recurrence,
        LocalDate effectiveDate) {}
