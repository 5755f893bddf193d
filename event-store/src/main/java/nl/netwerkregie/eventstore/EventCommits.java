package nl.netwerkregie.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * The document format of the global-sequence event store, readable without Axon (see the README,
 * "Event store document format").
 *
 * <p>A <em>commit</em> is the events one unit of work appended to one aggregate, stored as one
 * document so it is written completely or not at all. Its {@code _id} is the global position of its
 * last event; the positions of its events are {@code firstPosition .. _id}, with no holes. Its
 * {@code aggregateKey} ({@code aggregateIdentifier:firstSequenceNumber}) is unique, which is what
 * refuses a second writer that appends at the same place in the aggregate's stream.
 *
 * <p>The commits of one aggregate form a <em>hash chain</em> (tamper evidence): every event carries
 * {@code hash} = SHA-256 of the previous event's hash and its own canonical form ({@link #canonical});
 * a commit carries {@code previousHash} (the hash it continues; absent where the chain begins) and
 * {@code hash} (its last event's), and {@code lastKey} ({@code aggregateIdentifier:lastSequenceNumber}) so
 * the next writer finds the hash to continue with one key lookup. {@link EventChain} recomputes it.
 *
 * <p>An <em>abandoned position</em> ({@code {_id: p, abandoned: true}}) is written by a reader for
 * a position that stayed empty past the gap timeout; it makes a late insert at that position fail,
 * so its writer takes new positions instead of being skipped.
 */
public final class EventCommits {
    public static final String ID = "_id";
    public static final String FIRST_POSITION = "firstPosition";
    public static final String AGGREGATE_KEY = "aggregateKey";
    public static final String AGGREGATE_TYPE = "aggregateType";
    public static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    public static final String FIRST_SEQUENCE = "firstSequenceNumber";
    public static final String LAST_SEQUENCE = "lastSequenceNumber";
    public static final String EVENTS = "events";
    public static final String ABANDONED = "abandoned";
    public static final String ABANDONED_AT = "abandonedAt";

    public static final String POSITION = "globalPosition";
    public static final String SEQUENCE = "sequenceNumber";
    public static final String EVENT_IDENTIFIER = "eventIdentifier";
    public static final String TIMESTAMP = "timestamp";
    public static final String PAYLOAD_TYPE = "payloadType";
    public static final String PAYLOAD_REVISION = "payloadRevision";
    public static final String PAYLOAD = "payload";
    public static final String META_DATA = "metaData";
    public static final String HASH = "hash";
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String LAST_KEY = "lastKey";

    /** The counter document in the sequence collection that hands out global positions. */
    public static final String COUNTER_ID = "global";

    public static final String NEXT_POSITION = "nextPosition";

    static final JsonWriterSettings JSON =
            JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private EventCommits() {}

    /** One event as the engine stores it: payload and metadata as serialized JSON text. */
    public record StoredEvent(
            long sequenceNumber,
            String eventIdentifier,
            Instant timestamp,
            String payloadType,
            String payloadRevision,
            String payloadJson,
            String metaDataJson) {}

    public static String aggregateKey(String aggregateIdentifier, long firstSequenceNumber) {
        return aggregateIdentifier + ":" + firstSequenceNumber;
    }

    /**
     * The document for a commit whose events take positions {@code firstPosition} onwards, continuing the
     * aggregate's hash chain from {@code previousHash} ({@code null} where the chain begins). Events without
     * an aggregate ({@code aggregateIdentifier == null}) get no {@code aggregateKey} and no hashes.
     */
    public static Document commit(
            long firstPosition,
            String aggregateType,
            String aggregateIdentifier,
            List<StoredEvent> events,
            String previousHash) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a commit holds at least one event");
        }
        List<Document> stored = new ArrayList<>(events.size());
        long position = firstPosition;
        for (StoredEvent event : events) {
            stored.add(withEventFields(
                    new Document(POSITION, position++).append(SEQUENCE, event.sequenceNumber()), event));
        }
        long lastPosition = position - 1;
        Document commit = new Document(ID, lastPosition).append(FIRST_POSITION, firstPosition);
        if (aggregateIdentifier != null) {
            long first = events.get(0).sequenceNumber();
            long last = events.get(events.size() - 1).sequenceNumber();
            String hash = previousHash;
            for (Document event : stored) {
                hash = chain(hash, canonical(aggregateIdentifier, event));
                event.append(HASH, hash);
            }
            commit.append(AGGREGATE_KEY, aggregateKey(aggregateIdentifier, first))
                    .append(AGGREGATE_TYPE, aggregateType)
                    .append(AGGREGATE_IDENTIFIER, aggregateIdentifier)
                    .append(FIRST_SEQUENCE, first)
                    .append(LAST_SEQUENCE, last)
                    .append(LAST_KEY, aggregateKey(aggregateIdentifier, last))
                    .append(PREVIOUS_HASH, previousHash)
                    .append(HASH, hash);
        }
        return commit.append(EVENTS, stored);
    }

    /**
     * The canonical form of a stored event that its hash covers: the aggregate, sequence number, event
     * identifier, timestamp, payload type and revision, and the payload and metadata as relaxed extended JSON
     * of the stored documents, one per line. Its global position is not part of it (a writer that retries
     * takes new positions), nor is its hash.
     */
    public static String canonical(String aggregateIdentifier, Document event) {
        return String.join(
                "\n",
                aggregateIdentifier,
                String.valueOf(event.get(SEQUENCE)),
                String.valueOf(event.get(EVENT_IDENTIFIER)),
                String.valueOf(event.get(TIMESTAMP)),
                String.valueOf(event.get(PAYLOAD_TYPE)),
                String.valueOf(event.get(PAYLOAD_REVISION)),
                String.valueOf(toJson(event.get(PAYLOAD))),
                String.valueOf(toJson(event.get(META_DATA))));
    }

    /** The next link of a hash chain: SHA-256 (lowercase hex) of the previous hash ("" at the start), a newline and {@code canonical}. */
    public static String chain(String previousHash, String canonical) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((previousHash == null ? "" : previousHash).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The latest snapshot of an aggregate: {@code _id} is the aggregate's identifier, the snapshot its only event. */
    public static Document snapshot(String aggregateType, String aggregateIdentifier, StoredEvent snapshot) {
        return new Document(ID, aggregateIdentifier)
                .append(AGGREGATE_TYPE, aggregateType)
                .append(AGGREGATE_IDENTIFIER, aggregateIdentifier)
                .append(SEQUENCE, snapshot.sequenceNumber())
                .append(EVENTS, List.of(withEventFields(new Document(SEQUENCE, snapshot.sequenceNumber()), snapshot)));
    }

    private static Document withEventFields(Document document, StoredEvent event) {
        return document.append(EVENT_IDENTIFIER, event.eventIdentifier())
                .append(TIMESTAMP, event.timestamp().toString())
                .append(PAYLOAD_TYPE, event.payloadType())
                .append(PAYLOAD_REVISION, event.payloadRevision())
                .append(PAYLOAD, toBson(event.payloadJson()))
                .append(META_DATA, toBson(event.metaDataJson()));
    }

    public static Document abandonedPosition(long position, Instant at) {
        return new Document(ID, position).append(ABANDONED, true).append(ABANDONED_AT, java.util.Date.from(at));
    }

    public static boolean isAbandoned(Document document) {
        return Boolean.TRUE.equals(document.getBoolean(ABANDONED));
    }

    public static long lastPosition(Document commit) {
        return commit.getLong(ID);
    }

    public static long firstPosition(Document commit) {
        Long first = commit.getLong(FIRST_POSITION);
        return first == null ? commit.getLong(ID) : first;
    }

    @SuppressWarnings("unchecked")
    public static List<Document> events(Document commit) {
        List<Document> events = (List<Document>) commit.get(EVENTS);
        return events == null ? List.of() : events;
    }

    /**
     * An event of a commit as Axon's serialized form, its payload and metadata as JSON trees ({@link StoredJson}) for
     * the Jackson serializer; events without an aggregate are keyed by their own identifier.
     */
    public static DomainEventData<com.fasterxml.jackson.databind.JsonNode> toEventData(
            Document commit, Document event) {
        String eventIdentifier = event.getString(EVENT_IDENTIFIER);
        String aggregateIdentifier = commit.getString(AGGREGATE_IDENTIFIER);
        return new StoredJson.EventData(
                commit.getString(AGGREGATE_TYPE),
                aggregateIdentifier == null ? eventIdentifier : aggregateIdentifier,
                event.getLong(SEQUENCE),
                eventIdentifier,
                event.getString(TIMESTAMP),
                event.getString(PAYLOAD_TYPE),
                event.getString(PAYLOAD_REVISION),
                StoredJson.tree(event.get(PAYLOAD)),
                StoredJson.tree(event.get(META_DATA)));
    }

    /** JSON objects are kept as BSON documents so the store can be read and queried field by field. */
    static Object toBson(String json) {
        if (json == null) {
            return null;
        }
        String trimmed = json.stripLeading();
        return trimmed.startsWith("{") ? Document.parse(json) : json;
    }

    public static String toJson(Object stored) {
        if (stored == null) {
            return null;
        }
        return stored instanceof Document document ? document.toJson(JSON) : stored.toString();
    }
}
