package nl.netwerkregie.values;

/**
 * The part of society an actor belongs to, for the question who carries the theme: residents and their own
 * community organisations, or professionals (providers) and the municipality. A person working for a provider
 * is PROVIDER; a resident taking part on their own account is RESIDENT.
 */
public enum Sector {
    /** A resident taking part on their own account (or a household). */
    RESIDENT,
    /** An organisation of residents themselves: an association, a residents' group, a volunteer initiative. */
    COMMUNITY_ORGANISATION,
    /** A professional organisation or someone working for one: care, welfare, education, housing, business. */
    PROVIDER,
    /** The municipality itself, its officials and its administrators. */
    MUNICIPALITY,
    OTHER;

    /** Whether this sector is of the community itself (residents and their organisations) rather than professional. */
    public boolean community() {
        return this == RESIDENT || this == COMMUNITY_ORGANISATION;
    }

    /** Whether this sector is professional: providers and the municipality. */
    public boolean professional() {
        return this == PROVIDER || this == MUNICIPALITY;
    }
}
