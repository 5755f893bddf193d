package nl.netwerkregie.values;

/** What the own strength at the centre of an environment analysis is. */
public enum OwnStrengthKind {
    /** A person. */
    PERSON,
    /** A system, such as a young person and their family. */
    SYSTEM,
    /** An organisation. */
    ORGANISATION,
    /** The whole local community. */
    COMMUNITY
}
