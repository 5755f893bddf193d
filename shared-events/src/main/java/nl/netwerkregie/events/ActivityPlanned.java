package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActivityId;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.Milestone;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** An activity entered the buurt's programme of activities: what, for which attention points, its period and planning, the working method used (optional) and, run as a separate project, the position that owns it (optional). */
@Revision("1")
public record ActivityPlanned(
        ThemeId themeId,
        BuurtCode buurt,
        ActivityId activityId,
        Label name,
        ProgrammeText description,
        List<AttentionPointId> attentionPoints,
        AgreementPeriod period,
        List<Milestone> milestones,
        Label workingMethod,
        ChainPosition owner,
        LocalDate effectiveDate)
        implements MatrixEvent {}
