package nl.netwerkregie.values;

/** The four parts of the pattern of regievoering; in step 2 each instrument builds one of them. */
public enum PatternPart {
    /** The enterprising network (involvement). */
    ENTERPRISING_NETWORK,
    /** Shared awareness (knowledge). */
    SHARED_AWARENESS,
    /** The societal environment (effort). */
    SOCIETAL_ENVIRONMENT,
    /** The self-organising example (capacity). */
    SELF_ORGANISING_EXAMPLE
}
