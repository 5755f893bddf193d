package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.ChainPosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a position out of a matrix's chain from the effective date. */
public record RetireChainPosition(
        @TargetAggregateIdentifier MatrixAddress matrix, ChainPosition position, LocalDate effectiveDate) {}
