package nl.netwerkregie.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.netwerkregie.store.EmbeddedStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One writer holds its unit of work open for {@value #HOLD_MS} ms — three times the look-back
 * window of Axon's MongoDB engine (1 s) — while another commits {@value #OTHERS} later events and a
 * processor reads past them. Counts the events the processor never receives.
 */
class SlowWriterTest {
    private static final long HOLD_MS = 3_000;
    private static final int OTHERS = 30;

    private EmbeddedStore store;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        store = EmbeddedStore.inMemory(0);
        client = MongoClients.create(store.uri());
        database = client.getDatabase("slow_writer");
    }

    @AfterEach
    void stop() {
        client.close();
        store.close();
    }

    @Test
    void globalSequenceEngineDeliversTheLateEventWhileItsPositionIsAGap() throws Exception {
        SlowEngine engine = new SlowEngine(database, Duration.ofSeconds(60));
        int missed = run(
                "global-sequence, gap timeout 60 s",
                engine,
                () -> engine.appendEvents(List.of(TestEvents.event("late", 0))));
        assertThat(missed).isZero();
    }

    @Test
    void globalSequenceEngineDeliversTheLateEventWhenItsPositionWasAbandoned() throws Exception {
        SlowEngine engine = new SlowEngine(database, Duration.ofSeconds(1));
        int missed = run(
                "global-sequence, gap timeout 1 s",
                engine,
                () -> engine.appendEvents(List.of(TestEvents.event("late", 0))));
        assertThat(missed).isZero();
        assertThat(database.getCollection("events").countDocuments(new Document("abandoned", true)))
                .as("the held position was given up and the writer moved on")
                .isEqualTo(1);
    }

    @Test
    void axonMongoEngineSkipsTheLateEvent() throws Exception {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, "slow_writer")
                        .build())
                .eventSerializer(TestEvents.serializer())
                .snapshotSerializer(TestEvents.serializer())
                .build();
        engine.ensureIndexes();
        // Axon stamps an event when the unit of work creates it; the slow unit of work appends it later
        int missed = run("axon-mongo, look-back 1 s", engine, () -> {
            DomainEventMessage<?> late = TestEvents.event("late", 0, Instant.now());
            sleep(HOLD_MS);
            engine.appendEvents(List.of(late));
        });
        assertThat(missed)
                .as("Axon's engine tracks by timestamp and passes the late event for good")
                .isEqualTo(1);
    }

    /** Runs the scenario; returns how many of the written events the processor never received. */
    private int run(String name, EventStorageEngine engine, Runnable slowWrite) throws Exception {
        Set<String> delivered = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        Thread processor = new Thread(() -> {
            TrackingToken token = null;
            while (!stop.get()) {
                // as a streaming processor does: read from its last token, remember the new one
                List<? extends TrackedEventMessage<?>> batch;
                try (var events = engine.readEvents(token, false)) {
                    batch = events.toList();
                }
                for (TrackedEventMessage<?> event : batch) {
                    delivered.add(((TestEvents.Noted) event.getPayload()).aggregate());
                    token = event.trackingToken();
                }
                sleep(50);
            }
        });
        processor.start();
        Thread slow = new Thread(slowWrite);
        slow.start();
        List<String> written = new ArrayList<>(List.of("late"));
        for (int i = 0; i < OTHERS; i++) {
            String aggregate = "other-" + i;
            engine.appendEvents(List.of(TestEvents.event(aggregate, 0)));
            written.add(aggregate);
            sleep(HOLD_MS / OTHERS);
        }
        slow.join();
        sleep(1_500); // the processor polls several more times after the late commit
        stop.set(true);
        processor.join();
        int missed = (int) written.stream().filter(a -> !delivered.contains(a)).count();
        System.out.printf(
                "slow writer [%s]: held %d ms, %d events written, %d delivered, %d missed%n",
                name, HOLD_MS, written.size(), written.size() - missed, missed);
        return missed;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The real engine, pausing every unit of work of aggregate "late" between taking positions and inserting. */
    static final class SlowEngine extends GlobalSequenceEventStorageEngine {
        SlowEngine(MongoDatabase database, Duration gapTimeout) {
            super(GlobalSequenceEventStorageEngine.builder()
                    .database(database)
                    .gapTimeout(gapTimeout)
                    .eventSerializer(TestEvents.serializer())
                    .snapshotSerializer(TestEvents.serializer()));
            ensureIndexes();
        }

        private boolean held;

        @Override
        protected void insertCommits(List<Document> commits) {
            if (!held && "late".equals(commits.get(0).getString(EventCommits.AGGREGATE_IDENTIFIER))) {
                held = true;
                sleep(HOLD_MS);
            }
            super.insertCommits(commits);
        }
    }
}
