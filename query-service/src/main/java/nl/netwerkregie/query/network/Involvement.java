package nl.netwerkregie.query.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.values.Position;

/**
 * A theme's network of involvement on a date without names or texts, for views that count and measure it:
 * the positions each involved actor holds (an actor that is a schakel but holds no position has an empty set),
 * the ingredients each schakel is linked to (only ingredients present on the date), and the buurt of each present
 * ingredient that was placed in one.
 */
public record Involvement(
        LocalDate date,
        List<String> buurten,
        Map<String, Set<Position>> positions,
        Map<String, List<String>> schakelLinks,
        Set<String> ingredients,

        @io.swagger.v3.oas.annotations.media.Schema(description = "The buurt of each present ingredient placed in one")
        Map<String, String> ingredientBuurten) {
    static Involvement none(LocalDate date) {
        return new Involvement(date, List.of(), Map.of(), Map.of(), Set.of(), Map.of());
    }
}
