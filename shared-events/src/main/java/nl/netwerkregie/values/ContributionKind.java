package nl.netwerkregie.values;

/** What a contribution gathered in a theme analysis is. */
public enum ContributionKind {
    /** A remark heard. */
    REMARK,
    /** A statement heard. */
    STATEMENT,
    /** An idea. */
    IDEA,
    /** An activity. */
    ACTIVITY,
    /** An example. */
    EXAMPLE
}
