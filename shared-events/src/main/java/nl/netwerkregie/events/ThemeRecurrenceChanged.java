package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A theme became one-off or recurring. */
@Revision("1")
public record ThemeRecurrenceChanged(ThemeId themeId, Recurrence recurrence, LocalDate effectiveDate)
        implements ThemeEvent {}
