package nl.netwerkregie.values;

/** Where a programme cycle stands. */
public enum CycleState {
    /** The programme runs. */
    RUNNING,
    /** The practice agreements are fixed: the new practice runs for its period. */
    PRACTICE_AGREEMENTS_FIXED,
    /** The cycle is closed. */
    CLOSED
}
