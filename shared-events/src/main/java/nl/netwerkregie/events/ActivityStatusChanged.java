package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActivityId;
import nl.netwerkregie.values.ActivityStatus;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** An activity stands at another status from the effective date. */
@Revision("1")
public record ActivityStatusChanged(
        ThemeId themeId, BuurtCode buurt, ActivityId activityId, ActivityStatus status, LocalDate effectiveDate)
        implements MatrixEvent {}
