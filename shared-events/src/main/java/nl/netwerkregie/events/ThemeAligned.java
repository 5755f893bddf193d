package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A theme was aligned with another current theme of the same municipality. */
@Revision("1")
public record ThemeAligned(ThemeId themeId, ThemeId otherThemeId, LocalDate effectiveDate) implements ThemeEvent {}
