package nl.netwerkregie.query.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.web.Inputs;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Reads "as the system knew it at recording time T" ({@code knownAt}): the request parameter's form, and the
 * sequence number of an aggregate's last event recorded at or before T, read from the event store itself, so a
 * view whose facts keep their sequence numbers can fold only those known then.
 */
@Component
public class KnownAt {
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private final EventStorageEngine engine;

    KnownAt(EventStorageEngine engine) {
        this.engine = engine;
    }

    /**
     * {@code knownAt} as an instant: an ISO-8601 date-time with offset, or a date (the end of that day in the
     * Netherlands); {@code null} when absent; 400 naming {@code knownAt} otherwise.
     */
    public static Instant parse(String raw) {
        if (raw == null) {
            return null;
        }
        Inputs in = new Inputs();
        Instant at = in.required("knownAt", raw, v -> {
            if (v.length() > 40) {
                throw new IllegalArgumentException("must be at most 40 characters");
            }
            try {
                if (v.length() == 10) {
                    return LocalDate.parse(v)
                            .plusDays(1)
                            .atStartOfDay(NETHERLANDS)
                            .toInstant()
                            .minusNanos(1);
                }
                return java.time.OffsetDateTime.parse(v).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "must be an ISO-8601 date-time with offset (2024-03-01T12:00:00Z) or a date (2024-03-01)");
            }
        });
        in.throwIfInvalid();
        return at;
    }

    /**
     * The sequence number of the last event of {@code aggregateId} recorded at or before {@code at}; 404 naming
     * {@code knownAt} when none was. Reads the aggregate's stream up to that time.
     */
    public long lastSequenceRecordedBy(String aggregateId, Instant at) {
        DomainEventStream stream = engine.readEvents(aggregateId, 0);
        long last = -1;
        while (stream.hasNext()) {
            DomainEventMessage<?> m = stream.next();
            if (!m.getTimestamp().isAfter(at)) {
                last = Math.max(last, m.getSequenceNumber());
            }
        }
        if (last < 0) {
            throw new UnknownResourceException(aggregateId + " as known then", "", "knownAt");
        }
        return last;
    }
}
