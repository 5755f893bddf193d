package nl.netwerkregie.command.theme;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;

/** Checks and normalisations that several parts of a theme share. */
final class ThemeRules {
    private ThemeRules() {}

    /** An actor of another municipality is answered as unknown, like one that does not exist. */
    static void requireActor(ActorDirectory actors, MunicipalityCode municipality, ActorId actorId, String field) {
        if (!actors.municipalityOf(actorId).map(municipality::equals).orElse(false)) {
            throw new UnknownResourceException("actor", actorId.value(), field);
        }
    }

    static void requireNonEmpty(Collection<?> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new InvalidInputException(field, "must hold at least one element");
        }
    }

    /** The values in their first order, each once. */
    static <T> List<T> distinct(List<T> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    /** Positions in ring order. */
    static Set<Position> sorted(Set<Position> positions) {
        return positions.isEmpty() ? EnumSet.noneOf(Position.class) : EnumSet.copyOf(positions);
    }
}
