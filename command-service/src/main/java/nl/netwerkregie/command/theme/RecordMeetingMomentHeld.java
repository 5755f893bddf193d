package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that a planned meeting moment was held, who came together and what came out. */
public record RecordMeetingMomentHeld(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        MeetingId meetingId,
        List<ActorId> cameTogether,
        ProgrammeText outcome,
        LocalDate effectiveDate) {}
