package nl.netwerkregie.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/**
 * Every published event type, at every revision up to its current one, has a fixture of its stored
 * form in {@code stored-events/<Type>.<revision>.json}; {@code platform}'s {@code StoredEventsTest} reads
 * each one through the running serializer and upcaster chain.
 */
class EventFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = EventFixturesTest.class.getResourceAsStream("/stored-events/" + name)) {
            return in == null ? null : JSON.readTree(in);
        }
    }

    @Test
    void everyEventTypeAndRevisionHasAFixtureOfItsStoredForm() throws IOException {
        for (Class<?> type : EventTypes.ALL) {
            Revision revision = type.getAnnotation(Revision.class);
            assertThat(revision).as(type.getSimpleName() + " has a @Revision").isNotNull();
            int current = Integer.parseInt(revision.value());
            for (int r = 1; r <= current; r++) {
                JsonNode fixture = fixture(type.getSimpleName() + "." + r + ".json");
                assertThat(fixture)
                        .as("fixture of " + type.getSimpleName() + " revision " + r)
                        .isNotNull();
                assertThat(fixture.get("type").asText()).isEqualTo(type.getSimpleName());
                assertThat(fixture.get("revision").asText()).isEqualTo(String.valueOf(r));
                assertThat(fixture.get("payload").isObject()).isTrue();
            }
        }
    }

    @Test
    void storedNamesAreUniqueAndTheFormerClassNamesStillResolve() {
        Set<String> names = new HashSet<>();
        for (Class<?> type : EventTypes.ALL) {
            String name = EventTypes.nameOf(type).orElseThrow();
            assertThat(names.add(name)).as("unique stored name " + name).isTrue();
            assertThat(EventTypes.forName(name)).contains(type);
            assertThat(EventTypes.forName(type.getName())).contains(type);
        }
        assertThat(EventTypes.nameOf(String.class)).isEmpty();
        assertThat(EventTypes.forName("java.lang.String")).isEmpty();
        assertThat(EventTypes.forName("nl.netwerkregie.events.NoSuchEvent")).isEmpty();
    }
}
