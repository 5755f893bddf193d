package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActivityId;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.Milestone;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** An activity's period and planning read differently from the effective date. */
@Revision("1")
public record ActivityReplanned(
        ThemeId themeId,
        BuurtCode buurt,
        ActivityId activityId,
        AgreementPeriod period,
        List<Milestone> milestones,
        LocalDate effectiveDate)
        implements MatrixEvent {}
