package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A practice agreement of a cycle was made: with which party, what, for which period. */
@Revision("1")
public record PracticeAgreementMade(
        ThemeId themeId,
        int cycle,
        AgreementId agreementId,
        ActorId party,
        ProgrammeText what,
        AgreementPeriod period,
        LocalDate effectiveDate)
        implements ThemeEvent {}
