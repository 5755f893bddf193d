package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a prepared contact took place on the effective date, and its outcome. */
public record RecordContactMade(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ContactId contactId,
        Story outcome,
        LocalDate effectiveDate) {}
