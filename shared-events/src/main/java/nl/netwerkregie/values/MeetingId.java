package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies a meeting moment on a programme line; a UUID in its canonical lower-case form. */
public record MeetingId(String value) {
    public MeetingId {
        Ids.requireUuid(value);
    }

    public static MeetingId generate() {
        return new MeetingId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
