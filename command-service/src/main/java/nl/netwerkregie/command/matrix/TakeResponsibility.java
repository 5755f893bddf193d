package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.ResponsibilityId;
import nl.netwerkregie.values.ResponsibilityKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enter a responsibility in the ledger: carried by a position from the effective date, optionally through actors of the theme's network. */
public record TakeResponsibility(
        @TargetAggregateIdentifier MatrixAddress matrix,
        ResponsibilityId responsibilityId,
        ResponsibilityKind kind,
        Label name,
        ChainPosition position,
        List<ActorId> through,
        LocalDate effectiveDate) {}
