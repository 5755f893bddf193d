package nl.netwerkregie.query.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import nl.netwerkregie.platform.json.InstantText;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * A history page written from the stored bytes is, byte for byte, what the response mapper writes for the records made
 * from the same documents: texts that need escaping, absent and null fields, every kind of value a payload holds
 * (nested documents and lists, whole numbers of both sizes, fractions, truth values, nulls) and kinds it never holds
 * (a date, a decimal, an object id), recording times with and without fractions.
 */
class HistoryJsonTest {
    private static final String[] TEXTS = {
        "Wijkteam Noord", "Zoë \"de\" Vries", "regel\neen\ttab \\ schuin", "\u0001 stuur", "emoji \uD83C\uDF31", ""
    };
    private static final Codec<Document> DOCUMENTS = new DocumentCodec();

    /** The response mapper's settings: ISO dates, absent values left out, the same modules. */
    private static Jackson2ObjectMapperBuilder responses() {
        return Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .modules(new JavaTimeModule(), new BlackbirdModule(), InstantText.module());
    }

    @Test
    void storedEntriesAreWrittenAsTheMapperWritesTheirRecords() throws Exception {
        ObjectMapper mapper = responses().build();
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<RawBsonDocument> stored = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(5); i++) {
                stored.add(new RawBsonDocument(entry(random, round * 10L + i), DOCUMENTS));
            }
            StoredEntries entries = new StoredEntries(stored, DOCUMENTS);
            List<HistoryEntry> records = new ArrayList<>(entries); // each made from its document, the general way
            assertThat(records.getClass()).isNotEqualTo(StoredEntries.class);

            String byHand = mapper.writeValueAsString(entries);

            assertThat(byHand).isEqualTo(mapper.writeValueAsString(records));
            HistoryPage page = new HistoryPage("GM0274", "t", 1, 5, 5, 1, entries, null);
            HistoryPage general = new HistoryPage("GM0274", "t", 1, 5, 5, 1, records, null);
            assertThat(mapper.writeValueAsString(page)).isEqualTo(mapper.writeValueAsString(general));
        }
        // the stored entries really take the other writer: the checks above compare two, not one with itself
        assertThat(mapper.getSerializerProviderInstance()
                        .findValueSerializer(StoredEntries.class)
                        .getClass())
                .isEqualTo(HistoryJson.class);
    }

    @Test
    void aMapperThatWritesOtherwiseGetsTheRecords() throws Exception {
        Random random = new Random(3);
        List<RawBsonDocument> stored = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stored.add(new RawBsonDocument(entry(random, i), DOCUMENTS));
        }
        StoredEntries entries = new StoredEntries(stored, DOCUMENTS);
        List<HistoryEntry> records = new ArrayList<>(entries);
        ObjectMapper timestamps = responses()
                .featuresToEnable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        ObjectMapper nulls =
                responses().serializationInclusion(JsonInclude.Include.ALWAYS).build();
        ObjectMapper indented =
                responses().featuresToEnable(SerializationFeature.INDENT_OUTPUT).build();
        for (ObjectMapper other : List.of(timestamps, nulls, indented)) {
            assertThat(other.writeValueAsString(entries)).isEqualTo(other.writeValueAsString(records));
        }
        // and those really write otherwise: the records' dates as numbers, nulls present
        assertThat(timestamps.writeValueAsString(entries)).doesNotContain("\"effectiveDate\":\"");
        assertThat(nulls.writeValueAsString(entries)).contains("null");
    }

    @Test
    void theEntriesReadAsRecordsInTheirOrder() {
        Random random = new Random(8);
        List<RawBsonDocument> stored = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stored.add(new RawBsonDocument(entry(random, 40 + i), DOCUMENTS));
        }
        StoredEntries entries = new StoredEntries(stored, DOCUMENTS);

        assertThat(entries).extracting(HistoryEntry::sequence).containsExactly(40L, 41L, 42L);
        assertThat(entries.get(1).effectiveDate())
                .isEqualTo(
                        LocalDate.parse(stored.get(1).getString("effectiveDate").getValue()));
    }

    @Test
    void anEntrysIdPadsItsSequenceToTenDigits() {
        for (long sequence : new long[] {0, 7, 42, 1_234_567_890L, 12_345_678_901L}) {
            assertThat(ThemeHistoryProjection.id("t", sequence)).isEqualTo("t:" + String.format("%010d", sequence));
        }
    }

    /** A document as the projection stores it, with text and payloads drawn at random. */
    private static Document entry(Random random, long sequence) {
        Instant recorded = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000))
                .plusNanos(
                        switch (random.nextInt(4)) {
                            case 0 -> 0;
                            case 1 -> random.nextInt(1000) * 1_000_000L;
                            case 2 -> random.nextInt(1_000_000) * 1_000L;
                            default -> random.nextInt(1_000_000_000);
                        });
        return new Document("_id", "t:" + String.format("%010d", sequence))
                .append("themeId", "t")
                .append("municipality", "GM0274")
                .append("sequence", sequence)
                .append("eventId", "event-" + sequence)
                .append("type", random.nextBoolean() ? "PositionShifted" : text(random))
                .append("revision", random.nextBoolean() ? null : String.valueOf(1 + random.nextInt(3)))
                .append(
                        "effectiveDate",
                        LocalDate.of(1990, 1, 1)
                                .plusDays(random.nextInt(30_000))
                                .toString())
                .append("recordedAt", recorded.toString())
                .append("recordedBy", random.nextInt(5) == 0 ? null : text(random))
                .append("reason", random.nextBoolean() ? null : text(random))
                .append("correlationId", random.nextInt(5) == 0 ? null : "corr-" + random.nextInt(100))
                .append("payload", random.nextInt(20) == 0 ? null : payload(random, 0));
    }

    private static Document payload(Random random, int depth) {
        Document d = new Document();
        for (int i = 0; i < random.nextInt(6); i++) {
            d.append(text(random) + i, value(random, depth));
        }
        return d;
    }

    private static Object value(Random random, int depth) {
        return switch (random.nextInt(depth < 3 ? 14 : 11)) {
            case 0 -> text(random);
            case 1 -> random.nextInt();
            case 2 -> random.nextLong();
            case 3 -> random.nextDouble() * 1e6;
            case 4 -> (double) random.nextInt(10);
            case 5 -> random.nextBoolean();
            case 6 -> null;
            case 7 -> new Date(1_700_000_000_000L + random.nextInt());
            case 8 -> new Decimal128(random.nextInt(1000));
            case 9 -> new ObjectId();
            case 10 -> Double.NaN;
            case 11, 12 -> payload(random, depth + 1);
            default -> {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < random.nextInt(4); i++) {
                    list.add(value(random, depth + 1));
                }
                yield list;
            }
        };
    }

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }
}
