package nl.netwerkregie.query.projection;

/** The processing group that builds every view; resetting it rebuilds them all from the event store. */
public final class Projections {
    public static final String GROUP = "views";

    private Projections() {
    }
}
