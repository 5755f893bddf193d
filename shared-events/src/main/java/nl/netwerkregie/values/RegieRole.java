package nl.netwerkregie.values;

/**
 * The four core roles of regie in a region that the zelfscan regieneming asks about. They are rarely combined in one
 * person, so a region asks which of them are present and who fills them.
 */
public enum RegieRole {
    /** Ontwerper: sees where working together can bring something for children and families and spreads that vision. */
    DESIGNER("ontwerper"),
    /** Kwartiermaker: brings in useful knowledge and ideas for practical solutions and so settles a new way of working. */
    QUARTERMASTER("kwartiermaker"),
    /** Verbinder: brings (new) partners together and creates a good climate. */
    CONNECTOR("verbinder"),
    /** Dirigent: gives the network an identity by letting parties work from their strength and joining levels of steering. */
    CONDUCTOR("dirigent");

    private final String term;

    RegieRole(String term) {
        this.term = term;
    }

    /** The Dutch name the zelfscan gives the role. */
    public String term() {
        return term;
    }
}
