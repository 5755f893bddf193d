package nl.netwerkregie.query.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.NetworkStrategy;
import nl.netwerkregie.values.ResponsibilityKind;

/** The stelselmatrix of a theme in a buurt as it stood on a date. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The stelselmatrix of a theme in a buurt as it stood on a date")
public record MatrixView(
        String municipality,
        String themeId,
        String buurt,
        @Schema(description = "The date the view is for") LocalDate on,
        LocalDate setUpOn,

        @Schema(
                description =
                        "The judgement scale in force on the date (judgements keep the version they were made on)")
        SettingsView.Scale scale,

        @Schema(
                description =
                        "The positions of responsibility in force on the date, in chain order from the household outward")
        List<Column> positions,

        @Schema(description = "The eight elements, in the handbook's order")
        List<Row> elements,

        @Schema(description = "Every cell: one per position in force and element, positions first")
        List<Cell> cells,

        @Schema(description = "The responsibilities carried on the date, by chain order of their position")
        List<Responsibility> responsibilities) {

    public record Column(
            String position,
            String name,

            @Schema(description = "1 for the first position of the chain")
            int index,

            LocalDate since,

            @Schema(description = "How many responsibilities it carries on the date")
            int carries) {}

    public record Row(MatrixElement element, MatrixElement.Group group) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(
            String position,
            MatrixElement element,
            String ownStrength,
            List<NetworkStrategy> strategies,
            List<String> otherStrategies,
            LocalDate describedOn,

            @Schema(description = "The attention points open on the date")
            List<AttentionPoint> attentionPoints,

            @Schema(description = "The latest judgement with a measurement moment on or before the date")
            Judgement judgement) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttentionPoint(String attentionPointId, String text, LocalDate addedOn, LocalDate revisedOn) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Judgement(
            int level,
            String label,
            int scaleVersion,

            @Schema(description = "Where the level lies on its scale: 0 the lowest, 1 the highest")
            double rank,

            Period period,
            String note,
            List<String> judgedBy,
            @Schema(description = "The measurement moment") LocalDate judgedOn,

            @Schema(
                    description = "The sequence number of the judgement's event in the matrix's history, by which a "
                            + "correction names it")
            Long sequence) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(Integer cycle, LocalDate start, LocalDate end) {}

    public record Responsibility(
            String responsibilityId,
            ResponsibilityKind kind,
            String name,
            String position,

            @Schema(description = "The actors of the theme's network it is carried through")
            List<String> through,

            @Schema(description = "Since when this position carries it")
            LocalDate since,

            @Schema(description = "When it entered the ledger")
            LocalDate takenOn) {}
}
