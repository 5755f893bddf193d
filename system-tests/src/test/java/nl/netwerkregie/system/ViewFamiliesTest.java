package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each view family is built by its own processor: a stopped family leaves the others current, a
 * consistency token waits only for the family that answers the path, and rebuilding one family moves
 * only that family to a new generation.
 */
class ViewFamiliesTest {
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

    private static RunningSystem.Response withToken(String path, String token) {
        return system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + path))
                .header("X-Consistency-Token", token)
                .GET());
    }

    private static int generation(String family) {
        return system.get("/v1/projections/" + family).json().get("generation").asInt();
    }

    @Test
    void aStoppedFamilyLeavesTheOthersCurrentAndTokensWaitOnlyForTheirOwnFamily() {
        RunningSystem.Response named = system.post(
                GM + "/themes",
                "{\"name\":\"Families\",\"story\":\"Eigen processoren\","
                        + "\"buurten\":[\"BU02740101\"],\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"},"
                        + "\"effectiveDate\":\"2024-01-02\"}");
        String theme = named.json().get("themeId").asText();
        String base = GM + "/themes/" + theme;
        system.await(base + "/network", r -> r.status() == 200);

        system.pauseViews("network");
        RunningSystem.Response renamed =
                system.put(base + "/name", "{\"name\":\"Families apart\",\"effectiveDate\":\"2024-02-01\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        String token = renamed.headers().firstValue("X-Consistency-Token").orElseThrow();

        RunningSystem.Response history = withToken(base + "/history", token);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("ThemeRenamed");
        assertThat(history.headers().firstValue("ETag"))
                .contains("\"" + token.substring(token.indexOf('.') + 1) + "\"");
        RunningSystem.Response directory = withToken(GM + "/themes", token);
        assertThat(directory.status()).isEqualTo(200);
        assertThat(directory.body()).contains("Families apart");

        RunningSystem.Response network = withToken(base + "/network", token);
        assertThat(network.status())
                .as("the stopped family cannot reach the version")
                .isEqualTo(503);
        assertThat(system.get(base + "/network").body())
                .contains("\"Families\"")
                .doesNotContain("Families apart");

        RunningSystem.Response families = system.get("/v1/projections");
        families.json()
                .get("families")
                .forEach(f -> assertThat(f.get("running").asBoolean())
                        .as(f.get("processor").asText())
                        .isEqualTo(!f.get("processor").asText().equals("network")));
    }

    @Test
    void rebuildingOneFamilyMovesOnlyThatFamily() {
        int history = generation("history");
        int network = generation("network");
        int directory = generation("directory");
        RunningSystem.Response started =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/history/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("processor").asText()).isEqualTo("history");
        system.await("/v1/projections/history", r -> r.json().get("generation").asInt() == history + 1);
        assertThat(generation("network")).isEqualTo(network);
        assertThat(generation("directory")).isEqualTo(directory);

        RunningSystem.Response unknown = system.send(
                HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/no-such-family/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aReadOnlyInstanceServesTheViewsOthersBuildAndBuildsNothing() {
        String readOnly = system.startAnotherQueryService("--netwerkregie.views.process-events=false");
        RunningSystem.Response named = system.post(
                GM + "/themes",
                "{\"name\":\"Alleen lezen\",\"story\":\"Een replica\","
                        + "\"buurten\":[\"BU02740101\"],\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"},"
                        + "\"effectiveDate\":\"2024-01-02\"}");
        String token = named.headers().firstValue("X-Consistency-Token").orElseThrow();
        String history = GM + "/themes/" + named.json().get("themeId").asText() + "/history";
        RunningSystem.Response read = system.send(HttpRequest.newBuilder(URI.create(readOnly + history))
                .header("X-Consistency-Token", token)
                .GET());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("ThemeNamed");

        RunningSystem.Response status = system.send(
                HttpRequest.newBuilder(URI.create(readOnly + "/v1/projections")).GET());
        assertThat(status.json().get("families")).hasSize(RunningSystem.FAMILIES.size());
        status.json().get("families").forEach(f -> {
            assertThat(f.get("running").asBoolean())
                    .as(f.get("processor").asText())
                    .isFalse();
            assertThat(f.get("segments")).isEmpty();
        });
    }

    /**
     * A family's tokens keep the segment count they were made with: an instance configured for one segment per family
     * (the default) that finds tokens made with four claims all four, so a store made before the default changed
     * goes on being projected whole.
     */
    @Test
    void anInstanceClaimsEverySegmentOfTokensMadeWithAnotherCount() {
        String database = "segments_" + java.util.UUID.randomUUID().toString().replace("-", "");
        String[] own = {
            "--netwerkregie.mongodb.database=" + database, "--netwerkregie.personal-data.database=" + database
        };
        String four = system.startAnotherQueryService(own[0], own[1], "--netwerkregie.views.segments=4");
        assertThat(claimedSegments(four))
                .as("made with four")
                .allSatisfy(n -> assertThat(n).isEqualTo(4));
        system.stopAnother(four);

        String one = system.startAnotherQueryService(own[0], own[1]);
        assertThat(claimedSegments(one))
                .as("claimed by an instance of one")
                .allSatisfy(n -> assertThat(n).isEqualTo(4));
        system.stopAnother(one);
        system.db(database).drop();
    }

    /** How many segments each family of the instance at {@code url} has claimed, once all have four (or after 30 s). */
    private static java.util.List<Integer> claimedSegments(String url) {
        long giveUp = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        java.util.List<Integer> claimed = java.util.List.of();
        while (System.nanoTime() < giveUp) {
            RunningSystem.Response status = system.send(
                    HttpRequest.newBuilder(URI.create(url + "/v1/projections")).GET());
            java.util.List<Integer> counts = new java.util.ArrayList<>();
            status.json()
                    .get("families")
                    .forEach(f -> counts.add(f.get("segments").size()));
            claimed = counts;
            if (counts.size() == RunningSystem.FAMILIES.size()
                    && counts.stream().allMatch(n -> n == 4)) {
                return counts;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return claimed;
    }
}
