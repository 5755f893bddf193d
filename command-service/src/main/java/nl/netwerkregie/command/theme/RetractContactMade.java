package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take back the record that contact {@code contactId} was made, with its outcome, because {@code why}; with a
 * {@code replacementOutcome} the corrected record is made in its place, on {@code replacementDate} or, when that
 * is absent, on the date of the record taken back.
 */
public record RetractContactMade(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ContactId contactId,
        String why,
        Story replacementOutcome,
        LocalDate replacementDate,
        LocalDate effectiveDate) {}
