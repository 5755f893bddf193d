package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies a practice agreement of a programme cycle; a UUID in its canonical lower-case form. */
public record AgreementId(String value) {
    public AgreementId {
        Ids.requireUuid(value);
    }

    public static AgreementId generate() {
        return new AgreementId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
