package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActivityId;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.Milestone;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give an activity another period and planning from the effective date. */
public record ReplanActivity(
        @TargetAggregateIdentifier MatrixAddress matrix,
        ActivityId activityId,
        AgreementPeriod period,
        List<Milestone> milestones,
        LocalDate effectiveDate) {}
