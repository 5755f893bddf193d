package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A prepared contact took place on its effective date, with this outcome. */
@Revision("1")
public record ContactMade(ThemeId themeId, ContactId contactId, Story outcome, LocalDate effectiveDate)
        implements ThemeEvent {}
