package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** The set of buurten a theme runs in changed; {@code buurten} is the complete new set. */
@Revision("1")
public record ThemeBuurtenChanged(ThemeId themeId, List<BuurtCode> buurten, LocalDate effectiveDate)
        implements ThemeEvent {}
