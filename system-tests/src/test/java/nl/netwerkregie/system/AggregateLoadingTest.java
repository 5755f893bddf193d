package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Themes loaded from snapshots and from the aggregate cache judge every rule as a theme rebuilt from
 * all its events would: the first command-service instance has no cache and snapshots every three
 * events, the second caches, and neither may judge on state the other has moved on.
 */
class AggregateLoadingTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static RunningSystem.Response shift(String base, String theme, String body) {
        return system.send(HttpRequest.newBuilder(URI.create(base + GM + "/themes/" + theme + "/position-shifts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void snapshotsAndTheCacheJudgeAsTheFullHistoryDoes() throws Exception {
        String theme = system.post(
                        GM + "/themes",
                        "{\"name\":\"Snapshots\",\"story\":\"Veel verschuivingen\",\"buurten\":[\"BU02740101\"],"
                                + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"},\"effectiveDate\":\"2024-01-02\"}")
                .json()
                .get("themeId")
                .asText();
        String actor = system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Buurthuis\"}")
                .json()
                .get("actorId")
                .asText();
        String first = system.commandUrl();
        for (int month = 2; month <= 11; month++) {
            String body = "{\"actorId\":\"" + actor + "\",\"" + (month % 2 == 0 ? "take" : "leave")
                    + "\":[\"PARTNER\"],\"effectiveDate\":\"2024-" + String.format("%02d", month) + "-01\"}";
            assertThat(shift(first, theme, body).status()).as(body).isEqualTo(200);
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        Document snapshot = null;
        while (System.nanoTime() < deadline && snapshot == null) {
            snapshot = system.db()
                    .getCollection("events_snapshots")
                    .find(new Document("_id", theme))
                    .first();
            Thread.sleep(20);
        }
        assertThat(snapshot).as("a snapshot of the theme").isNotNull();

        // back-dated, judged on the theme as loaded from its snapshot: PARTNER was not held in January
        RunningSystem.Response refused = shift(
                first,
                theme,
                "{\"actorId\":\"" + actor + "\",\"leave\":[\"PARTNER\"],\"effectiveDate\":\"2024-01-15\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("position-not-held");
        // held between October and November
        assertThat(shift(
                                first,
                                theme,
                                "{\"actorId\":\"" + actor + "\",\"take\":[\"USER\"],\"effectiveDate\":\"2024-10-15\"}")
                        .status())
                .isEqualTo(200);

        // the caching instance loads the theme once, then the first instance moves it on
        String caching = system.startAnotherCommandService();
        assertThat(shift(caching, theme, "{\"actorId\":\"" + actor + "\",\"take\":[\"SUPPLIER\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(shift(first, theme, "{\"actorId\":\"" + actor + "\",\"take\":[\"INITIATOR\"]}")
                        .status())
                .isEqualTo(200);
        // a stale cache would refuse this as position-not-held
        RunningSystem.Response leave =
                shift(caching, theme, "{\"actorId\":\"" + actor + "\",\"leave\":[\"INITIATOR\"]}");
        assertThat(leave.status()).as(leave.body()).isEqualTo(200);
        // and one that would be accepted on stale state is refused
        RunningSystem.Response again = shift(first, theme, "{\"actorId\":\"" + actor + "\",\"take\":[\"INITIATOR\"]}");
        assertThat(again.status()).isEqualTo(200);
        RunningSystem.Response twice =
                shift(caching, theme, "{\"actorId\":\"" + actor + "\",\"take\":[\"INITIATOR\"]}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("position-already-held");
    }
}
