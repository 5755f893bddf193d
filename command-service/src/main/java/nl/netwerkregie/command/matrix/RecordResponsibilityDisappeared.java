package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ResponsibilityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a responsibility is no longer carried by anyone from the effective date, for a reason. */
public record RecordResponsibilityDisappeared(
        @TargetAggregateIdentifier MatrixAddress matrix,
        ResponsibilityId responsibilityId,
        ProgrammeText reason,
        LocalDate effectiveDate) {}
