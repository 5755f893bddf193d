package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A retry with the same Idempotency-Key gets the first answer and records nothing, also on another instance. */
class IdempotencyTest {
    private static final String THEMES = "/v1/municipalities/GM0274/themes";
    private static final String BODY =
            "{\"name\":\"Eenmalig\",\"story\":\"Een keer vastleggen\",\"buurten\":[\"BU02740101\"],"
                    + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"}}";
    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void aRetryOnAnotherInstanceGetsTheFirstAnswerAndRecordsNothing() {
        String other = system.startAnotherCommandService();
        RunningSystem.Response first = post(system.commandUrl(), "key-1", BODY);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        long events = system.storedEvents();

        RunningSystem.Response retry = post(other, "key-1", BODY);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(retry.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(system.storedEvents()).isEqualTo(events);
        assertThat(system.storedEventList().stream()
                        .filter(e -> e.toJson().contains("Eenmalig"))
                        .count())
                .isEqualTo(1);

        RunningSystem.Response otherBody = post(other, "key-1", BODY.replace("Eenmalig", "Anders"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.contentType()).startsWith("application/problem+json");
        assertThat(system.storedEvents()).isEqualTo(events);

        RunningSystem.Response refused = post(system.commandUrl(), "key-2", BODY.replace("BU02740101", "BU02020101"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(post(other, "key-2", BODY.replace("BU02740101", "BU02020101"))
                        .body())
                .isEqualTo(refused.body());

        RunningSystem.Response fresh = post(other, "key-3", BODY);
        assertThat(fresh.status()).isEqualTo(201);
        assertThat(fresh.body()).isNotEqualTo(first.body());
        assertThat(post(other, "not a key!", BODY).status()).isEqualTo(400);
    }

    @Test
    void aKeyIsScopedByMunicipalityAndAccountAndBodiesCompareAsJson() {
        String body = BODY.replace("Eenmalig", "Per account");
        RunningSystem.Response first = post(system.commandUrl(), THEMES, "ontwikkelaar", "x:K", body);
        assertThat(first.status()).isEqualTo(201);
        // the same key by another account, and the same account and key in another municipality, are new requests
        RunningSystem.Response otherAccount = post(system.commandUrl(), THEMES, "regievoerder-renkum", "x:K", body);
        assertThat(otherAccount.status()).isEqualTo(201);
        assertThat(otherAccount.headers().firstValue("Idempotent-Replayed")).isEmpty();
        RunningSystem.Response otherMunicipality = post(
                system.commandUrl(),
                "/v1/municipalities/GM0202/themes",
                "ontwikkelaar",
                "x:K",
                body.replace("BU02740101", "BU02020101"));
        assertThat(otherMunicipality.status()).isEqualTo(201);
        assertThat(otherMunicipality.headers().firstValue("Idempotent-Replayed"))
                .isEmpty();
        long events = system.storedEvents();
        // the same JSON with its keys in another order and other whitespace is the same request
        String reordered = "{ \"developmentPeriod\": {\"end\":\"2026-12-31\", \"start\":\"2024-01-01\"},\n"
                + "  \"buurten\": [\"BU02740101\"], \"story\": \"Een keer vastleggen\", \"name\": \"Per account\" }";
        RunningSystem.Response retry = post(system.commandUrl(), THEMES, "ontwikkelaar", "x:K", reordered);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(system.storedEvents()).isEqualTo(events);
    }

    private static RunningSystem.Response post(String base, String key, String body) {
        return post(base, THEMES, IdentityProvider.DEVELOPER, key, body);
    }

    private static RunningSystem.Response post(String base, String path, String account, String key, String body) {
        return system.sendAs(
                account,
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
