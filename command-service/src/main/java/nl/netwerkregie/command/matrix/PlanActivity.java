package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActivityId;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.Milestone;
import nl.netwerkregie.values.ProgrammeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enter an activity in the buurt's programme of activities, for attention points of this matrix. */
public record PlanActivity(
        @TargetAggregateIdentifier MatrixAddress matrix,
        ActivityId activityId,
        Label name,
        ProgrammeText description,
        List<AttentionPointId> attentionPoints,
        AgreementPeriod period,
        List<Milestone> milestones,
        Label workingMethod,
        ChainPosition owner,
        LocalDate effectiveDate) {}
