package nl.netwerkregie.values;

/** The rings around the own strength in an environment analysis, from the centre outward. */
public enum EnvironmentRing {
    /** The own networks. */
    OWN_NETWORKS,
    /** The social environment. */
    SOCIAL_ENVIRONMENT,
    /** General facilities. */
    GENERAL_FACILITIES,
    /** Specific facilities. */
    SPECIFIC_FACILITIES,
    /** The societal theme, as context. */
    SOCIETAL_THEME
}
