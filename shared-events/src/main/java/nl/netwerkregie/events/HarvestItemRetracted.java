package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * Item {@code item} (counted from 0, in the order recorded) of the manifestation harvest recorded as the theme's
 * event {@code sequence}, of programme cycle {@code cycle}, is taken back for the reason {@code why}; the harvest's
 * other items stand. {@code corrected}: the harvest of one item recorded right after this event, in the same
 * command, on the harvest's own date, replaces it.
 */
@Revision("1")
public record HarvestItemRetracted(
        ThemeId themeId, int cycle, long sequence, int item, String why, boolean corrected, LocalDate effectiveDate)
        implements ThemeEvent, Retraction {}
