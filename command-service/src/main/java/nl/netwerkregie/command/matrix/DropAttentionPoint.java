package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.ProgrammeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drop an open attention point unresolved, with the reason. */
public record DropAttentionPoint(
        @TargetAggregateIdentifier MatrixAddress matrix,
        AttentionPointId attentionPointId,
        ProgrammeText reason,
        LocalDate effectiveDate) {}
