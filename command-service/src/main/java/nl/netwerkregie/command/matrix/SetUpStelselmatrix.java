package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set up the stelselmatrix of a theme in a buurt, with the chain the municipality's new matrices start from. */
public record SetUpStelselmatrix(@TargetAggregateIdentifier MatrixAddress matrix, LocalDate effectiveDate) {}
