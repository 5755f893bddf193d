package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AgreementKind;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.ProgrammeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a new contract or learning agreement that followed from phase 3. */
public record MakeSystemAgreement(
        @TargetAggregateIdentifier MatrixAddress matrix,
        AgreementId agreementId,
        AgreementKind kind,
        ActorId party,
        ProgrammeText what,
        AgreementPeriod period,
        LocalDate effectiveDate) {}
