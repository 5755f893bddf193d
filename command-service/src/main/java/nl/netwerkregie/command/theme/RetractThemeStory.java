package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take back the story recorded as event {@code sequence} (the theme's naming or a change of its story), because
 * {@code why}; with a {@code replacement} the corrected story is recorded in its place, on {@code replacementDate}
 * or, when that is absent, on the date of the story taken back.
 */
public record RetractThemeStory(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        long sequence,
        String why,
        Story replacement,
        LocalDate replacementDate,
        LocalDate effectiveDate) {}
