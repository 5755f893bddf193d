package nl.netwerkregie.values;

/** The phases of the process, each with what the municipality has regie on (MOVISIE's third schema). */
public enum RegiePhase {
    /** A joint policy vision: regie on the vision. */
    JOINT_POLICY_VISION,
    /** Spatial plans and design: regie on the policy. */
    SPATIAL_PLANS_AND_DESIGN,
    /** Execution: regie on the chain. */
    EXECUTION
}
