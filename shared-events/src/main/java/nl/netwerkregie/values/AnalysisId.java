package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies one analysis made with an instrument (theme, environment, capacity analysis, pattern research); a UUID. */
public record AnalysisId(String value) {
    public AnalysisId {
        Ids.requireUuid(value);
    }

    public static AnalysisId generate() {
        return new AnalysisId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
