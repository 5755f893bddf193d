package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two command-service instances on one store, many concurrent writers on one theme: every accepted
 * command is in the event store exactly once, every refused one is 409, and the views equal a replay.
 */
class ConcurrentWritersTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 12;
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
    void concurrentWritersOnTwoInstancesLoseNothingAndDuplicateNothing() throws Exception {
        List<String> instances = List.of(system.commandUrl(), system.startAnotherCommandService());
        String theme = system.post(
                        GM + "/themes",
                        "{\"name\":\"Drukte\",\"story\":\"Veel schrijvers\",\"buurten\":[\"BU02740101\"],"
                                + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"},\"effectiveDate\":\"2024-01-02\"}")
                .json()
                .get("themeId")
                .asText();
        List<String> actors = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            actors.add(system.post(
                            GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Schrijver " + i + "\"}")
                    .json()
                    .get("actorId")
                    .asText());
        }
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String actor = actors.get(w);
            String base = instances.get(w % 2);
            writers.add(pool.submit(() -> {
                boolean holds = false;
                for (int i = 0; i < WRITES_EACH; i++) {
                    String body = "{\"actorId\":\"" + actor + "\",\"" + (holds ? "leave" : "take") + "\":[\"USER\"]}";
                    RunningSystem.Response r = system.send(
                            HttpRequest.newBuilder(URI.create(base + GM + "/themes/" + theme + "/position-shifts"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)));
                    statuses.add(r.status());
                    if (r.status() == 200) {
                        holds = !holds;
                    } else {
                        refusals.add(r.body());
                    }
                }
            }));
        }
        for (Future<?> f : writers) {
            f.get();
        }
        pool.shutdown();

        long accepted = statuses.stream().filter(s -> s == 200).count();
        assertThat(statuses).hasSize(WRITERS * WRITES_EACH).allMatch(s -> s == 200 || s == 409);
        assertThat(refusals).allMatch(b -> b.contains("concurrent-modification"));
        List<Document> events = system.storedEventList().stream()
                .filter(e -> theme.equals(e.getString("aggregateIdentifier")))
                .toList();
        assertThat(events.stream()
                        .filter(e -> e.getString("payloadType").endsWith("PositionShifted"))
                        .count())
                .as("every accepted command stored exactly once")
                .isEqualTo(accepted);
        assertThat(events.stream()
                        .map(e -> ((Number) e.get("sequenceNumber")).longValue())
                        .distinct()
                        .count())
                .isEqualTo(events.size());
        System.out.println("Concurrent writers: " + accepted + " accepted, " + (statuses.size() - accepted)
                + " refused with 409, over two command-service instances");

        String history = GM + "/themes/" + theme + "/history?pageSize=500";
        String network = GM + "/themes/" + theme + "/network";
        system.await(history, r -> r.status() == 200 && r.json().get("total").asLong() == events.size());
        String viewsBefore = system.get(history).body() + system.get(network).body();
        assertThat(system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/replays"))
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .status())
                .isEqualTo(202);
        system.await(
                history,
                r -> r.status() == 200 && (r.body() + system.get(network).body()).equals(viewsBefore));
    }
}
