package nl.netwerkregie.values;

/** The levels at which a municipality names its own role (MOVISIE's second schema). */
public enum RegieLevel {
    /** Administrative and policy regie: setting up the process. */
    ADMINISTRATIVE_AND_POLICY,
    /** Internal integral steering: the municipality's own departments together. */
    INTERNAL_INTEGRAL_STEERING,
    /** Regie toward the partners. */
    TOWARD_THE_PARTNERS,
    /** Chain steering in the execution. */
    CHAIN_STEERING_IN_EXECUTION
}
