package nl.netwerkregie.query.network;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.IngredientKind;
import nl.netwerkregie.values.Position;

/**
 * A theme's whole network of involvement as spells, without names or texts: every position an actor held,
 * every schakel, every schakel link and every ingredient, each from the date it took effect ({@code from},
 * inclusive) until the date it ended ({@code to}, exclusive; {@code null}: still so).
 */
public record NetworkTimeline(
        String themeId,
        LocalDate namedOn,
        List<PositionSpell> positions,
        List<SchakelSpell> schakels,
        List<LinkSpell> links,
        List<IngredientSpell> ingredients) {

    public record PositionSpell(String actorId, Position position, LocalDate from, LocalDate to) {}

    public record SchakelSpell(String actorId, LocalDate from) {}

    public record LinkSpell(String actorId, String ingredientId, LocalDate from, LocalDate to) {}

    /** An ingredient while present, and the buurt it was placed in from each date ({@code null}: none). */
    public record IngredientSpell(
            String ingredientId, IngredientKind kind, LocalDate from, LocalDate to, List<Placement> placements) {
        /** The buurt it belongs to on {@code date}, or {@code null}. */
        public String buurtOn(LocalDate date) {
            Placement best = null;
            for (Placement p : placements) { // in effective, then recording order
                if (!p.from().isAfter(date)) {
                    best = p;
                }
            }
            return best == null ? null : best.buurt();
        }
    }

    public record Placement(LocalDate from, String buurt) {}
}
