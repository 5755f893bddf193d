package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies one region, a named set of municipalities that work together; a UUID. */
public record RegionId(String value) {
    public RegionId {
        Ids.requireUuid(value);
    }

    public static RegionId generate() {
        return new RegionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
