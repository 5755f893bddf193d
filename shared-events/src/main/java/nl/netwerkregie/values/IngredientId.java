package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies a ingredient; a UUID in its canonical lower-case form. */
public record IngredientId(String value) {
    public IngredientId {
        Ids.requireUuid(value);
    }

    public static IngredientId generate() {
        return new IngredientId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
