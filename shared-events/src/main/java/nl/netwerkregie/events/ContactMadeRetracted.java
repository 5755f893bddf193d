package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * The record that the contact took place with its outcome, the theme's event {@code sequence}, is taken back for
 * the reason {@code why}: the contact counts as prepared only again. {@code corrected}: the record of the contact
 * made that follows right after this event, in the same command, replaces it (another outcome or date).
 */
@Revision("1")
public record ContactMadeRetracted(
        ThemeId themeId, ContactId contactId, long sequence, String why, boolean corrected, LocalDate effectiveDate)
        implements ThemeEvent, Retraction {}
