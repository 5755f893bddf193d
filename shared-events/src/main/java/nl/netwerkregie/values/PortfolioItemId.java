package nl.netwerkregie.values;

import java.util.UUID;

/** Identifies an item of the buurtportfolio of a theme in a buurt; a UUID in its canonical lower-case form. */
public record PortfolioItemId(String value) {
    public PortfolioItemId {
        Ids.requireUuid(value);
    }

    public static PortfolioItemId generate() {
        return new PortfolioItemId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
