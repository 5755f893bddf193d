package nl.netwerkregie.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** {@link InstantText} writes exactly what Jackson's own serializer of instants writes, only faster. */
class InstantTextTest {
    private static final int[] NANOS = {0, 1, 999_999_999, 500_000_000, 123_000_000, 123_400_000, 123_456_000, 1_000};

    @Test
    void writesTheTextOfIsoInstantForEveryKindOfInstant() {
        Random random = new Random(42);
        long min = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long seconds = min + (long) (random.nextDouble() * (max - min));
            int nano = i % 3 == 0 ? random.nextInt(1_000_000_000) : NANOS[random.nextInt(NANOS.length)];
            Instant instant = Instant.ofEpochSecond(seconds, nano);
            assertThat(InstantText.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
        for (String edge : List.of(
                "1000-01-01T00:00:00Z",
                "0999-12-31T23:59:59.999999999Z",
                "9999-12-31T23:59:59.999Z",
                "+10000-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.000001Z",
                "2024-02-29T12:00:00.100Z")) {
            Instant instant = Instant.parse(edge);
            assertThat(InstantText.format(instant)).isEqualTo(edge).isEqualTo(instant.toString());
        }
    }

    @Test
    void theResponseMapperWritesInstantsWithItAsJacksonWouldHave() throws Exception {
        // as Spring Boot builds the mapper of requests and responses from the module beans (dates as text)
        ObjectMapper responses = Jackson2ObjectMapperBuilder.json()
                .modulesToInstall(InstantText.module())
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        ObjectMapper jackson = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(responses.getSerializerProviderInstance().findValueSerializer(Instant.class))
                .isInstanceOf(InstantText.class);
        Instant instant = Instant.parse("2026-12-05T17:04:19.123400Z");
        record Recorded(Instant recordedAt, List<Instant> more) {}
        Recorded value = new Recorded(instant, List.of(instant.plusNanos(1), Instant.EPOCH));
        assertThat(responses.writeValueAsString(value)).isEqualTo(jackson.writeValueAsString(value));
        assertThat(responses
                        .copy()
                        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writeValueAsString(instant))
                .isEqualTo(jackson.copy()
                        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writeValueAsString(instant));
    }
}
