package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.ChainPosition;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a position of responsibility to a matrix's chain, before {@code before} or (null) at its end. */
public record AddChainPosition(
        @TargetAggregateIdentifier MatrixAddress matrix,
        ChainLink link,
        ChainPosition before,
        LocalDate effectiveDate) {}
