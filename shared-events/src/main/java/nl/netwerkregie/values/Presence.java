package nl.netwerkregie.values;

import java.util.Optional;

/** How present a role of regie is in a region, the five labelled levels of the zelfscan regieneming (1 to 5). */
public enum Presence {
    HARDLY_OR_NOT(1, "hardly or not present"),
    INCIDENTAL(2, "incidentally present"),
    REGULAR(3, "regularly present"),
    REASONABLE(4, "reasonably present"),
    AMPLE(5, "amply present");

    private final int level;
    private final String label;

    Presence(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    public static Optional<Presence> ofLevel(int level) {
        return level >= 1 && level <= 5 ? Optional.of(values()[level - 1]) : Optional.empty();
    }
}
