package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** An actor was invited to take another position in the theme's network. */
@Revision("1")
public record InvitedToPosition(ThemeId themeId, ActorId actorId, Position position, LocalDate effectiveDate)
        implements ThemeEvent {}
