package nl.netwerkregie.values;

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
}
