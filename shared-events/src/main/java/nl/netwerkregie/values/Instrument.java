package nl.netwerkregie.values;

/** The five instruments of regievoering that a step of a programme cycle may use. */
public enum Instrument {
    /** The network analysis: ingredients, schakels and the network of involvement. */
    NETWORK_ANALYSIS,
    /** The theme analysis. */
    THEME_ANALYSIS,
    /** The environment analysis. */
    ENVIRONMENT_ANALYSIS,
    /** The capacity analysis. */
    CAPACITY_ANALYSIS,
    /** Pattern research. */
    PATTERN_RESEARCH
}
