package nl.netwerkregie.values;

/** Whether attention to a theme is let go after its programme, or the theme is named again for a new programme. */
public enum Recurrence {
    /** One programme; the theme is let go when its cycle closes. */
    ONE_OFF,
    /** After each programme the theme is named again and a new programme starts. */
    RECURRING
}
