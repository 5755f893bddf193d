package nl.netwerkregie.values;

/** Where a meeting moment or manifestation takes place, in words; at most {@value #MAX} characters on one line. */
public record Place(String value) {
    public static final int MAX = 200;

    public Place {
        value = Texts.require(value, MAX, false);
    }

    @Override
    public String toString() {
        return value;
    }
}
