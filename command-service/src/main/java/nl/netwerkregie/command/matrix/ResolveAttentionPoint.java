package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.ProgrammeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resolve an open attention point, saying how (optional). */
public record ResolveAttentionPoint(
        @TargetAggregateIdentifier MatrixAddress matrix,
        AttentionPointId attentionPointId,
        ProgrammeText how,
        LocalDate effectiveDate) {}
