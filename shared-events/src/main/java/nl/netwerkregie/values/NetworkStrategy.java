package nl.netwerkregie.values;

/** The four network strategies of the stelselmatrix handbook that connect to the own strength of a cell. */
public enum NetworkStrategy {
    /** Kitchen-table and buurt conversations. */
    CONVERSATIONS,
    /** The buurtmix. */
    BUURTMIX,
    /** The creatieve piramide. */
    CREATIEVE_PIRAMIDE,
    /** The pedagogical or vital environment. */
    VITAL_ENVIRONMENT
}
