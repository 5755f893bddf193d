package nl.netwerkregie.values;

import java.util.List;

/**
 * One item of a manifestation harvest: a network, an initiative or an example shown, in words, with the
 * actors and ingredients it came from (both may be empty; items stored before they existed read as
 * empty).
 */
public record HarvestItem(HarvestItemKind kind, String text, List<ActorId> actors, List<IngredientId> ingredients) {
    public static final int MAX_TEXT = 2000;

    public HarvestItem {
        StoredForm.check(kind != null, "needs a kind");
        text = Texts.require(text, MAX_TEXT, true);
        actors = actors == null ? List.of() : List.copyOf(actors);
        ingredients = ingredients == null ? List.of() : List.copyOf(ingredients);
    }

    public HarvestItem(HarvestItemKind kind, String text) {
        this(kind, text, List.of(), List.of());
    }
}
