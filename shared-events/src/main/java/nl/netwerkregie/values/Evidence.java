package nl.netwerkregie.values;

/**
 * What shows that an actor holds a position: a contact made ({@code CONTACT}, the contact's id), a meeting moment
 * held ({@code MEETING}, its id), a harvest recorded ({@code HARVEST}, the sequence number of its event in the
 * theme's history) or a document ({@code DOCUMENT}, a description or address of at most {@value #MAX} characters).
 */
public record Evidence(Kind kind, String reference) {
    public static final int MAX = 300;

    public enum Kind {
        CONTACT,
        MEETING,
        HARVEST,
        DOCUMENT
    }

    public Evidence {
        if (!StoredForm.isBeingRead()) {
            if (kind == null) {
                throw new IllegalArgumentException("kind is required");
            }
            reference = Texts.require(reference, MAX, false);
            if (kind == Kind.HARVEST && !reference.matches("[0-9]{1,18}")) {
                throw new IllegalArgumentException("a harvest is named by the sequence number of its event");
            }
            if ((kind == Kind.CONTACT || kind == Kind.MEETING) && !reference.matches(Ids.PATTERN)) {
                throw new IllegalArgumentException(
                        "must be the id of the " + kind.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
