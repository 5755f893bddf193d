package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies an activity in the programme of activities of a stelselmatrix; a UUID in its canonical lower-case form. */
public record ActivityId(String value) {
    public ActivityId {
        Ids.requireUuid(value);
    }

    public static ActivityId generate() {
        return new ActivityId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
