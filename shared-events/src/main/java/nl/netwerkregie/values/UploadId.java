package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies one upload of wijkprofiel indicators; a UUID in its canonical lower-case form. */
public record UploadId(String value) {
    public UploadId {
        Ids.requireUuid(value);
    }

    public static UploadId generate() {
        return new UploadId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
