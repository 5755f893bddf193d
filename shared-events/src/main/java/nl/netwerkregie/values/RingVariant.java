package nl.netwerkregie.values;

/** Which rings an environment analysis draws around the own strength. */
public enum RingVariant {
    /** The book's rings: own networks, social environment, general and specific facilities, the societal theme. */
    ENVIRONMENT_RINGS,
    /** The stelselmatrix handbook's variant: the positions of the chain of responsibility as rings. */
    STELSEL_POSITIONS
}
