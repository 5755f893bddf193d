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
        if (positions == null || positions.isEmpty()) {
            return SUBSETS[0];
        }
        int mask = 0;
        for (Position p : positions) {
            mask |= 1 << p.ordinal();
        }
        return SUBSETS[mask];
    }

    /**
     * Every set of positions, unmodifiable, by the bit mask of their ordinals: the canonical form is shared, not
     * copied, so that the many shifts of a large network hold no sets of their own.
     */
    private static final Set<Position>[] SUBSETS = subsets();

    @SuppressWarnings("unchecked")
    private static Set<Position>[] subsets() {
        Position[] all = values();
        Set<Position>[] out = new Set[1 << all.length];
        for (int mask = 0; mask < out.length; mask++) {
            EnumSet<Position> set = EnumSet.noneOf(Position.class);
            for (Position p : all) {
                if ((mask & (1 << p.ordinal())) != 0) {
                    set.add(p);
                }
            }
            out[mask] = Collections.unmodifiableSet(set);
        }
        return out;
    }
}
