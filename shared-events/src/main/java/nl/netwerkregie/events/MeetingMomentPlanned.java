package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.Place;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A meeting moment was planned on a cycle's programme line: when and where, its preparation period and its invitation. */
@Revision("1")
public record MeetingMomentPlanned(
        ThemeId themeId,
        int cycle,
        MeetingId meetingId,
        LocalDate date,
        Place place,
        LocalDate preparationStart,
        ProgrammeText invitation,
        List<ActorId> invited,
        LocalDate effectiveDate)
        implements ThemeEvent {}
