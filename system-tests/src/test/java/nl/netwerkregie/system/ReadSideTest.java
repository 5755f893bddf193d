package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read side as a caller meets it: an actor who is only invited shows in the network, the
 * {@code Host} header is never echoed back, and a rebuild started on one of two processing
 * query-service instances is taken up by both and leaves every read as it was.
 */
class ReadSideTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;
    private static String theme;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        theme = system.post(
                        GM + "/themes",
                        "{\"name\":\"Uitnodigingen\",\"story\":\"Wie doet er mee\","
                                + "\"buurten\":[\"BU02740101\"],\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"},"
                                + "\"effectiveDate\":\"2024-01-02\"}")
                .json()
                .get("themeId")
                .asText();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void anActorWhoIsOnlyInvitedShowsInTheNetworkWithTheInvitation() {
        String actor = system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Wijkcentrum\"}")
                .json()
                .get("actorId")
                .asText();
        RunningSystem.Response invited = system.post(
                GM + "/themes/" + theme + "/position-invitations",
                "{\"actorId\":\"" + actor + "\",\"position\":\"PARTNER\",\"effectiveDate\":\"2024-03-01\"}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        String network = GM + "/themes/" + theme + "/network?date=2024-03-02";
        JsonNode view = system.await(network, r -> r.status() == 200 && r.body().contains(actor))
                .json();
        JsonNode entry = null;
        for (JsonNode a : view.get("actors")) {
            if (a.get("actorId").asText().equals(actor)) {
                entry = a;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("positions")).isEmpty();
        assertThat(entry.get("invitations").get(0).get("position").asText()).isEqualTo("PARTNER");
        assertThat(system.get(GM + "/themes/" + theme + "/network?date=2024-02-28")
                        .body())
                .doesNotContain(actor);
    }

    /**
     * The history keeps a theme's head in memory per version: every new event must still show at once, with the
     * {@code ETag} naming the version of the last event the page counts, never one it does not hold.
     */
    @Test
    void theHistoryCountsEveryNewEventAndItsEtagNamesTheLastOneItHolds() {
        String own = system.post(
                        GM + "/themes",
                        "{\"name\":\"Geschiedenis\",\"story\":\"Een\",\"buurten\":[\"BU02740101\"],"
                                + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"},"
                                + "\"effectiveDate\":\"2024-01-02\"}")
                .json()
                .get("themeId")
                .asText();
        String history = GM + "/themes/" + own + "/history?pageSize=2&page=";
        RunningSystem.Response first = system.await(history + 1, r -> r.status() == 200);
        long total = first.json().get("total").asLong();
        for (int i = 1; i <= 4; i++) {
            RunningSystem.Response told =
                    system.put(GM + "/themes/" + own + "/story", "{\"story\":\"Versie " + i + "\"}");
            assertThat(told.status()).as(told.body()).isEqualTo(200);
            String token = told.json().get("consistencyToken").asText();
            long pages = (total + i + 1) / 2;
            RunningSystem.Response last = system.get(history + pages + "&consistencyToken=" + token);
            assertThat(last.status()).as(last.body()).isEqualTo(200);
            JsonNode page = last.json();
            assertThat(page.get("total").asLong()).isEqualTo(total + i);
            JsonNode events = page.get("events");
            long lastSequence = events.get(events.size() - 1).get("sequence").asLong();
            assertThat(lastSequence).isEqualTo(total + i - 1);
            assertThat(events.get(events.size() - 1).get("payload").get("story").asText())
                    .isEqualTo("Versie " + i);
            assertThat(last.headers().firstValue("ETag")).contains("\"" + lastSequence + "\"");
            // read again without a token: the same head, now from memory
            assertThat(system.get(history + pages).json().get("total").asLong()).isEqualTo(total + i);
        }
    }

    @Test
    void theHostHeaderIsNeverEchoed() {
        for (String base : new String[] {system.commandUrl(), system.queryUrl()}) {
            for (String path : new String[] {
                "/actuator",
                "/actuator/health",
                "/v1/openapi.json",
                "/v1/no-such-thing",
                "/v1/municipalities/GM0274/themes/" + theme + "/nothing"
            }) {
                RunningSystem.Response r = system.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("X-Forwarded-Host", "evil.example.org")
                        .GET());
                assertThat(r.body()).as(base + path).doesNotContain("evil.example.org");
            }
        }
        // the Host header itself, on a raw socket (java.net.http does not let a caller set it)
        for (String base : new String[] {system.commandUrl(), system.queryUrl()}) {
            for (String path : new String[] {"/actuator", "/v1/no-such-thing"}) {
                try {
                    BadInputCorpusTest.RawResponse raw = BadInputCorpusTest.RawResponse.exchange(
                            base, "GET " + path + " HTTP/1.1\r\nHost: evil.example.org\r\nConnection: close\r\n\r\n");
                    assertThat(raw.toString()).as(base + path).doesNotContain("evil.example.org");
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Test
    void aRebuildStartedOnOneOfTwoProcessingInstancesIsTakenUpByBoth() {
        String other = system.startAnotherQueryService();
        String history = GM + "/themes/" + theme + "/history?pageSize=100";
        String before = system.await(history, r -> r.status() == 200).body();
        int generation =
                system.get("/v1/projections/history").json().get("generation").asInt();
        RunningSystem.Response started =
                system.send(HttpRequest.newBuilder(URI.create(other + "/v1/projections/history/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(started.status()).isEqualTo(202);
        system.await("/v1/projections/history", r -> r.json().get("generation").asInt() == generation + 1);
        long deadline = System.nanoTime() + 30_000_000_000L;
        int otherGeneration = -1;
        while (System.nanoTime() < deadline && otherGeneration != generation + 1) {
            otherGeneration = system.send(HttpRequest.newBuilder(URI.create(other + "/v1/projections/history"))
                            .GET())
                    .json()
                    .get("generation")
                    .asInt();
        }
        assertThat(otherGeneration).isEqualTo(generation + 1);
        assertThat(system.get(history).body()).isEqualTo(before);
        assertThat(system.send(HttpRequest.newBuilder(URI.create(other + history))
                                .GET())
                        .body())
                .isEqualTo(before);
    }
}
