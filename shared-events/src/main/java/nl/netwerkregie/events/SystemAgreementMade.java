package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AgreementKind;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** In phase 3 a new contract or learning agreement followed: with which party, what, for which period. */
@Revision("1")
public record SystemAgreementMade(
        ThemeId themeId,
        BuurtCode buurt,
        AgreementId agreementId,
        AgreementKind kind,
        ActorId party,
        ProgrammeText what,
        AgreementPeriod period,
        LocalDate effectiveDate)
        implements MatrixEvent {}
