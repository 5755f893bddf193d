package nl.netwerkregie.values;

/** A medium through which the broad conversation of step 3 makes the theme visible. */
public enum ConversationMedium {
    /** A local paper. */
    LOCAL_PAPER,
    /** A website. */
    WEBSITE,
    /** Social media. */
    SOCIAL_MEDIA,
    /** A newsletter. */
    NEWSLETTER,
    /** Local radio. */
    RADIO,
    /** Local television. */
    TELEVISION,
    /** Posters. */
    POSTER,
    /** An exhibition, for example in a library, a shop or a community centre. */
    EXHIBITION,
    /** A meeting. */
    MEETING,
    /** Any other medium, described in words. */
    OTHER
}
