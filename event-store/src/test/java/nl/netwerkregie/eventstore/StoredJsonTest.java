package nl.netwerkregie.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * The tree built from a stored document is the tree Jackson reads from the document's relaxed extended JSON, which is
 * what the serializer read before: generated documents with every kind of value, nested, and the values our events
 * never hold (dates, decimals, object ids, infinities), which take the JSON text's way.
 */
class StoredJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStoredDocumentGivesTheTreeOfItsJsonText() throws Exception {
        Random random = new Random(20261205);
        for (int i = 0; i < 2_000; i++) {
            Document stored = document(random, 0);
            JsonNode expected = JSON.readTree(EventCommits.toJson(stored));
            assertThat(StoredJson.tree(stored)).as(stored.toJson()).isEqualTo(expected);
        }
    }

    @Test
    void aValueStoredAsJsonTextIsReadAsThatText() throws Exception {
        for (String text : List.of("\"a text\"", "42", "[1,\"b\",null]", "true", "null")) {
            assertThat(StoredJson.tree(text)).isEqualTo(JSON.readTree(text));
        }
        assertThat(StoredJson.tree(null)).isNull();
    }

    @Test
    void anEventsPayloadIsHandedToTheSerializerAsATree() {
        Document event = new Document(EventCommits.SEQUENCE, 3L)
                .append(EventCommits.EVENT_IDENTIFIER, "e-1")
                .append(EventCommits.TIMESTAMP, "2026-12-05T09:00:00Z")
                .append(EventCommits.PAYLOAD_TYPE, "ThemeNamed")
                .append(EventCommits.PAYLOAD_REVISION, "2")
                .append(EventCommits.PAYLOAD, new Document("name", "Thema").append("buurten", List.of("BU1")))
                .append(EventCommits.META_DATA, new Document("traceId", "t"));
        Document commit =
                new Document(EventCommits.AGGREGATE_TYPE, "Theme").append(EventCommits.AGGREGATE_IDENTIFIER, "a-1");

        var data = EventCommits.toEventData(commit, event);

        assertThat(data.getPayload().getContentType()).isEqualTo(JsonNode.class);
        assertThat(data.getPayload().getType().getName()).isEqualTo("ThemeNamed");
        assertThat(data.getPayload().getType().getRevision()).isEqualTo("2");
        assertThat(data.getPayload().getData().get("buurten").get(0).asText()).isEqualTo("BU1");
        assertThat(data.getMetaData().getContentType()).isEqualTo(JsonNode.class);
        assertThat(data.getMetaData().getData().get("traceId").asText()).isEqualTo("t");
        assertThat(data.getTimestamp()).isEqualTo(java.time.Instant.parse("2026-12-05T09:00:00Z"));
        assertThat(data.getAggregateIdentifier()).isEqualTo("a-1");
        assertThat(data.getSequenceNumber()).isEqualTo(3L);
        assertThat(data.getType()).isEqualTo("Theme");
    }

    private static Document document(Random random, int depth) {
        Document d = new Document();
        int fields = random.nextInt(depth == 0 ? 8 : 4);
        for (int f = 0; f < fields; f++) {
            d.append("f" + f + (random.nextBoolean() ? "é\"\\ " : ""), value(random, depth));
        }
        return d;
    }

    private static Object value(Random random, int depth) {
        switch (random.nextInt(depth > 2 ? 13 : 15)) {
            case 0:
                return null;
            case 1:
                return "tekst " + random.nextInt() + (random.nextBoolean() ? "\n\t\u00e9\u20ac\"\\/" : "");
            case 2:
                return random.nextInt();
            case 3:
                return random.nextBoolean() ? random.nextLong() : (long) random.nextInt(1000);
            case 4:
                return random.nextDouble() * 1e6;
            case 5:
                return (double) random.nextInt(100);
            case 6:
                return random.nextBoolean();
            case 7:
                return new java.util.Date(random.nextInt(Integer.MAX_VALUE) * 1000L);
            case 8:
                return new Decimal128(new java.math.BigDecimal("12.345"));
            case 9:
                return new ObjectId();
            case 10:
                return random.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
            case 11:
                return -0.0d;
            case 12:
                return "";
            case 13:
                return document(random, depth + 1);
            default:
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(value(random, depth + 1));
                }
                return list;
        }
    }
}
