package nl.netwerkregie.values;

/** The four angles from which an environment analysis looks at the own strength and its environment. */
public enum EnvironmentAngle {
    INVOLVEMENT,
    KNOWLEDGE,
    EFFORT,
    CAPACITY
}
