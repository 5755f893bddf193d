package nl.netwerkregie.values;

/** Where an activity of a buurt's programme stands: planned, running, done, or dropped. Done and dropped are final. */
public enum ActivityStatus {
    PLANNED,
    RUNNING,
    DONE,
    DROPPED;

    public boolean closed() {
        return this == DONE || this == DROPPED;
    }
}
