package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** The story told around a theme changed. */
@Revision("1")
public record ThemeStoryChanged(ThemeId themeId, Story story, LocalDate effectiveDate) implements ThemeEvent {}
