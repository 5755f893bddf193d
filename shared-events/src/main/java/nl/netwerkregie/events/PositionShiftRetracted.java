package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * The position shift recorded as the theme's event {@code sequence} is taken back, for the reason {@code why}: the
 * views no longer apply it from now on, while the history and reads as known at an earlier recording time still
 * show it. {@code corrected}: the position shift recorded right after this event, in the same command, replaces
 * it.
 */
@Revision("1")
public record PositionShiftRetracted(
        ThemeId themeId, ActorId actorId, long sequence, String why, boolean corrected, LocalDate effectiveDate)
        implements ThemeEvent, Retraction {}
