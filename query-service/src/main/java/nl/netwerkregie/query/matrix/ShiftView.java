package nl.netwerkregie.query.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.ResponsibilityKind;

/**
 * How responsibility shifted in a stelselmatrix between two dates (or across a programme cycle): the
 * matrix on {@code from} against the matrix on {@code to}, and what was recorded with an effective date
 * after {@code from} up to and including {@code to}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "How responsibility shifted in a stelselmatrix between two dates or across a programme cycle")
public record ShiftView(
        String municipality,
        String themeId,
        String buurt,
        @Schema(description = "The cycle asked for, if any") Integer cycle,
        LocalDate from,
        LocalDate to,

        @Schema(description = "Cells whose judgement on `to` is another one than on `from`")
        List<JudgementChange> judgements,

        List<AttentionPointChange> attentionPointsOpened,
        List<AttentionPointChange> attentionPointsClosed,

        @Schema(description = "Responsibilities that entered the ledger in the period")
        List<LedgerChange> taken,

        @Schema(description = "Every move in the period, in effective order")
        List<LedgerChange> moved,

        List<LedgerChange> disappeared,

        @Schema(
                description = "Per position (in the chain on `to`, then positions retired since `from`): "
                        + "responsibilities carried on each date and the net gain")
        List<PositionBalance> positions,

        Measure measure) {

    public enum Direction {
        UP,
        DOWN,
        SAME,
        NEW
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record JudgementChange(
            String position,
            MatrixElement element,
            MatrixView.Judgement before,
            MatrixView.Judgement after,

            @Schema(description = "By rank on each judgement's own scale; NEW when the cell had none on `from`")
            Direction direction) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttentionPointChange(
            String attentionPointId,
            String position,
            MatrixElement element,
            String text,
            LocalDate on,

            @Schema(description = "RESOLVED or DROPPED, for a closed attention point")
            String outcome) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LedgerChange(
            String responsibilityId,
            ResponsibilityKind kind,
            String name,

            @Schema(description = "The position that carried it before (moves and disappearances)")
            String from,

            @Schema(description = "The position that carries it after (taken and moves)")
            String to,

            LocalDate on,
            String reason,

            @Schema(description = "For a move: chain steps toward the household (positive) or away from it")
            Integer stepsTowardResident) {}

    public record PositionBalance(String position, String name, int carriedBefore, int carriedAfter, int net) {}

    @Schema(
            description = "How far responsibility moved toward resident and buurt: for every responsibility carried on "
                    + "both dates, the chain index of its position on `from` minus that on `to` (indices of the chain "
                    + "on `to`; a position retired by then keeps its index on `from`), summed and averaged. "
                    + "Positive: toward the household.")
    public record Measure(
            @Schema(description = "Responsibilities carried on both dates")
            int compared,

            int stepsTowardResident,
            double meanStepsTowardResident,

            @Schema(
                    description = "The chain steps toward the household of every move in the period, summed: also "
                            + "counts responsibilities taken or lost within it")
            int stepsOfMoves,

            @Schema(
                    description =
                            "Net change in responsibilities carried by the first two positions of the chain on `to` "
                                    + "(by default resident and buurt), taken ones included")
            int netGainOfResidentAndBuurt) {}
}
