package nl.netwerkregie.events;

import java.time.LocalDate;

/**
 * A later event that takes back an earlier record of the same stream, named by its event's sequence number, and
 * says why. Views stop applying the record taken back, whatever the retraction's own effective date; the history
 * and reads as known at an earlier recording time still show it. {@code corrected}: the record that replaces it
 * follows right after this event, in the same commit.
 */
public interface Retraction {
    /** The sequence number, in this stream, of the event that recorded what is taken back. */
    long sequence();

    /** Why it is taken back, in the event itself. */
    String why();

    /** Whether a corrected record follows in the same commit. */
    boolean corrected();

    /** When the retraction was decided; it takes effect for every date of the record taken back. */
    LocalDate effectiveDate();
}
