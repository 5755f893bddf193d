package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A contact with one schakel or a group of schakels was prepared, with the story to be used. */
@Revision("1")
public record ContactPrepared(
        ThemeId themeId,
        ContactId contactId,
        List<ActorId> schakels,
        ContactForm form,
        Story story,
        LocalDate effectiveDate)
        implements ThemeEvent {}
