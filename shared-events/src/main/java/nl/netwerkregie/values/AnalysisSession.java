package nl.netwerkregie.values;

import java.time.LocalDate;
import java.util.List;

/** A network-analysis session: when it took place and which actors took part (by id, never by name). */
public record AnalysisSession(LocalDate date, List<ActorId> participants) {
    public AnalysisSession {
        StoredForm.check(date != null, "needs a date");
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
