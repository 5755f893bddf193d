package nl.netwerkregie.values;

/** One item of a manifestation harvest: a network, an initiative or an example shown, in words. */
public record HarvestItem(HarvestItemKind kind, String text) {
    public static final int MAX_TEXT = 2000;

    public HarvestItem {
        StoredForm.check(kind != null, "needs a kind");
        text = Texts.require(text, MAX_TEXT, true);
    }
}
