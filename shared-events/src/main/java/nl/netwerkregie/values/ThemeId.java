package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies a theme; a UUID in its canonical lower-case form. */
public record ThemeId(String value) {
    public ThemeId {
        Ids.requireUuid(value);
    }

    public static ThemeId generate() {
        return new ThemeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
