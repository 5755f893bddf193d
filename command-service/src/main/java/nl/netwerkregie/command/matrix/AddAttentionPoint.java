package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.ProgrammeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add an attention point to a cell. */
public record AddAttentionPoint(
        @TargetAggregateIdentifier MatrixAddress matrix,
        AttentionPointId attentionPointId,
        ChainPosition position,
        MatrixElement element,
        ProgrammeText text,
        LocalDate effectiveDate) {}
