package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A theme's alignment with another theme ended. */
@Revision("1")
public record ThemeAlignmentEnded(ThemeId themeId, ThemeId otherThemeId, LocalDate effectiveDate)
        implements ThemeEvent {}
