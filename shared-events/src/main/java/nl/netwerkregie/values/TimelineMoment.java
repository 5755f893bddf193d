package nl.netwerkregie.values;

/** A moment on the timeline of a theme analysis, from the start through meeting moments to the manifestation. */
public enum TimelineMoment {
    START,
    MEETING_MOMENT,
    MANIFESTATION
}
