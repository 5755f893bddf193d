package nl.netwerkregie.values;

/**
 * One ingredient of a network analysis: anything involved in the theme, in the writer's own words.
 *
 * <p>An ingredient of kind {@link IngredientKind#PERSON} names a person, so it refers to that person as an
 * actor ({@code person}) and its text, when it has one, is stored only sealed with that actor's key
 * ({@code sealedText}, {@code text} then {@code null}): erasing the person makes the text unreadable too.
 * Other kinds have a plain {@code text} and no {@code person}.
 *
 * @param person     the actor this ingredient names (kind PERSON), or {@code null}
 * @param sealedText the text sealed with {@code person}'s key, or {@code null}
 */
public record Ingredient(
        IngredientId id, IngredientKind kind, String text, ActorId person, SealedPersonalData sealedText) {
    public static final int MAX_TEXT = 500;

    public Ingredient {
        StoredForm.check(id != null && kind != null, "needs an id and a kind");
        text = text == null ? null : Texts.require(text, MAX_TEXT, false);
        StoredForm.check(
                text != null || sealedText != null || person != null, "needs a text, a sealed text or a person");
        StoredForm.check(text == null || sealedText == null, "has either a text or a sealed text, not both");
        StoredForm.check(sealedText == null || person != null, "a sealed text belongs to a person");
    }

    /** An ingredient with a plain text and no person. */
    public Ingredient(IngredientId id, IngredientKind kind, String text) {
        this(id, kind, text, null, null);
    }

    /** This ingredient with its text replaced by {@code sealed} (sealed with {@code person}'s key). */
    public Ingredient sealedAs(SealedPersonalData sealed) {
        return new Ingredient(id, kind, null, person, sealed);
    }
}
