package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.NetworkStrategy;
import nl.netwerkregie.values.ProgrammeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Describe a cell anew: the own strength of its position for its element and the network strategies that connect to it. */
public record DescribeCell(
        @TargetAggregateIdentifier MatrixAddress matrix,
        ChainPosition position,
        MatrixElement element,
        ProgrammeText ownStrength,
        List<NetworkStrategy> strategies,
        List<Label> otherStrategies,
        LocalDate effectiveDate) {}
