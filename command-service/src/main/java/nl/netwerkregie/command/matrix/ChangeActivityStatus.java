package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import nl.netwerkregie.values.ActivityId;
import nl.netwerkregie.values.ActivityStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Move an activity on: planned, running, done, or dropped. */
public record ChangeActivityStatus(
        @TargetAggregateIdentifier MatrixAddress matrix,
        ActivityId activityId,
        ActivityStatus status,
        LocalDate effectiveDate) {}
