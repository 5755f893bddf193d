package nl.netwerkregie.eventstore;

import static nl.netwerkregie.eventstore.TestEvents.event;
import static nl.netwerkregie.eventstore.TestEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.netwerkregie.eventstore.TestEvents.Noted;
import nl.netwerkregie.store.EmbeddedStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the engine promises, run against each backend of the embedded store (subclasses) — the same
 * code that runs against a real MongoDB.
 */
abstract class EngineContractTest {
    protected EmbeddedStore store;
    private MongoClient client;
    protected MongoDatabase database;
    protected MutableClock clock;
    protected GlobalSequenceEventStorageEngine engine;

    abstract EmbeddedStore startStore();

    @BeforeEach
    void start() {
        store = startStore();
        client = MongoClients.create(store.uri());
        database = client.getDatabase("contract_" + UUID.randomUUID().toString().substring(0, 8));
        clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        engine = engine(5, null);
    }

    @AfterEach
    void stop() {
        client.close();
        store.close();
    }

    GlobalSequenceEventStorageEngine engine(int batchSize, SingleEventUpcaster upcaster) {
        GlobalSequenceEventStorageEngine.Builder builder = GlobalSequenceEventStorageEngine.builder()
                .database(database)
                .gapTimeout(Duration.ofSeconds(10))
                .clock(clock)
                .batchSize(batchSize)
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer());
        if (upcaster != null) {
            builder.upcasterChain(upcaster);
        }
        GlobalSequenceEventStorageEngine created = builder.build();
        created.ensureIndexes();
        return created;
    }

    @Test
    void loadsAnAggregateInSequenceOrderAcrossBatches() {
        engine.appendEvents(events("a", 0, 3));
        engine.appendEvents(events("b", 0, 2));
        engine.appendEvents(events("a", 3, 9));
        engine.appendEvents(events("a", 12, 1));

        List<Long> sequence = engine.readEvents("a")
                .asStream()
                .map(DomainEventMessage::getSequenceNumber)
                .toList();

        assertThat(sequence).containsExactlyElementsOf(range(0, 13));
        assertThat(engine.readEvents("a", 5)
                        .asStream()
                        .map(DomainEventMessage::getSequenceNumber)
                        .toList())
                .as("starting inside a commit")
                .containsExactlyElementsOf(range(5, 13));
        assertThat(engine.lastSequenceNumberFor("a")).contains(12L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
        assertThat(engine.readEvents("b")
                        .asStream()
                        .map(m -> ((Noted) m.getPayload()).aggregate())
                        .toList())
                .containsExactly("b", "b");
    }

    @Test
    void storesOneDocumentPerCommitWithDensePositions() {
        engine.appendEvents(events("a", 0, 3));
        engine.appendEvents(events("b", 0, 1));

        List<Document> commits = database.getCollection("events")
                .find()
                .sort(new Document("_id", 1))
                .into(new ArrayList<>());

        assertThat(commits).hasSize(2);
        assertThat(commits.get(0).getLong("_id")).isEqualTo(2L);
        assertThat(commits.get(0).getLong("firstPosition")).isZero();
        assertThat(commits.get(0).getString("aggregateKey")).isEqualTo("a:0");
        assertThat(EventCommits.events(commits.get(0)))
                .extracting(e -> e.getLong("globalPosition"))
                .containsExactly(0L, 1L, 2L);
        assertThat(EventCommits.events(commits.get(0))
                        .get(1)
                        .get("payload", Document.class)
                        .getString("text"))
                .isEqualTo("text 1");
        assertThat(commits.get(1).getLong("_id")).isEqualTo(3L);
        assertThat(database.getCollection("events_sequence").find().first().getLong("nextPosition"))
                .isEqualTo(4L);
    }

    @Test
    void refusesASecondWriterAtTheSameSequenceNumberAndStoresNothingOfIt() {
        engine.appendEvents(events("a", 0, 2));

        engine.appendEvents(events("a", 2, 1));
        assertThatThrownBy(() -> engine.appendEvents(events("a", 2, 3))).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(events("a", 0, 1)))
                .isInstanceOf(AggregateStreamCreationException.class);

        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(3);
        assertThat(readAll(null)).hasSize(3);
    }

    @Test
    void tracksEveryEventInPositionOrderWithGapAwareTokens() {
        engine.appendEvents(events("a", 0, 3));
        engine.appendEvents(events("b", 0, 4));
        engine.appendEvents(events("a", 3, 4));

        List<TrackedEventMessage<?>> all = readAll(null);

        assertThat(all).hasSize(11);
        assertThat(all)
                .extracting(m -> ((GapAwareTrackingToken) m.trackingToken()).getIndex())
                .containsExactlyElementsOf(range(0, 11));
        assertThat(all).allMatch(m -> !((GapAwareTrackingToken) m.trackingToken()).hasGaps());
        // resuming from a token inside a commit delivers the rest of that commit
        List<TrackedEventMessage<?>> rest = readAll(all.get(4).trackingToken());
        assertThat(rest)
                .extracting(m -> ((GapAwareTrackingToken) m.trackingToken()).getIndex())
                .containsExactlyElementsOf(range(5, 11));
    }

    @Test
    void deliversAnEventThatCommitsAfterLaterOnesWereRead() {
        long held = takePositions(1); // a writer took position 0 and has not committed yet
        engine.appendEvents(events("b", 0, 2));

        List<TrackedEventMessage<?>> first = readAll(null);
        assertThat(first).hasSize(2);
        GapAwareTrackingToken token = (GapAwareTrackingToken) last(first).trackingToken();
        assertThat(token.getGaps()).containsExactly(held);

        insertRaw(held, "a", 0);
        List<TrackedEventMessage<?>> late = readAll(token);

        assertThat(late).hasSize(1);
        assertThat(((Noted) late.get(0).getPayload()).aggregate()).isEqualTo("a");
        assertThat(((GapAwareTrackingToken) late.get(0).trackingToken()).getGaps())
                .isEmpty();
    }

    @Test
    void marksAPositionAbandonedAfterTheGapTimeoutAndTheLateWriterMovesToNewPositions() throws Exception {
        PausingEngine lateWriter = new PausingEngine(database);
        Thread writer = new Thread(() -> lateWriter.appendEvents(events("a", 0, 1)));
        writer.start();
        long held = lateWriter.awaitPaused();
        engine.appendEvents(events("b", 0, 1));
        TrackingToken token = last(readAll(null)).trackingToken();

        clock.advance(Duration.ofSeconds(11));
        assertThat(readAll(token)).isEmpty(); // the gap is looked up once more, then marked abandoned
        assertThat(database.getCollection("events")
                        .find(Filters.eq("_id", held))
                        .first()
                        .getBoolean("abandoned"))
                .isTrue();

        // the writer of that position commits now: the engine moves it to new positions instead of losing it
        lateWriter.resume();
        writer.join(10_000);
        List<TrackedEventMessage<?>> delivered = readAll(token);

        assertThat(delivered)
                .extracting(m -> ((Noted) m.getPayload()).aggregate())
                .containsExactly("a");
        assertThat(((GapAwareTrackingToken) last(delivered).trackingToken()).getGaps())
                .isEmpty();
        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(1);
    }

    @Test
    void passesPositionsNoWriterEverFillsEvenMoreThanABatch() {
        takePositions(12); // writers that died after taking their positions
        engine.appendEvents(events("a", 0, 2));

        assertThat(readAll(null)).hasSize(2);
    }

    @Test
    void deliversACommitLargerThanABatch() {
        engine.appendEvents(events("big", 0, 23));
        engine.appendEvents(events("small", 0, 1));

        assertThat(readAll(null)).hasSize(24);
        assertThat(engine.readEvents("big").asStream().count()).isEqualTo(23);
    }

    /**
     * Commits of up to 16 MiB each (an upload of 100,000 indicator rows is 11 MB) are read however many of them one
     * batch of positions holds: the store answers in replies that fit a message, as MongoDB does.
     */
    @Test
    void readsABatchOfCommitsLargerTogetherThanOneReplyMayBe() {
        String text = "x".repeat(11 * 1024 * 1024);
        for (int i = 0; i < 5; i++) {
            engine.appendEvents(List.of(new org.axonframework.eventhandling.GenericDomainEventMessage<>(
                    "Note", "upload-" + i, 0, new Noted("upload-" + i, i, text))));
        }

        List<TrackedEventMessage<?>> all = readAll(null);

        assertThat(all).hasSize(5);
        assertThat(all).allMatch(m -> ((Noted) m.getPayload()).text().length() == text.length());
        assertThat(engine.readEvents("upload-4").asStream().count()).isEqualTo(1);
    }

    @Test
    void keepsEventsWithoutAnAggregate() {
        engine.appendEvents(List.of(GenericEventMessage.asEventMessage("a notice")));
        engine.appendEvents(events("a", 0, 1));

        List<TrackedEventMessage<?>> all = readAll(null);

        assertThat(all).extracting(EventMessage::getPayload).first().isEqualTo("a notice");
        assertThat(all).hasSize(2);
    }

    @Test
    void loadsFromTheLatestSnapshot() {
        engine.appendEvents(events("a", 0, 4));
        engine.storeSnapshot(event("a", 1));
        engine.storeSnapshot(event("a", 3));
        engine.appendEvents(events("a", 4, 2));

        DomainEventMessage<?> snapshot = engine.readSnapshot("a").orElseThrow();
        DomainEventStream after = engine.readEvents("a", snapshot.getSequenceNumber() + 1);

        assertThat(snapshot.getSequenceNumber()).isEqualTo(3);
        assertThat(after.asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(4L, 5L);
        assertThat(database.getCollection("events_snapshots").countDocuments()).isEqualTo(1);
    }

    @Test
    void createsTailHeadAndDatedTokens() {
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        for (int i = 0; i < 10; i++) {
            engine.appendEvents(List.of(event("a", i, start.plusSeconds(60L * i))));
        }
        long inFlight = takePositions(1);
        engine.appendEvents(List.of(event("b", 0, start.plusSeconds(3600))));

        assertThat(readAll(engine.createTailToken())).hasSize(11);
        GapAwareTrackingToken head = (GapAwareTrackingToken) engine.createHeadToken();
        assertThat(head.getIndex()).isEqualTo(inFlight + 1);
        assertThat(head.getGaps())
                .as("a position still being written stays a gap")
                .containsExactly(inFlight);
        assertThat(readAll(head)).isEmpty();

        TrackingToken at = engine.createTokenAt(start.plusSeconds(60L * 4 + 30));
        assertThat(readAll(at))
                .extracting(m -> ((Noted) m.getPayload()).number())
                .containsExactly(5, 6, 7, 8, 9, 0);
        assertThat(readAll(engine.createTokenAt(start.minusSeconds(1)))).hasSize(11);
        assertThat(readAll(engine.createTokenAt(start.plusSeconds(7200)))).isEmpty();
    }

    @Test
    void upcastsStoredEventsOnTheWayOut() {
        engine.appendEvents(events("a", 0, 2));
        SingleEventUpcaster shout = new SingleEventUpcaster() {
            @Override
            protected boolean canUpcast(IntermediateEventRepresentation representation) {
                return representation.getType().getName().equals(Noted.class.getName());
            }

            @Override
            protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
                return representation.upcastPayload(
                        new SimpleSerializedType(Noted.class.getName(), null),
                        com.fasterxml.jackson.databind.JsonNode.class,
                        node -> ((com.fasterxml.jackson.databind.node.ObjectNode) node)
                                .put("text", node.get("text").asText().toUpperCase()));
            }
        };
        GlobalSequenceEventStorageEngine upcasting = engine(5, shout);

        assertThat(upcasting
                        .readEvents("a")
                        .asStream()
                        .map(m -> ((Noted) m.getPayload()).text())
                        .toList())
                .containsExactly("TEXT 0", "TEXT 1");
        assertThat(readAll(upcasting, null))
                .extracting(m -> ((Noted) m.getPayload()).text())
                .containsExactly("TEXT 0", "TEXT 1");
    }

    // ------------------------------------------------------------ helpers

    List<TrackedEventMessage<?>> readAll(TrackingToken from) {
        return readAll(engine, from);
    }

    static List<TrackedEventMessage<?>> readAll(GlobalSequenceEventStorageEngine engine, TrackingToken from) {
        return engine.readEvents(from, false).collect(Collectors.toList());
    }

    static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    /** What a writer does first: takes positions from the counter. Returns the first. */
    long takePositions(int count) {
        Document counter = database.getCollection("events_sequence")
                .findOneAndUpdate(
                        Filters.eq("_id", "global"),
                        Updates.inc("nextPosition", (long) count),
                        new com.mongodb.client.model.FindOneAndUpdateOptions()
                                .upsert(true)
                                .returnDocument(com.mongodb.client.model.ReturnDocument.AFTER));
        return counter.getLong("nextPosition") - count;
    }

    /** What a writer does second: inserts its commit at the positions it took. */
    void insertRaw(long position, String aggregate, long sequenceNumber) {
        DomainEventMessage<Noted> message = event(aggregate, sequenceNumber);
        var serializer = TestEvents.serializer();
        var payload = message.serializePayload(serializer, String.class);
        database.getCollection("events")
                .insertOne(EventCommits.commit(
                        position,
                        "Note",
                        aggregate,
                        List.of(new EventCommits.StoredEvent(
                                sequenceNumber,
                                message.getIdentifier(),
                                message.getTimestamp(),
                                payload.getType().getName(),
                                payload.getType().getRevision(),
                                payload.getData(),
                                message.serializeMetaData(serializer, String.class)
                                        .getData())),
                        null));
    }

    // ---------------------------------------------------------------- tamper evidence

    private EventChain.Verification verify(String aggregate) {
        return EventChain.verify(aggregate, engine.commitsOf(aggregate));
    }

    private com.mongodb.client.MongoCollection<Document> commits() {
        return database.getCollection("events");
    }

    @Test
    void everyCommitContinuesItsAggregatesHashChainAndAnUntouchedStreamVerifies() {
        engine.appendEvents(events("a", 0, 3));
        engine.appendEvents(events("b", 0, 2));
        engine.appendEvents(events("a", 3, 2));
        // a second engine has not seen "a": it finds the hash to continue in the store
        engine(5, null).appendEvents(events("a", 5, 1));

        EventChain.Verification v = verify("a");
        assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
        assertThat(v.events()).isEqualTo(6);
        assertThat(v.chainedFrom()).isZero();
        assertThat(v.headSequence()).isEqualTo(5);
        Document last = commits().find(Filters.eq("lastKey", "a:5")).first();
        assertThat(v.headHash()).isEqualTo(last.getString("hash"));
        Document second = commits().find(Filters.eq("aggregateKey", "a:3")).first();
        Document first = commits().find(Filters.eq("aggregateKey", "a:0")).first();
        assertThat(second.getString("previousHash")).isEqualTo(first.getString("hash"));
        assertThat(first.containsKey("previousHash") && first.get("previousHash") == null)
                .as("the chain begins at the first commit")
                .isTrue();
        assertThat(verify("b").intact()).isTrue();
    }

    @Test
    void verifyNamesAnAlteredEvent() {
        engine.appendEvents(events("a", 0, 3));
        engine.appendEvents(events("a", 3, 3));
        commits().updateOne(Filters.eq("aggregateKey", "a:3"), Updates.set("events.1.payload.text", "rewritten"));

        EventChain.Problem p = verify("a").problem();
        assertThat(p.kind()).isEqualTo(EventChain.ProblemKind.ALTERED);
        assertThat(p.sequenceNumber()).isEqualTo(4);
        assertThat(p.eventIdentifier()).isNotBlank();
    }

    @Test
    void verifyNamesAChangedRecordingTimeOrAuthor() {
        engine.appendEvents(events("a", 0, 2));
        commits().updateOne(Filters.eq("aggregateKey", "a:0"), Updates.set("events.1.metaData.recordedBy", "someone"));
        assertThat(verify("a").problem().kind()).isEqualTo(EventChain.ProblemKind.ALTERED);
        assertThat(verify("a").problem().sequenceNumber()).isEqualTo(1);
    }

    @Test
    void verifyNamesAMissingEvent() {
        engine.appendEvents(events("a", 0, 1));
        engine.appendEvents(events("a", 1, 1));
        engine.appendEvents(events("a", 2, 1));
        engine.appendEvents(events("a", 3, 1));
        commits().deleteOne(Filters.eq("aggregateKey", "a:2"));

        EventChain.Problem p = verify("a").problem();
        assertThat(p.kind()).isEqualTo(EventChain.ProblemKind.MISSING);
        assertThat(p.sequenceNumber()).isEqualTo(2);
    }

    @Test
    void verifyNamesAnInsertedEvent() {
        engine.appendEvents(events("a", 0, 2));
        engine.appendEvents(events("a", 2, 1));
        // a document written into the store directly, after the others, without the chain
        insertRaw(takePositions(1), "a", 3);

        EventChain.Problem p = verify("a").problem();
        assertThat(p.kind()).isEqualTo(EventChain.ProblemKind.INSERTED);
        assertThat(p.sequenceNumber()).isEqualTo(3);

        // an event pushed into a commit, repeating a sequence number
        engine.appendEvents(events("c", 0, 2));
        Document extra = new Document(EventCommits.events(
                        commits().find(Filters.eq("aggregateKey", "c:0")).first())
                .get(1));
        extra.put("eventIdentifier", UUID.randomUUID().toString());
        commits().updateOne(Filters.eq("aggregateKey", "c:0"), Updates.push("events", extra));
        EventChain.Problem twice = verify("c").problem();
        assertThat(twice.kind()).isEqualTo(EventChain.ProblemKind.INSERTED);
        assertThat(twice.sequenceNumber()).isEqualTo(1);
    }

    /**
     * A commit of many events (an upload of many parts) is told event by event, each once and in order, with the
     * commit's fields first and without its events: a walk never holds it whole, and still verifies every event of it.
     */
    @Test
    void aWalkTellsACommitOfManyEventsOneEventAtATimeAndVerifiesEachOfThem() {
        engine.appendEvents(events("big", 0, 23));
        engine.appendEvents(events("big", 23, 1));
        List<String> told = new ArrayList<>();
        engine.forEachEvent("big", new GlobalSequenceEventStorageEngine.EventWalk() {
            @Override
            public void commit(Document fields) {
                told.add("commit " + fields.get(EventCommits.FIRST_SEQUENCE) + " with events: "
                        + fields.containsKey(EventCommits.EVENTS));
            }

            @Override
            public void event(Document event) {
                told.add(String.valueOf(event.get(EventCommits.SEQUENCE)));
            }

            @Override
            public void endOfCommit() {
                told.add("end");
            }
        });
        List<String> expected = new ArrayList<>();
        expected.add("commit 0 with events: false");
        range(0, 23).forEach(s -> expected.add(String.valueOf(s)));
        expected.addAll(List.of("end", "commit 23 with events: false", "23", "end"));
        assertThat(told).containsExactlyElementsOf(expected);
        assertThat(verify("big").intact()).isTrue();
        assertThat(verify("big").events()).isEqualTo(24);

        commits().updateOne(Filters.eq("aggregateKey", "big:0"), Updates.set("events.17.payload.text", "rewritten"));
        EventChain.Problem p = verify("big").problem();
        assertThat(p.kind()).isEqualTo(EventChain.ProblemKind.ALTERED);
        assertThat(p.sequenceNumber()).isEqualTo(17);
        assertThat(engine.firstEvent("big")
                        .orElseThrow()
                        .get(EventCommits.SEQUENCE, Number.class)
                        .longValue())
                .isZero();
        assertThat(engine.firstEvent("nothing")).isEmpty();
    }

    @Test
    void eventsRecordedBeforeTheChainExistedAreCountedAndTheChainBeginsAfterThem() {
        insertRaw(takePositions(1), "a", 0);
        commits()
                .updateOne(
                        Filters.eq("aggregateKey", "a:0"),
                        Updates.combine(
                                Updates.unset("hash"),
                                Updates.unset("previousHash"),
                                Updates.unset("lastKey"),
                                Updates.unset("events.0.hash")));
        engine(5, null).appendEvents(events("a", 1, 2));

        EventChain.Verification v = verify("a");
        assertThat(v.intact()).as(String.valueOf(v.problem())).isTrue();
        assertThat(v.unchainedEvents()).isEqualTo(1);
        assertThat(v.chainedFrom()).isEqualTo(1L);
        assertThat(v.events()).isEqualTo(3);
    }

    static List<Long> range(long from, long to) {
        List<Long> values = new ArrayList<>();
        for (long v = from; v < to; v++) {
            values.add(v);
        }
        return values;
    }

    /** An engine whose first unit of work pauses between taking its positions and inserting its commit. */
    static final class PausingEngine extends GlobalSequenceEventStorageEngine {
        private final java.util.concurrent.CountDownLatch paused = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch resumed = new java.util.concurrent.CountDownLatch(1);
        private volatile long pausedAt = -1;

        PausingEngine(MongoDatabase database) {
            super(GlobalSequenceEventStorageEngine.builder()
                    .database(database)
                    .eventSerializer(TestEvents.serializer())
                    .snapshotSerializer(TestEvents.serializer()));
        }

        long awaitPaused() throws InterruptedException {
            paused.await();
            return pausedAt;
        }

        void resume() {
            resumed.countDown();
        }

        @Override
        protected void insertCommits(List<Document> commits) {
            if (pausedAt < 0) {
                pausedAt = EventCommits.firstPosition(commits.get(0));
                paused.countDown();
                try {
                    resumed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            super.insertCommits(commits);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
