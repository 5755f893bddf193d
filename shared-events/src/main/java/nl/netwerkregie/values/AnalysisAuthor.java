package nl.netwerkregie.values;

/** Who made an analysis: several analyses of one kind may exist side by side for a theme. */
public enum AnalysisAuthor {
    /** The regievoerder's own analysis. */
    REGIEVOERDER,
    /** Made together in a group session. */
    GROUP,
    /** Made by a schakel, with the people it gives access to. */
    SCHAKEL
}
