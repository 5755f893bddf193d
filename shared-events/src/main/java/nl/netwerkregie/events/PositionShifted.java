package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.Set;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * An actor took and/or left positions of involvement in the theme's network on the effective date.
 * {@code taken} and {@code left} are in ring order (see {@link Position#canonical}), however they
 * were stored or read.
 */
@Revision("1")
public record PositionShifted(
        ThemeId themeId, ActorId actorId, Set<Position> taken, Set<Position> left, LocalDate effectiveDate)
        implements ThemeEvent {
    public PositionShifted {
        taken = Position.canonical(taken);
        left = Position.canonical(left);
    }
}
