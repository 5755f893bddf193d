package nl.netwerkregie.values;

/** One level of a judgement scale: its number (1 is the lowest), a label and what it means. */
public record ScaleLevel(int level, Label label, ProgrammeText meaning) {
    public ScaleLevel {
        StoredForm.check(label != null && meaning != null, "needs a label and a meaning");
    }
}
