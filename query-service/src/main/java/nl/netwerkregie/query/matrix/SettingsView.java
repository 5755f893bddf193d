package nl.netwerkregie.query.matrix;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** A municipality's settings on a date: the chain new matrices start from and the judgement scales. */
@Schema(description = "A municipality's settings on a date")
public record SettingsView(
        String municipality,
        LocalDate on,

        @Schema(description = "The chain new stelselmatrices start from on the date")
        List<Link> defaultChain,

        @Schema(description = "The judgement scale in force on the date")
        Scale scale,

        @Schema(description = "Every scale version known, the standard one (version 1) first")
        List<Scale> scales,

        @Schema(
                description = "Since when the municipality's data has been published for research without a "
                        + "break, as on the date; absent when it was not published then")
        LocalDate publishedForResearchSince,

        @Schema(description = "Every CBS recoding of one of its buurten recorded by the date, in recording order")
        List<Recoding> buurtRecodings) {

    public record Link(String position, String name) {}

    public record Recoding(String buurt, List<String> into, String source, LocalDate from) {}

    public record Scale(
            int version,
            @Schema(description = "In force from this date") LocalDate from,
            List<Level> levels) {}

    public record Level(int level, String label, String meaning) {}
}
