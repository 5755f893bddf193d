package nl.netwerkregie.values;

/** What a manifestation moment shows: networks, initiatives, examples, and anything else. */
public enum HarvestItemKind {
    NETWORK,
    INITIATIVE,
    EXAMPLE,
    OTHER
}
