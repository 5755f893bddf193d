package nl.netwerkregie.values;

/** The three questions by which the capacity analysis makes the local community's capacity visible. */
public enum CapacitySign {
    /** To what extent the community forms an organised whole that really uses its networks, awareness, environment and examples. */
    ORGANISED_WHOLE,
    /** To what extent the community, as a coherent whole, can take the regie over the questions the theme raises. */
    TAKES_REGIE,
    /** To what extent the municipal regievoerder and the supporting professionals are making themselves superfluous. */
    MAKING_THEMSELVES_SUPERFLUOUS
}
