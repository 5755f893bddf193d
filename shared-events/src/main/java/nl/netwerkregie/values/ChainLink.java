package nl.netwerkregie.values;

/** One position of a chain of responsibility: its code and the name it goes by. */
public record ChainLink(ChainPosition position, Label name) {
    public ChainLink {
        StoredForm.check(position != null && name != null, "needs a position and a name");
    }
}
