package nl.netwerkregie.values;

/** How a contact with schakels is prepared: with one schakel, or with several together. */
public enum ContactForm {
    INDIVIDUAL,
    GROUP
}
