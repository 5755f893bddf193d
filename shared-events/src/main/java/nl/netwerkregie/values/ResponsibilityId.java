package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies a responsibility in the ledger of a stelselmatrix; a UUID in its canonical lower-case form. */
public record ResponsibilityId(String value) {
    public ResponsibilityId {
        Ids.requireUuid(value);
    }

    public static ResponsibilityId generate() {
        return new ResponsibilityId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
