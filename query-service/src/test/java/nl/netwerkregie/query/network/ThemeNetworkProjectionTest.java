package nl.netwerkregie.query.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.events.IngredientsAdded;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.platform.json.ValueTypesModule;
import nl.netwerkregie.query.projection.MongoJson;
import nl.netwerkregie.store.EmbeddedStore;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.IngredientKind;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The network projection on the embedded store: redelivery changes nothing, back-dating lands in place. */
class ThemeNetworkProjectionTest {
    private static final ThemeId THEME = new ThemeId("00000000-0000-0000-0000-000000000001");
    private static final ActorId ANNA = new ActorId("00000000-0000-0000-0000-0000000000a1");
    private EmbeddedStore store;
    private MongoClient client;
    private MongoDatabase db;
    private ThemeNetworkProjection projection;

    @BeforeEach
    void setUp() {
        store = EmbeddedStore.inMemory(0);
        client = MongoClients.create(store.uri());
        db = client.getDatabase("projection_test");
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new ValueTypesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        projection =
                new ThemeNetworkProjection(nl.netwerkregie.query.projection.Views.fixed(db), new MongoJson(mapper));
        projection.on(
                new ThemeNamed(
                        THEME,
                        new MunicipalityCode("GM0274"),
                        new ThemeName("Zorg voor jeugd"),
                        new Story("Verhaal"),
                        List.of(new BuurtCode("BU02740101")),
                        new DevelopmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
                        nl.netwerkregie.values.Recurrence.RECURRING,
                        LocalDate.of(2024, 1, 10)),
                0);
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    @Test
    void anEventHandledTwiceChangesNothing() {
        IngredientsAdded added = new IngredientsAdded(
                THEME,
                List.of(new Ingredient(
                        new IngredientId("00000000-0000-0000-0000-0000000000b1"), IngredientKind.IDEA, "Speeltuin")),
                null,
                null,
                LocalDate.of(2024, 2, 1));
        PositionShifted shifted =
                new PositionShifted(THEME, ANNA, Set.of(Position.USER), Set.of(), LocalDate.of(2024, 3, 1));
        projection.on(added, 1);
        projection.on(shifted, 2, Instant.parse("2024-03-02T10:00:00Z"), "reason");
        List<Document> once = stored();
        assertThat(once).hasSize(2);

        projection.on(added, 1);
        projection.on(shifted, 2, Instant.parse("2024-03-02T10:00:00Z"), "reason");

        assertThat(stored()).isEqualTo(once);
        assertThat(projection.find(THEME.value()).orElseThrow().ingredients).hasSize(1);
    }

    @Test
    void aBackDatedShiftLandsInItsPlace() {
        projection.on(
                new PositionShifted(
                        THEME, ANNA, Set.of(Position.PARTNER), Set.of(Position.INITIATOR), LocalDate.of(2024, 9, 1)),
                1,
                Instant.parse("2024-09-02T10:00:00Z"),
                null);
        projection.on(
                new PositionShifted(THEME, ANNA, Set.of(Position.INITIATOR), Set.of(), LocalDate.of(2024, 3, 1)),
                2,
                Instant.parse("2024-09-03T10:00:00Z"),
                "late minutes");
        ThemeNetwork network = projection.find(THEME.value()).orElseThrow();
        ThemeNetwork.ActorEntry anna = network.actors.get(0);
        assertThat(anna.heldOn(LocalDate.of(2024, 2, 1))).isEmpty();
        assertThat(anna.heldOn(LocalDate.of(2024, 5, 1))).containsExactly(Position.INITIATOR);
        assertThat(anna.heldOn(LocalDate.of(2024, 10, 1))).containsExactly(Position.PARTNER);
    }

    @Test
    void aLeaveThatALaterRecordedEarlierLeaveMadeANoOpIsNoEffectiveChange() {
        projection.on(
                new PositionShifted(THEME, ANNA, Set.of(Position.SUPPLIER), Set.of(), LocalDate.of(2024, 2, 1)),
                1,
                Instant.parse("2024-02-02T10:00:00Z"),
                null);
        projection.on(
                new PositionShifted(THEME, ANNA, Set.of(), Set.of(Position.SUPPLIER), LocalDate.of(2024, 6, 1)),
                2,
                Instant.parse("2024-06-02T10:00:00Z"),
                null);
        // recorded later, dated earlier: from now on the June leave changes nothing
        projection.on(
                new PositionShifted(THEME, ANNA, Set.of(), Set.of(Position.SUPPLIER), LocalDate.of(2024, 4, 1)),
                3,
                Instant.parse("2024-07-02T10:00:00Z"),
                null);
        List<ThemeNetwork.ShiftEntry> effective =
                projection.find(THEME.value()).orElseThrow().actors.get(0).effectiveShifts();
        assertThat(effective)
                .extracting(ThemeNetwork.ShiftEntry::date)
                .containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 1));
        assertThat(effective.get(1).left()).containsExactly(Position.SUPPLIER);
        assertThat(effective.get(2).left()).isEmpty();
        assertThat(effective.get(2).taken()).isEmpty();
    }

    @Test
    void positionsReadBackInRingOrder() {
        projection.on(
                new PositionShifted(
                        THEME,
                        ANNA,
                        new java.util.LinkedHashSet<>(List.of(Position.USER, Position.PARTNER, Position.INITIATOR)),
                        Set.of(),
                        LocalDate.of(2024, 2, 1)),
                1,
                Instant.parse("2024-02-02T10:00:00Z"),
                null);
        ThemeNetwork.ShiftEntry entry = projection
                .find(THEME.value())
                .orElseThrow()
                .actors
                .get(0)
                .shifts
                .get(0);
        assertThat(entry.taken()).containsExactly(Position.INITIATOR, Position.PARTNER, Position.USER);
        List<String> stored = db.getCollection(ThemeNetworkProjection.CHUNKS)
                .find()
                .first()
                .getList("actors", Document.class)
                .get(0)
                .getList("shifts", Document.class)
                .get(0)
                .getList("taken", String.class);
        assertThat(stored).containsExactly("INITIATOR", "PARTNER", "USER");
    }

    /**
     * A processor's batch in one unit of work: the documents its events change are read in one query per collection,
     * at the first lookup, and what the batch writes is what the events handled one by one write.
     */
    @Test
    void aBatchReadsTheDocumentsItChangesInOneQueryPerCollection() {
        java.util.concurrent.atomic.AtomicInteger finds = new java.util.concurrent.atomic.AtomicInteger();
        com.mongodb.event.CommandListener counting = new com.mongodb.event.CommandListener() {
            @Override
            public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
                if (event.getCommandName().equals("find")
                        && event.getCommand().getString("find").getValue().startsWith("theme_network")) {
                    finds.incrementAndGet();
                }
            }
        };
        List<org.axonframework.eventhandling.EventMessage<?>> batch = new java.util.ArrayList<>();
        batch.add(message(
                new IngredientsAdded(
                        THEME,
                        List.of(new Ingredient(
                                new IngredientId("00000000-0000-0000-0000-0000000000b1"),
                                IngredientKind.IDEA,
                                "Speeltuin")),
                        null,
                        null,
                        LocalDate.of(2024, 2, 1)),
                1));
        for (int a = 0; a < 6; a++) {
            ActorId actor = new ActorId("00000000-0000-0000-0000-0000000000" + (10 + 7 * a));
            batch.add(message(
                    new PositionShifted(THEME, actor, Set.of(Position.USER), Set.of(), LocalDate.of(2024, 3, a + 1)),
                    2 + a));
        }
        batch.forEach(this::handle);
        List<Document> oneByOne = stored();
        projection.reset();
        handle(message(
                new ThemeNamed(
                        THEME,
                        new MunicipalityCode("GM0274"),
                        new ThemeName("Zorg voor jeugd"),
                        new Story("Verhaal"),
                        List.of(new BuurtCode("BU02740101")),
                        new DevelopmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
                        nl.netwerkregie.values.Recurrence.RECURRING,
                        LocalDate.of(2024, 1, 10)),
                0));
        try (MongoClient listened = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(store.uri()))
                .addCommandListener(counting)
                .build())) {
            ThemeNetworkProjection batched = new ThemeNetworkProjection(
                    nl.netwerkregie.query.projection.Views.fixed(listened.getDatabase("projection_test")),
                    new MongoJson(mapper()));
            org.axonframework.messaging.unitofwork.BatchingUnitOfWork<org.axonframework.eventhandling.EventMessage<?>>
                    unitOfWork = new org.axonframework.messaging.unitofwork.BatchingUnitOfWork<>(batch);
            unitOfWork.execute(() -> handle(batched, unitOfWork.getMessage()));
        }

        // the core, then the six actors' buckets: one $in each (one by one, seven lookups)
        assertThat(finds.get()).isEqualTo(2);
        assertThat(stored()).isEqualTo(oneByOne);
    }

    /**
     * Between batches the processor keeps the network documents it read and wrote: the next batch asks the store only
     * for their versions. A document another instance wrote meanwhile is read again, and a batch that was rolled back
     * leaves nothing of its changes behind; each way, the views end as the events handled one by one leave them.
     */
    @Test
    void theNextBatchTakesTheKeptDocumentsOnceTheStoreHoldsThemAtTheSameVersion() {
        List<org.axonframework.eventhandling.EventMessage<?>> events = new java.util.ArrayList<>();
        events.add(message(named(), 0));
        for (int i = 1; i <= 24; i++) {
            ActorId actor = new ActorId("00000000-0000-0000-0000-0000000000" + (10 + 7 * (i % 6)));
            events.add(message(
                    new PositionShifted(
                            THEME,
                            actor,
                            i % 2 == 0 ? Set.of(Position.USER) : Set.of(),
                            i % 2 == 0 ? Set.of() : Set.of(Position.USER),
                            LocalDate.of(2024, 1 + i % 12, 1 + i % 27)),
                    i));
        }
        // one by one, in a database of their own: what every way below must end with
        MongoDatabase expectedDb = client.getDatabase("expected");
        ThemeNetworkProjection oneByOne = new ThemeNetworkProjection(
                nl.netwerkregie.query.projection.Views.fixed(expectedDb), new MongoJson(mapper()));
        events.forEach(m -> handle(oneByOne, m));

        java.util.List<String> finds = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        com.mongodb.event.CommandListener listener = new com.mongodb.event.CommandListener() {
            @Override
            public void commandStarted(com.mongodb.event.CommandStartedEvent event) {
                if (event.getCommandName().equals("find")
                        && event.getCommand().getString("find").getValue().startsWith("theme_network")) {
                    finds.add(event.getCommand().containsKey("projection") ? "versions" : "documents");
                }
            }
        };
        try (MongoClient listened = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(store.uri()))
                .addCommandListener(listener)
                .build())) {
            MongoDatabase batchedDb = listened.getDatabase("batched");
            ThemeNetworkProjection a = new ThemeNetworkProjection(
                    nl.netwerkregie.query.projection.Views.fixed(batchedDb), new MongoJson(mapper()));
            ThemeNetworkProjection b = new ThemeNetworkProjection(
                    nl.netwerkregie.query.projection.Views.fixed(batchedDb), new MongoJson(mapper()));
            batch(a, events.subList(0, 7));
            assertThat(finds).containsExactly("documents", "documents");

            finds.clear();
            batch(a, events.subList(7, 13)); // the same actors' buckets: only their versions are asked for
            assertThat(finds).containsExactly("versions");

            // another instance takes the theme's next events meanwhile: what it changed is read again
            batch(b, events.subList(13, 16));
            finds.clear();
            batch(a, events.subList(16, 20));
            assertThat(finds).containsExactly("versions", "documents"); // the bucket b wrote, read again

            // a batch that fails after its handlers is rolled back; handled again, it ends as one by one
            org.axonframework.messaging.unitofwork.BatchingUnitOfWork<org.axonframework.eventhandling.EventMessage<?>>
                    failing = new org.axonframework.messaging.unitofwork.BatchingUnitOfWork<>(
                            new java.util.ArrayList<>(events.subList(20, 25)));
            failing.onPrepareCommit(u -> {
                throw new IllegalStateException("the token could not be stored");
            });
            assertThatThrownBy(() -> failing.execute(() -> handle(a, failing.getMessage())))
                    .hasMessage("the token could not be stored");
            batch(a, events.subList(20, 25));

            assertThat(documents(batchedDb)).isEqualTo(documents(expectedDb));
        }
    }

    /**
     * A bucket kept between batches writes the actors no event of the batch changed in the form it last wrote them:
     * whatever the batches, the stored buckets are those the events handled one by one leave.
     */
    @Test
    void actorsOfOneBucketThatABatchDidNotChangeAreWrittenAsBefore() {
        List<org.axonframework.eventhandling.EventMessage<?>> events = new java.util.ArrayList<>();
        events.add(message(named(), 0));
        for (int i = 1; i <= 40; i++) {
            // five actors whose ids end alike, so all of them share one bucket
            ActorId actor = new ActorId("00000000-0000-0000-0000-00000000" + (i % 5) + "0a1");
            events.add(message(
                    new PositionShifted(
                            THEME,
                            actor,
                            i % 3 == 0 ? Set.of(Position.PARTNER) : Set.of(Position.USER),
                            i % 3 == 0 ? Set.of(Position.USER) : Set.of(),
                            LocalDate.of(2024, 1 + i % 12, 1 + i % 27)),
                    i));
        }
        MongoDatabase expectedDb = client.getDatabase("expected_shared_bucket");
        ThemeNetworkProjection oneByOne = new ThemeNetworkProjection(
                nl.netwerkregie.query.projection.Views.fixed(expectedDb), new MongoJson(mapper()));
        events.forEach(m -> handle(oneByOne, m));

        MongoDatabase batchedDb = client.getDatabase("batched_shared_bucket");
        ThemeNetworkProjection batched = new ThemeNetworkProjection(
                nl.netwerkregie.query.projection.Views.fixed(batchedDb), new MongoJson(mapper()));
        // batches of three events change three of the five actors; the bucket is kept from one batch to the next
        for (int from = 0; from < events.size(); from += 3) {
            batch(batched, events.subList(from, Math.min(events.size(), from + 3)));
        }
        List<Document> buckets = new java.util.ArrayList<>();
        batchedDb.getCollection(ThemeNetworkProjection.CHUNKS).find().into(buckets);
        assertThat(buckets).hasSize(1);
        assertThat(buckets.get(0).getList("actors", Object.class)).hasSize(5);
        assertThat(documents(batchedDb)).isEqualTo(documents(expectedDb));
        assertThat(batched.find(THEME.value()).orElseThrow().actors)
                .extracting(a -> a.shifts.size())
                .containsExactly(8, 8, 8, 8, 8);
    }

    private static void batch(ThemeNetworkProjection on, List<org.axonframework.eventhandling.EventMessage<?>> events) {
        org.axonframework.messaging.unitofwork.BatchingUnitOfWork<org.axonframework.eventhandling.EventMessage<?>>
                unitOfWork = new org.axonframework.messaging.unitofwork.BatchingUnitOfWork<>(
                        new java.util.ArrayList<>(events));
        unitOfWork.execute(() -> handle(on, unitOfWork.getMessage()));
    }

    private static List<Document> documents(MongoDatabase db) {
        List<Document> all = new java.util.ArrayList<>();
        db.getCollection(ThemeNetworkProjection.COLLECTION)
                .find()
                .sort(new Document("_id", 1))
                .into(all);
        db.getCollection(ThemeNetworkProjection.CHUNKS)
                .find()
                .sort(new Document("_id", 1))
                .into(all);
        return all;
    }

    private static ThemeNamed named() {
        return new ThemeNamed(
                THEME,
                new MunicipalityCode("GM0274"),
                new ThemeName("Zorg voor jeugd"),
                new Story("Verhaal"),
                List.of(new BuurtCode("BU02740101")),
                new DevelopmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
                nl.netwerkregie.values.Recurrence.RECURRING,
                LocalDate.of(2024, 1, 10));
    }

    private static org.axonframework.eventhandling.EventMessage<?> message(Object event, long seq) {
        return new org.axonframework.eventhandling.GenericDomainEventMessage<>(
                "Theme",
                THEME.value(),
                seq,
                event,
                org.axonframework.messaging.MetaData.emptyInstance(),
                "e" + seq,
                Instant.parse("2024-03-02T10:00:00Z"));
    }

    private void handle(org.axonframework.eventhandling.EventMessage<?> message) {
        handle(projection, message);
    }

    private static void handle(ThemeNetworkProjection on, org.axonframework.eventhandling.EventMessage<?> message) {
        long seq = ((org.axonframework.eventhandling.DomainEventMessage<?>) message).getSequenceNumber();
        Object e = message.getPayload();
        if (e instanceof ThemeNamed named) {
            on.on(named, seq);
        } else if (e instanceof IngredientsAdded added) {
            on.on(added, seq);
        } else if (e instanceof PositionShifted shifted) {
            on.on(shifted, seq, message.getTimestamp(), null);
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new ValueTypesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private List<Document> stored() {
        List<Document> all = new java.util.ArrayList<>();
        db.getCollection(ThemeNetworkProjection.COLLECTION).find().into(all);
        db.getCollection(ThemeNetworkProjection.CHUNKS).find().into(all);
        return all;
    }
}
