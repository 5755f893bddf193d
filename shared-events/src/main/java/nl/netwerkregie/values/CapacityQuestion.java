package nl.netwerkregie.values;

/** The five questions of step 5 by which a local community sees where it stands. */
public enum CapacityQuestion {
    /** What are we now? */
    WHAT_WE_ARE,
    /** What do we know now? */
    WHAT_WE_KNOW,
    /** What do we want now? */
    WHAT_WE_WANT,
    /** What can we do now? */
    WHAT_WE_CAN,
    /** What do we do now? */
    WHAT_WE_DO
}
