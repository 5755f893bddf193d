package nl.netwerkregie.query.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ResponsibilityKind;

/**
 * How fragile the responsibilities of a stelselmatrix are on a date, the ledger read beside the network of
 * involvement: those carried through a single actor, those whose actors no longer hold a position in the
 * network, and those that disappeared after actors carrying them had left it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "How fragile the responsibilities of a stelselmatrix are on a date")
public record FragilityView(
        String municipality,
        String themeId,
        String buurt,
        LocalDate on,

        @Schema(description = "Carried on the date through exactly one actor")
        List<Entry> singleActor,

        @Schema(
                description = "Carried on the date through actors of whom some or all hold no position in the "
                        + "network on that date (in leftNetwork)")
        List<Entry> unsupported,

        @Schema(
                description = "Disappeared by the date while carried through actors who held no position in the "
                        + "network on the day it disappeared (in leftNetwork)")
        List<Entry> lost) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(
            String responsibilityId,
            ResponsibilityKind kind,
            String name,

            @Schema(description = "The position that carries it (for a lost one: carried it last)")
            String position,

            List<String> through,
            List<String> leftNetwork,
            LocalDate since,
            LocalDate disappearedOn,
            String reason) {}
}
