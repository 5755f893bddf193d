package nl.netwerkregie.values;

/** MOVISIE's four elements of regie: what a municipality works on when it takes the regie of a theme. */
public enum RegieElement {
    /** A: develop a vision, together with the partners. */
    DEVELOP_A_VISION,
    /** B: cherish the network. */
    CHERISH_THE_NETWORK,
    /** C: name your own role. */
    NAME_YOUR_OWN_ROLE,
    /** D: vary the approach. */
    VARY_THE_APPROACH
}
