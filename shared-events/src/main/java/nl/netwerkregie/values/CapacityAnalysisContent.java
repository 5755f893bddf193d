package nl.netwerkregie.values;

import java.util.List;

/**
 * A capacity analysis as it stands after one session: the cells of the grid of the four parts of the pattern by the
 * four activities, each a description, and the three questions that make capacity visible, each answered and judged.
 */
public record CapacityAnalysisContent(List<Cell> cells, List<Sign> signs) {

    public CapacityAnalysisContent {
        cells = Lists.copy(cells);
        signs = Lists.copy(signs);
    }

    /** One cell: a part of the pattern (a row) by an activity (a column). */
    public record Cell(PatternPart part, CapacityActivity activity, ProgrammeText description) {}

    /** The answer to one of the three questions and its judgement on {@link CapacityExtent}. */
    public record Sign(CapacitySign question, ProgrammeText answer, CapacityExtent judgement) {}
}
