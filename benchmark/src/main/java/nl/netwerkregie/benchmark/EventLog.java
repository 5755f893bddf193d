package nl.netwerkregie.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import nl.netwerkregie.eventstore.EventCommits;
import org.bson.Document;

/**
 * The event store as the chosen engine lays it out, for the benchmark's direct reads and writes:
 * {@code global-sequence} (one document per commit in {@code events}) or {@code axon-mongo} (one
 * document per event in {@code domainevents}).
 */
final class EventLog {
    static final String GLOBAL_SEQUENCE = "global-sequence";
    static final String AXON_MONGO = "axon-mongo";
    static final Set<String> COLLECTIONS =
            Set.of("domainevents", "snapshotevents", "events", "events_sequence", "events_snapshots");

    private final String engine;
    private final MongoDatabase db;

    EventLog(String engine, MongoDatabase db) {
        if (!engine.equals(GLOBAL_SEQUENCE) && !engine.equals(AXON_MONGO)) {
            throw new IllegalArgumentException("unknown engine " + engine + " (global-sequence or axon-mongo)");
        }
        this.engine = engine;
        this.db = db;
    }

    boolean globalSequence() {
        return engine.equals(GLOBAL_SEQUENCE);
    }

    String collectionName() {
        return globalSequence() ? "events" : "domainevents";
    }

    MongoCollection<Document> collection() {
        return db.getCollection(collectionName());
    }

    /** Events stored (a commit document can hold several). */
    long count() {
        if (!globalSequence()) {
            return collection().countDocuments();
        }
        long events = 0;
        for (Document commit : collection()
                .find(Filters.exists(EventCommits.EVENTS))
                .projection(Projections.include(EventCommits.FIRST_POSITION))) {
            events += commit.getLong(EventCommits.ID) - commit.getLong(EventCommits.FIRST_POSITION) + 1;
        }
        return events;
    }

    /** The next global position (global-sequence only): where a writer that bypasses the engine starts. */
    long nextPosition() {
        Document counter = db.getCollection("events_sequence")
                .find(Filters.eq(EventCommits.ID, EventCommits.COUNTER_ID))
                .first();
        return counter == null ? 0 : counter.getLong(EventCommits.NEXT_POSITION);
    }

    void setNextPosition(long next) {
        db.getCollection("events_sequence")
                .updateOne(
                        Filters.eq(EventCommits.ID, EventCommits.COUNTER_ID),
                        Updates.max(EventCommits.NEXT_POSITION, next),
                        new UpdateOptions().upsert(true));
    }

    /** The query behind every command on an existing aggregate: load its events. */
    List<Document> loadAggregate(String aggregateId, int batch) {
        if (!globalSequence()) {
            return collection()
                    .find(Filters.eq("aggregateIdentifier", aggregateId))
                    .sort(new Document("sequenceNumber", 1))
                    .into(new ArrayList<>());
        }
        List<String> keys = LongStream.range(0, batch)
                .mapToObj(s -> EventCommits.aggregateKey(aggregateId, s))
                .toList();
        return collection().find(Filters.in(EventCommits.AGGREGATE_KEY, keys)).into(new ArrayList<>());
    }

    /**
     * The queries behind a poll of a processor that is nearly up to date: Axon's engine asks for the
     * events after a timestamp; the global-sequence engine reads the counter, then the last 100 positions by key.
     */
    List<Document> poll(int batch) {
        if (!globalSequence()) {
            String recent = Instant.now().minusSeconds(5).toString();
            return collection()
                    .find(Filters.gte("timestamp", recent))
                    .sort(new Document("timestamp", 1).append("sequenceNumber", 1))
                    .limit(batch)
                    .into(new ArrayList<>());
        }
        long next = nextPosition();
        List<Long> ids = LongStream.range(Math.max(0, next - 100), next).boxed().toList();
        return collection().find(Filters.in(EventCommits.ID, ids)).into(new ArrayList<>());
    }

    /** Events seen by one pass of a cursor over the whole event collection. */
    long scan() {
        long events = 0;
        for (Document document : collection().find().batchSize(1_000)) {
            events += globalSequence() ? EventCommits.events(document).size() : 1;
        }
        return events;
    }
}
