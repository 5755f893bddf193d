package nl.netwerkregie.values;

/**
 * A text recorded in a programme cycle: an invitation, an outcome, a remark heard, an answer, a facility,
 * an agreement. At most {@value #MAX} characters; may span lines.
 */
public record ProgrammeText(String value) {
    public static final int MAX = 2000;

    public ProgrammeText {
        value = Texts.require(value, MAX, true);
    }

    @Override
    public String toString() {
        return value;
    }
}
