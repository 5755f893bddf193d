package nl.netwerkregie.values;

/** Where a portfolio item was published. */
public enum PublicationMedium {
    WEBSITE,
    EXHIBITION,
    LOCAL_PAPER,
    NEWSLETTER,
    SOCIAL_MEDIA,
    FLYER,
    OTHER
}
