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
import nl.netwerkregie.platform.json.JsonConfiguration;
import nl.netwerkregie.store.EmbeddedStore;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class SeederTest {
    private static final ObjectMapper EVENTS = JsonConfiguration.eventMapper();

    @Test
    void writesAValidDeterministicHistoryInTheEngineFormat() throws Exception {
        List<String> first = seed(7);
        List<String> second = seed(7);
        assertThat(first).isEqualTo(second).hasSize(1_000);
        assertThat(seed(8)).isNotEqualTo(first);
    }

    private List<String> seed(long seed) throws Exception {
        try (EmbeddedStore store = EmbeddedStore.inMemory(0); MongoClient client = MongoClients.create(store.uri())) {
            MongoDatabase db = client.getDatabase("seed");
            Seeder seeder = new Seeder(db, EVENTS, seed, 10);
            seeder.startClockAt(Instant.parse("2026-01-01T00:00:00Z"));
            Seeder.SeededTheme theme = seeder.theme(new MunicipalityCode("GM9901"), new BuurtCode("BU99010001"),
                    "Thema", LocalDate.of(2023, 1, 2), 1_000, 50);
            assertThat(theme.themeEvents()).isEqualTo(1_000);
            assertThat(db.getCollection(Seeder.EVENTS).countDocuments()).isEqualTo(1_050);

            List<Document> events = db.getCollection(Seeder.EVENTS).find(Filters.eq("aggregateIdentifier", theme.themeId()))
                    .sort(Sorts.ascending("sequenceNumber")).into(new ArrayList<>());
            List<String> payloads = new ArrayList<>();
            LocalDate latest = LocalDate.MIN;
            int backdated = 0;
            int shifts = 0;
            for (int i = 0; i < events.size(); i++) {
                Document e = events.get(i);
                assertThat(e.getLong("sequenceNumber")).isEqualTo(i);
                Object payload = EVENTS.readValue(e.getString("serializedPayload"), Class.forName(e.getString("payloadType")));
                assertThat(e.getString("payloadRevision")).isEqualTo("1");
                if (i == 0) {
                    assertThat(payload).isInstanceOf(ThemeNamed.class);
                }
                if (payload instanceof PositionShifted shift) {
                    shifts++;
                    assertThat(shift.taken().isEmpty() && shift.left().isEmpty()).isFalse();
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
