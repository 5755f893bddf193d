package nl.netwerkregie.query.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.Position;

/** The positions held in a theme's network on a date, and those of them for which no evidence was cited. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The positions held on a date without any evidence cited for the shift that gave them")
public record EvidenceView(
        String municipality,
        String themeId,
        LocalDate date,

        @Schema(description = "Positions held on the date (an actor holding two counts twice)")
        int held,

        @Schema(description = "Of those, the ones whose shift has evidence")
        int withEvidence,

        @Schema(description = "The positions held without evidence, by actor")
        List<Entry> withoutEvidence) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(
            String actorId,
            String name,
            boolean nameWithheld,
            Position position,

            @Schema(description = "Held since") LocalDate since,

            @Schema(description = "The sequence number of the shift that gave the position")
            long shift) {}
}
