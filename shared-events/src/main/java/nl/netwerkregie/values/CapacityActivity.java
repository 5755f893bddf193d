package nl.netwerkregie.values;

/** The four activities, the columns of the capacity analysis. */
public enum CapacityActivity {
    /** Analyse relations. */
    ANALYSE_RELATIONS,
    /** Communicate patterns. */
    COMMUNICATE_PATTERNS,
    /** Prepare building blocks. */
    PREPARE_BUILDING_BLOCKS,
    /** Facilitate what you do. */
    FACILITATE_WHAT_YOU_DO
}
