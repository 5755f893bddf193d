package nl.netwerkregie.values;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The five positions of involvement in a network, numbered as in the network analysis: the
 * {@link #ring()} is how many steps it takes to reach the core, 1 innermost.
 */
public enum Position {
    INITIATOR(1),
    PARTNER(2),
    SCHAKEL(3),
    SUPPLIER(4),
    USER(5);

    private final int ring;

    Position(int ring) {
        this.ring = ring;
    }

    public int ring() {
        return ring;
    }

    /**
     * The canonical form of a set of positions everywhere (events, views, the wire): unmodifiable,
     * iterating in ring order, innermost first, whatever order or set type it was read in.
     * {@code null} becomes the empty set.
     */
    public static Set<Position> canonical(Collection<Position> positions) {
        return positions == null || positions.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Position.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(positions));
    }
}
