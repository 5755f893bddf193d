package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.SystemPhase;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start the next phase of building the social system of the theme in the buurt. */
public record StartSystemPhase(
        @TargetAggregateIdentifier MatrixAddress matrix, SystemPhase phase, LocalDate effectiveDate) {}
