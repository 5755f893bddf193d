package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.serialization.Revision;

/** A theme got a new name, typically when it was made current again. */
@Revision("1")
public record ThemeRenamed(ThemeId themeId, ThemeName name, LocalDate effectiveDate) implements ThemeEvent {}
