package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies a actor; a UUID in its canonical lower-case form. */
public record ActorId(String value) {
    public ActorId {
        Ids.requireUuid(value);
    }

    public static ActorId generate() {
        return new ActorId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
