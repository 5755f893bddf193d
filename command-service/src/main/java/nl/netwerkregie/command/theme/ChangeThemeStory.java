package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the story told around a theme. */
public record ChangeThemeStory(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        Story story,
        LocalDate effectiveDate) {}
