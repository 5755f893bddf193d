package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.serialization.Revision;

/**
 * A theme was named for a municipality, in one or more of its buurten, one-off or recurring, with the
 * development period of its first programme cycle: cycle 1 begins here. Revision 1 had no recurrence;
 * it is read as recurring (its 1-to-2 upcaster).
 */
@Revision("2")
public record ThemeNamed(
        ThemeId themeId,
        MunicipalityCode municipality,
        ThemeName name,
        Story story,
        List<BuurtCode> buurten,
        DevelopmentPeriod developmentPeriod,
        Recurrence recurrence,
        LocalDate effectiveDate)
        implements ThemeEvent, StreamOpening {

    @Override
    public java.util.Optional<ThemeId> ofTheme() {
        return java.util.Optional.of(themeId);
    }
}
