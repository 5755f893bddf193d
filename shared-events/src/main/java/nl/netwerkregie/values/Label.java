package nl.netwerkregie.values;

/**
 * A short name on one line: of a position of responsibility, a level of a judgement scale, a
 * responsibility in the ledger, a network strategy of one's own. At most {@value #MAX} characters.
 */
public record Label(String value) {
    public static final int MAX = 200;

    public Label {
        value = Texts.require(value, MAX, false);
    }

    @Override
    public String toString() {
        return value;
    }
}
