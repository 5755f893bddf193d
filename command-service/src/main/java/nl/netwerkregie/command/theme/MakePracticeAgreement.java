package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make a practice agreement in step 5: with which party, what, for which period. */
public record MakePracticeAgreement(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        AgreementId agreementId,
        ActorId party,
        ProgrammeText what,
        AgreementPeriod period,
        LocalDate effectiveDate) {}
