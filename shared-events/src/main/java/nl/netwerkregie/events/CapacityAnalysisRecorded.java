package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.CapacityAnalysisContent;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * A session of a capacity analysis on its effective date, with these participants (actors, by id): from that date the
 * analysis reads as {@code content}, until a session dated later.
 */
@Revision("1")
public record CapacityAnalysisRecorded(
        AnalysisId analysisId,
        ThemeId themeId,
        List<ActorId> participants,
        CapacityAnalysisContent content,
        LocalDate effectiveDate)
        implements AnalysisEvent {

    public CapacityAnalysisRecorded {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
