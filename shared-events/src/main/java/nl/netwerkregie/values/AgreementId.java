package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies an agreement: a practice agreement of a programme cycle, a contract or learning agreement of a stelselmatrix; a UUID in its canonical lower-case form. */
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
