package nl.netwerkregie.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One event of a theme's history as an auditor reads it.
 *
 * @param sequence      the event's position in the theme's stream, from 0, without gaps
 * @param eventId       the event's unique id in the event store
 * @param type          the event type, e.g. {@code PositionShifted}, with its {@code revision}
 * @param effectiveDate when it happened in the buurt
 * @param recordedAt    when it was recorded
 * @param recordedBy    the account that recorded it
 * @param reason        the reason given, or {@code null}
 * @param correlationId the id of the request that caused it
 * @param payload       the event as stored
 */
public record HistoryEntry(
        long sequence,
        String eventId,
        String type,
        String revision,
        LocalDate effectiveDate,
        Instant recordedAt,
        String recordedBy,
        String reason,
        String correlationId,
        Map<String, Object> payload) {}
