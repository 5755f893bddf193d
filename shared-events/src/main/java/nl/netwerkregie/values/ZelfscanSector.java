package nl.netwerkregie.values;

/** The worlds the zelfscan regieneming brings together in a region; a region names the ones it covers. */
public enum ZelfscanSector {
    /** Onderwijs: schools and their partnerships. */
    EDUCATION,
    /** Kinderopvang. */
    CHILDCARE,
    /** Zorg. */
    CARE,
    /** Jeugdhulp. */
    YOUTH_AID
}
