package nl.netwerkregie.values;

/** A source of influence a party brings to a subject, and on which the others depend. */
public enum InfluenceSource {
    /** Money, people, buildings and other means. */
    RESOURCES,
    /** The power to decide, by position or by law. */
    DECISION_POWER,
    /** Information and expertise the others lack. */
    INFORMATION_AND_EXPERTISE,
    /** Reach and standing: being heard, bringing people together. */
    COMMUNICATION
}
