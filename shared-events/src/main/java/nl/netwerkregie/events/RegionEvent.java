package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.RegionId;

/** An event in the life of one region and its zelfscans: an aggregate of its own ({@link #regionId}). */
public interface RegionEvent {
    RegionId regionId();

    /** When it happened; may lie before the moment it was recorded. */
    LocalDate effectiveDate();
}
