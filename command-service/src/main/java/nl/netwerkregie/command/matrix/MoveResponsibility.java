package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ResponsibilityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move a responsibility from the position that carries it on the effective date to another, for a reason. */
public record MoveResponsibility(
        @TargetAggregateIdentifier MatrixAddress matrix,
        ResponsibilityId responsibilityId,
        ChainPosition from,
        ChainPosition to,
        List<ActorId> through,
        ProgrammeText reason,
        LocalDate effectiveDate) {}
