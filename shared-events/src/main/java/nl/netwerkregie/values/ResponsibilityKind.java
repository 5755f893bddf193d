package nl.netwerkregie.values;

/** What a ledger entry is: a task carried, or a facility the buurt organises itself (a cooperative, for instance). */
public enum ResponsibilityKind {
    TASK,
    FACILITY
}
