package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query service's cache of theme networks over real HTTP: a read of many themes at once (the research
 * comparison) uses the cache but does not drop the networks that reads of one theme keep using.
 */
class NetworkCacheTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;
    private static final List<String> themes = new ArrayList<>();

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        for (int i = 0; i < 4; i++) {
            RunningSystem.Response named = system.post(GM + "/themes", """
                    {"name":"Thema %d","story":"Samen.","buurten":["BU02740101"],
                     "developmentPeriod":{"start":"2024-01-01","end":"2026-12-31"},"effectiveDate":"2024-01-10"}""".formatted(i));
            assertThat(named.status()).as(named.body()).isEqualTo(201);
            themes.add(named.json().get("themeId").asText());
        }
        for (String theme : themes) {
            system.await(GM + "/themes/" + theme + "/network?date=2024-06-01", r -> r.status() == 200);
        }
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void aReadOfManyThemesKeepsTheNetworksThatReadsOfOneThemeUse() {
        String another = system.startAnotherQueryService("--netwerkregie.views.network-cache-size=2");
        String first = themes.get(0);
        assertThat(network(another, first)).isEqualTo(200);
        assertThat(network(another, first)).isEqualTo(200);
        assertThat(reads(another, "loaded")).isEqualTo(1);
        assertThat(reads(another, "hit")).isEqualTo(1);

        // the comparison reads the networks of all four themes at once: more than the cache holds
        RunningSystem.Response comparison = system.sendAs(
                "auditor-renkum",
                HttpRequest.newBuilder(URI.create(another + "/v1/research/comparison?municipality=GM0274"))
                        .GET());
        assertThat(comparison.status()).as(comparison.body()).isEqualTo(200);
        assertThat(comparison.json().get("total").asInt()).isPositive();
        double loadedByTheComparison = reads(another, "loaded");
        assertThat(loadedByTheComparison).as("the three themes not cached").isEqualTo(4);
        assertThat(reads(another, "hit")).as("the first theme, cached").isEqualTo(2);

        assertThat(network(another, first)).isEqualTo(200);
        assertThat(reads(another, "loaded")).as("still cached").isEqualTo(loadedByTheComparison);
        assertThat(reads(another, "hit")).isEqualTo(3);
    }

    private static int network(String queryService, String theme) {
        return system.sendAs(
                        "regievoerder-renkum",
                        HttpRequest.newBuilder(
                                        URI.create(queryService + GM + "/themes/" + theme + "/network?date=2024-06-01"))
                                .GET())
                .status();
    }

    private static double reads(String queryService, String result) {
        String metrics = system.send(HttpRequest.newBuilder(URI.create(queryService + "/actuator/prometheus"))
                        .GET())
                .body();
        return metrics.lines()
                .filter(l -> l.startsWith("netwerkregie_network_cache_reads_total")
                        && l.contains("result=\"" + result + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }
}
