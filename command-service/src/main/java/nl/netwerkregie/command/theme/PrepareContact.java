package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Prepare a contact with one schakel (individually) or several (a group), with the story to use. */
public record PrepareContact(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ContactId contactId,
        List<ActorId> schakels,
        ContactForm form,
        Story story,
        LocalDate effectiveDate) {}
