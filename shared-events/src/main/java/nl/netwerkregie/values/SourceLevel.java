package nl.netwerkregie.values;

/** Where an indicator value comes from: a local, regional, provincial or national source. */
public enum SourceLevel {
    LOCAL,
    REGIONAL,
    PROVINCIAL,
    NATIONAL
}
