package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ChainPosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the positions of a matrix's chain in this order from the effective date. */
public record ReorderChain(
        @TargetAggregateIdentifier MatrixAddress matrix, List<ChainPosition> order, LocalDate effectiveDate) {}
