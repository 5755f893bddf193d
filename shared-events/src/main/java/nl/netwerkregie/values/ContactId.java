package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies a contact; a UUID in its canonical lower-case form. */
public record ContactId(String value) {
    public ContactId {
        Ids.requireUuid(value);
    }

    public static ContactId generate() {
        return new ContactId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
