package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.Label;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a position of a matrix's chain another name from the effective date. */
public record RenameChainPosition(
        @TargetAggregateIdentifier MatrixAddress matrix, ChainPosition position, Label name, LocalDate effectiveDate) {}
