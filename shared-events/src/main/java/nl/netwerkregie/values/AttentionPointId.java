package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies an attention point of a stelselmatrix cell; a UUID in its canonical lower-case form. */
public record AttentionPointId(String value) {
    public AttentionPointId {
        Ids.requireUuid(value);
    }

    public static AttentionPointId generate() {
        return new AttentionPointId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
