package nl.netwerkregie.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.netwerkregie.events.EventTypes;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.eventstore.EventCommits;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stored-event fixture of {@code shared-events} is read as the running engines read events: as a
 * stored entry, through the upcaster chain and {@link StoredFormSerializer}. Read back, it is the event
 * type the fixture names, and written again it is exactly the fixture's payload (today's writer writes
 * the form that is stored). Events stored under their former class names, and events that today's
 * input rules would refuse, are read as recorded.
 */
class StoredEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StoredFormSerializer SERIALIZER = StoredFormSerializer.create();
    /** The chain the services build from their upcaster beans, in their order. */
    private static final EventUpcasterChain UPCASTERS = new EventUpcasterChain(allUpcasters());

    /** Every upcaster bean method of {@link Upcasters}, in the order of its {@code @Order}. */
    private static List<org.axonframework.serialization.upcasting.event.EventUpcaster> allUpcasters() {
        return java.util.Arrays.stream(Upcasters.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(org.springframework.context.annotation.Bean.class))
                .sorted(java.util.Comparator.comparingInt(
                        m -> m.getAnnotation(org.springframework.core.annotation.Order.class)
                                .value()))
                .map(m -> {
                    try {
                        return (org.axonframework.serialization.upcasting.event.EventUpcaster) m.invoke(null);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The fixture of every event type at its current revision. */
    static Stream<String> fixtures() {
        return EventTypes.ALL.stream().map(t -> t.getSimpleName() + "." + revision(t) + ".json");
    }

    /** The fixture of every earlier revision, with the fixture of the current one it must read as. */
    static Stream<org.junit.jupiter.params.provider.Arguments> olderRevisions() {
        return EventTypes.ALL.stream()
                .flatMap(t -> java.util.stream.IntStream.range(1, revision(t))
                        .mapToObj(r -> org.junit.jupiter.params.provider.Arguments.of(
                                t.getSimpleName() + "." + r + ".json",
                                t.getSimpleName() + "." + revision(t) + ".json")));
    }

    private static int revision(Class<?> type) {
        return Integer.parseInt(type.getAnnotation(org.axonframework.serialization.Revision.class)
                .value());
    }

    private static JsonNode fixture(String path) throws IOException {
        try (InputStream in = StoredEventsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return JSON.readTree(in);
        }
    }

    /**
     * The fixture read as the global-sequence engine reads a stored event: its payload stored as a BSON document,
     * handed over as a JSON tree ({@code EventCommits.toEventData}).
     */
    private static Object read(JsonNode fixture) {
        org.bson.Document event = new org.bson.Document(EventCommits.SEQUENCE, 0L)
                .append(EventCommits.EVENT_IDENTIFIER, "e-1")
                .append(EventCommits.TIMESTAMP, "2024-01-10T09:00:00Z")
                .append(EventCommits.PAYLOAD_TYPE, fixture.get("type").asText())
                .append(EventCommits.PAYLOAD_REVISION, fixture.get("revision").asText())
                .append(
                        EventCommits.PAYLOAD,
                        org.bson.Document.parse(fixture.get("payload").toString()))
                .append(EventCommits.META_DATA, new org.bson.Document());
        org.bson.Document commit = new org.bson.Document(EventCommits.AGGREGATE_TYPE, "Theme")
                .append(EventCommits.AGGREGATE_IDENTIFIER, "6f1c2b9e-3d4a-4b5c-8d7e-9f0a1b2c3d4e");
        return upcastAndRead(EventCommits.toEventData(commit, event));
    }

    /** The fixture read as Axon's own engines read a stored event: its payload as JSON text. */
    private static Object readAsText(JsonNode fixture) {
        return upcastAndRead(new GenericDomainEventEntry<>(
                "Theme",
                "6f1c2b9e-3d4a-4b5c-8d7e-9f0a1b2c3d4e",
                0,
                "e-1",
                Instant.parse("2024-01-10T09:00:00Z"),
                fixture.get("type").asText(),
                fixture.get("revision").asText(),
                fixture.get("payload").toString(),
                "{}"));
    }

    private static Object upcastAndRead(org.axonframework.eventhandling.EventData<?> entry) {
        IntermediateEventRepresentation upcasted = UPCASTERS
                .upcast(Stream.of(new InitialEventRepresentation(entry, SERIALIZER)))
                .findFirst()
                .orElseThrow();
        return SERIALIZER.deserialize(upcasted.getData());
    }

    /** Read as a tree or as text, every fixture (and every earlier revision, upcast) is the same event. */
    @ParameterizedTest
    @MethodSource("everyFixture")
    void aStoredEventReadsTheSameAsATreeAndAsText(String name) throws IOException {
        JsonNode fixture = fixture("/stored-events/" + name);
        assertThat(read(fixture)).isEqualTo(readAsText(fixture));
    }

    static Stream<String> everyFixture() {
        return Stream.concat(fixtures(), olderRevisions().map(a -> (String) a.get()[0]));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureIsReadAndWrittenBackInItsStoredForm(String name) throws IOException {
        JsonNode fixture = fixture("/stored-events/" + name);
        Object event = read(fixture);
        assertThat(EventTypes.nameOf(event.getClass()))
                .contains(fixture.get("type").asText());
        SerializedObject<String> written = SERIALIZER.serialize(event, String.class);
        assertThat(written.getType())
                .isEqualTo(new SimpleSerializedType(
                        fixture.get("type").asText(), fixture.get("revision").asText()));
        assertThat(JSON.readTree(written.getData())).isEqualTo(fixture.get("payload"));
    }

    /**
     * An event stored at an earlier revision is read through the upcaster chain as today's event: written
     * again it is the current revision's fixture (which holds the same facts plus what the upcaster adds).
     */
    @ParameterizedTest
    @MethodSource("olderRevisions")
    void everyEarlierRevisionIsUpcastToTheCurrentOne(String older, String current) throws IOException {
        Object event = read(fixture("/stored-events/" + older));
        JsonNode expected = fixture("/stored-events/" + current);
        SerializedObject<String> written = SERIALIZER.serialize(event, String.class);
        assertThat(written.getType().getRevision())
                .isEqualTo(expected.get("revision").asText());
        assertThat(JSON.readTree(written.getData())).isEqualTo(expected.get("payload"));
    }

    @Test
    void theUpcastersLeaveOtherTypesAndRevisionsAlone() throws IOException {
        JsonNode renamed = fixture("/stored-events/ThemeRenamed.1.json");
        assertThat(read(renamed)).isInstanceOf(ThemeRenamed.class);
        com.fasterxml.jackson.databind.node.ObjectNode oneOff =
                (com.fasterxml.jackson.databind.node.ObjectNode) fixture("/stored-events/ThemeNamed.2.json");
        ((com.fasterxml.jackson.databind.node.ObjectNode) oneOff.get("payload")).put("recurrence", "ONE_OFF");
        assertThat(((ThemeNamed) read(oneOff)).recurrence()).isEqualTo(nl.netwerkregie.values.Recurrence.ONE_OFF);
    }

    /** Stored forms of the current revision that the upcast fixtures do not show (values sealed with a person's key). */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"IngredientsAdded.2.sealed.json", "RemarkHeard.2.sealed.json"})
    void everyVariantOfAStoredFormIsReadAndWrittenBack(String name) throws IOException {
        JsonNode fixture = fixture("/stored-events-variants/" + name);
        Object event = read(fixture);
        SerializedObject<String> written = SERIALIZER.serialize(event, String.class);
        assertThat(written.getType().getRevision())
                .isEqualTo(fixture.get("revision").asText());
        assertThat(JSON.readTree(written.getData())).isEqualTo(fixture.get("payload"));
        assertThat(written.getData()).contains("sealedText\":{");
    }

    @Test
    void anEventStoredUnderItsFormerClassNameIsRead() throws IOException {
        Object event = read(fixture("/stored-events-legacy/ThemeNamed.class-name.json"));
        assertThat(event).isInstanceOf(ThemeNamed.class);
        assertThat(((ThemeNamed) event).name().value()).isEqualTo("Zorg voor jeugd");
    }

    @Test
    void anEventThatTodaysInputRulesWouldRefuseIsReadAsRecorded() throws IOException {
        ThemeRenamed renamed =
                (ThemeRenamed) read(fixture("/stored-events-legacy/ThemeRenamed.beyond-todays-rules.json"));
        assertThat(renamed.name().value()).hasSizeGreaterThan(200);
        ThemeNamed named = (ThemeNamed) read(fixture("/stored-events-legacy/ThemeNamed.beyond-todays-rules.json"));
        assertThat(named.name().value()).isEqualTo("\u200b");
        assertThat(named.buurten().get(0).value()).isEqualTo("BU0274");
        assertThat(named.developmentPeriod().end().getYear()).isEqualTo(2040);
    }

    @Test
    void theSameValuesMadeFromInputAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new nl.netwerkregie.values.ThemeName("\u200b"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new nl.netwerkregie.values.BuurtCode("BU0274"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
