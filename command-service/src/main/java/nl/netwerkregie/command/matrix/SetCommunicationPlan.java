package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.Label;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set the communication plan of the buurtportfolio: channels, audiences and rhythm. */
public record SetCommunicationPlan(
        @TargetAggregateIdentifier MatrixAddress matrix,
        List<Label> channels,
        List<Label> audiences,
        Label rhythm,
        LocalDate effectiveDate) {}
