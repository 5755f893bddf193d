package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A planned meeting moment was held: who came together and what came out; the effective date is the day it was held. */
@Revision("1")
public record MeetingMomentHeld(
        ThemeId themeId,
        int cycle,
        MeetingId meetingId,
        List<ActorId> cameTogether,
        ProgrammeText outcome,
        LocalDate effectiveDate)
        implements ThemeEvent {}
