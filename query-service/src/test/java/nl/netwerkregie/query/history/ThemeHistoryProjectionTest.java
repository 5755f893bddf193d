package nl.netwerkregie.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.ThemeEvent;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.platform.json.JsonConfiguration;
import nl.netwerkregie.query.projection.Views;
import nl.netwerkregie.store.EmbeddedStore;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The history on the embedded store: an entry serves the event's payload exactly as the event is written. */
class ThemeHistoryProjectionTest {
    private static final ThemeId THEME = new ThemeId("00000000-0000-0000-0000-000000000001");
    private static final ActorId ACTOR = new ActorId("00000000-0000-0000-0000-0000000000a1");
    private final ObjectMapper json = JsonConfiguration.eventMapper();
    private EmbeddedStore store;
    private MongoClient client;
    private ThemeHistoryProjection history;

    @BeforeEach
    void setUp() {
        store = EmbeddedStore.inMemory(0);
        client = MongoClients.create(store.uri());
        history = new ThemeHistoryProjection(Views.fixed(client.getDatabase("history_test")), json);
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    @Test
    void anEntryServesThePayloadAsTheEventIsWritten() {
        ThemeNamed named = new ThemeNamed(
                THEME,
                new MunicipalityCode("GM0274"),
                new ThemeName("Zorg voor jeugd"),
                new Story("Verhaal"),
                List.of(new BuurtCode("BU02740101"), new BuurtCode("BU02740201")),
                new DevelopmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
                nl.netwerkregie.values.Recurrence.RECURRING,
                LocalDate.of(2024, 1, 10));
        PositionShifted shifted = new PositionShifted(
                THEME, ACTOR, Set.of(Position.USER, Position.PARTNER), Set.of(), LocalDate.of(2024, 2, 1));
        handle(named, 0);
        handle(shifted, 1);

        List<HistoryEntry> entries = history.range(THEME.value(), 0, 2);

        assertThat(entries).extracting(HistoryEntry::type).containsExactly("ThemeNamed", "PositionShifted");
        assertThat(entries).extracting(HistoryEntry::recordedBy).containsOnly("regie-1");
        assertThat((Object) json.valueToTree(entries.get(0).payload())).isEqualTo(json.valueToTree(named));
        assertThat((Object) json.valueToTree(entries.get(1).payload())).isEqualTo(json.valueToTree(shifted));
        assertThat(history.head(THEME.value()).orElseThrow().events()).isEqualTo(2);
    }

    private void handle(ThemeEvent event, long seq) {
        history.on(
                event,
                new GenericDomainEventMessage<>(
                        "Theme", THEME.value(), seq, event, MetaData.with("recordedBy", "regie-1")));
    }
}
