package nl.netwerkregie.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.eventstore.GlobalSequenceEventStorageEngine;
import nl.netwerkregie.platform.json.JsonConfiguration;
import nl.netwerkregie.platform.json.StoredFormSerializer;
import nl.netwerkregie.store.EmbeddedStore;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class SeederTest {
    private static final ObjectMapper EVENTS = JsonConfiguration.eventMapper();

    @Test
    void writesAValidDeterministicHistoryInAxonsFormat() throws Exception {
        List<String> first = seed(7);
        List<String> second = seed(7);
        assertThat(first).isEqualTo(second).hasSize(1_000);
        assertThat(seed(8)).isNotEqualTo(first);
    }

    @Test
    void writesAHistoryTheGlobalSequenceEngineReadsBack() {
        try (EmbeddedStore store = EmbeddedStore.inMemory(0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoDatabase db = client.getDatabase("seed");
            EventLog log = new EventLog(EventLog.GLOBAL_SEQUENCE, db);
            // the serializer the services store and read events with
            StoredFormSerializer serializer = StoredFormSerializer.create();
            GlobalSequenceEventStorageEngine engine = GlobalSequenceEventStorageEngine.builder()
                    .database(db)
                    .eventSerializer(serializer)
                    .snapshotSerializer(serializer)
                    .batchSize(1_000)
                    .build();
            engine.ensureIndexes();
            engine.appendEvents(List.of(GenericEventMessage.asEventMessage("written by the engine before seeding")));
            Seeder seeder = new Seeder(log, EVENTS, 7, 10);
            seeder.startClockAt(Instant.parse("2026-01-01T00:00:00Z"));
            Seeder.SeededTheme theme = seeder.theme(
                    new MunicipalityCode("GM9901"),
                    new BuurtCode("BU99010001"),
                    "Thema",
                    LocalDate.of(2023, 1, 2),
                    1_000,
                    50);

            assertThat(log.count()).isEqualTo(1_051);
            List<? extends DomainEventMessage<?>> events =
                    engine.readEvents(theme.themeId()).asStream().toList();
            assertThat(events).hasSize(1_000);
            assertThat(events.get(0).getPayload()).isInstanceOf(ThemeNamed.class);
            assertThat(events.get(999).getSequenceNumber()).isEqualTo(999);
            assertThat(engine.readEvents(null, false).count())
                    .as("positions continue after the engine's own")
                    .isEqualTo(1_051);
            engine.appendEvents(List.of(GenericEventMessage.asEventMessage("written by the engine after seeding")));
            assertThat(engine.readEvents(null, false).count()).isEqualTo(1_052);
        }
    }

    private List<String> seed(long seed) throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory(0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoDatabase db = client.getDatabase("seed");
            Seeder seeder = new Seeder(new EventLog(EventLog.AXON_MONGO, db), EVENTS, seed, 10);
            seeder.startClockAt(Instant.parse("2026-01-01T00:00:00Z"));
            Seeder.SeededTheme theme = seeder.theme(
                    new MunicipalityCode("GM9901"),
                    new BuurtCode("BU99010001"),
                    "Thema",
                    LocalDate.of(2023, 1, 2),
                    1_000,
                    50);
            assertThat(theme.themeEvents()).isEqualTo(1_000);
            assertThat(db.getCollection("domainevents").countDocuments()).isEqualTo(1_050);

            List<Document> events = db.getCollection("domainevents")
                    .find(Filters.eq("aggregateIdentifier", theme.themeId()))
                    .sort(Sorts.ascending("sequenceNumber"))
                    .into(new ArrayList<>());
            List<String> payloads = new ArrayList<>();
            LocalDate latest = LocalDate.MIN;
            int backdated = 0;
            int shifts = 0;
            for (int i = 0; i < events.size(); i++) {
                Document e = events.get(i);
                assertThat(e.getLong("sequenceNumber")).isEqualTo(i);
                Object payload = EVENTS.readValue(
                        e.getString("serializedPayload"),
                        nl.netwerkregie.events.EventTypes.forName(e.getString("payloadType"))
                                .orElseThrow());
                assertThat(e.getString("payloadRevision"))
                        .isEqualTo(payload.getClass()
                                .getAnnotation(org.axonframework.serialization.Revision.class)
                                .value());
                if (i == 0) {
                    assertThat(payload).isInstanceOf(ThemeNamed.class);
                }
                if (payload instanceof PositionShifted shift) {
                    shifts++;
                    assertThat(shift.taken().isEmpty() && shift.left().isEmpty())
                            .isFalse();
                    if (shift.effectiveDate().isBefore(latest)) {
                        backdated++;
                    }
                    latest = shift.effectiveDate().isAfter(latest) ? shift.effectiveDate() : latest;
                }
                payloads.add(e.getString("serializedPayload"));
            }
            assertThat(backdated).as("shifts recorded back-dated").isBetween(shifts / 20, shifts / 5);
            return payloads;
        }
    }
}
