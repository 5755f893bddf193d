package nl.netwerkregie.values;

/** Our scale for judging each of the three capacity questions ("to what extent ..."), from the bottom. */
public enum CapacityExtent {
    /** Not yet. */
    NOT_YET,
    /** To a small extent: first signs. */
    SMALL,
    /** To a considerable extent: visible in part of the community or the theme. */
    CONSIDERABLE,
    /** Largely: the usual way of working. */
    LARGE
}
