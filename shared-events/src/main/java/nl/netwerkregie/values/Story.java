package nl.netwerkregie.values;

/** A story told around a theme or used in a contact: free text of at most 10,000 characters. */
public record Story(String value) {
    public static final int MAX = 10_000;

    public Story {
        value = Texts.require(value, MAX, true);
    }

    @Override
    public String toString() {
        return value;
    }
}
