package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Place;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan a meeting moment on the programme line of a cycle. */
public record PlanMeetingMoment(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        MeetingId meetingId,
        LocalDate date,
        Place place,
        LocalDate preparationStart,
        ProgrammeText invitation,
        List<ActorId> invited,
        LocalDate effectiveDate) {}
