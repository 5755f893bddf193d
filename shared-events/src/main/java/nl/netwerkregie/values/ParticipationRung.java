package nl.netwerkregie.values;

/**
 * A rung of the government participation ladder: how far the municipality takes part in a subject of a theme,
 * from the bottom. The rung is chosen per situation and subject, together with the partners.
 */
public enum ParticipationRung {
    /** The municipality is not involved: society takes the subject up on its own. */
    LET_GO,
    /** The initiative lies elsewhere; the municipality supports it with means, knowledge or permission. */
    FACILITATE,
    /** The municipality wants the result and encourages others, who carry it out. */
    STIMULATE,
    /** Regisseren: others have their roles, the municipality keeps the regie over how they work together. */
    DIRECT,
    /** The municipality sets the frame by rules, permits and enforcement. */
    REGULATE
}
