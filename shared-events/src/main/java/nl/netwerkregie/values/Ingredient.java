package nl.netwerkregie.values;

/** One ingredient of a network analysis: anything involved in the theme, in the writer's own words. */
public record Ingredient(IngredientId id, IngredientKind kind, String text) {
    public static final int MAX_TEXT = 500;

    public Ingredient {
        StoredForm.check(id != null && kind != null, "needs an id and a kind");
        text = Texts.require(text, MAX_TEXT, false);
    }
}
