package nl.netwerkregie.values;

/**
 * The eight elements of the stelselmatrix (its rows), in the handbook's order: four of
 * self-organisation, four of participation.
 */
public enum MatrixElement {
    BUILDING_NETWORKS(Group.SELF_ORGANISATION),
    CONTACT_AND_CONVERSATION(Group.SELF_ORGANISATION),
    ENABLING_ENVIRONMENT(Group.SELF_ORGANISATION),
    CAPACITY_TO_COPE(Group.SELF_ORGANISATION),
    SUPPORT(Group.PARTICIPATION),
    TRUST_IN_THE_SYSTEM(Group.PARTICIPATION),
    RESPONSIBILITY_SHIFT(Group.PARTICIPATION),
    ACCESSIBLE_FRAMEWORKS(Group.PARTICIPATION);

    /** The two groups of elements. */
    public enum Group {
        SELF_ORGANISATION,
        PARTICIPATION
    }

    private final Group group;

    MatrixElement(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
