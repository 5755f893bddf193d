package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.ProgrammeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revise the text of an open attention point. */
public record ReviseAttentionPoint(
        @TargetAggregateIdentifier MatrixAddress matrix,
        AttentionPointId attentionPointId,
        ProgrammeText text,
        LocalDate effectiveDate) {}
