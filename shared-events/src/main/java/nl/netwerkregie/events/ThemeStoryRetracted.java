package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * The story recorded as the theme's event {@code sequence} (its naming or a change of its story) is taken back,
 * for the reason {@code why}. {@code corrected}: the story change recorded right after this event, in the same
 * command, replaces it.
 */
@Revision("1")
public record ThemeStoryRetracted(
        ThemeId themeId, long sequence, String why, boolean corrected, LocalDate effectiveDate)
        implements ThemeEvent, Retraction {}
