package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Corrections of a story, of the record that a contact was made, of a harvest item and of a judgement, over real
 * HTTP against the embedded store (ADR 0014), against a hand-computed expectation: the views apply each correction
 * on every date, whatever the correction's own date; reads as known before show the records as they were; the
 * history and the report of later changes show both; refusals record nothing; CORS; replays give the same views.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectionsTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;
    private static String t;
    private static String library;
    private static String contact;
    private static long story;
    private static long harvest;
    private static long judgement;
    /** A recording time after every record and before every correction. */
    private static Instant before;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.inMemory();
        String theme = ok(system.post(GM + "/themes", """
                        {"name":"Samen tuinieren","story":"Groen in de wijk.","buurten":["BU02740101"],
                         "developmentPeriod":{"start":"2024-01-01","end":"2026-12-31"},"effectiveDate":"2024-01-10"}""")).get("themeId").asText();
        t = GM + "/themes/" + theme;
        library = ok(system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Bibliotheek\"}"))
                .get("actorId")
                .asText();
        story = ok(system.put(t + "/story", "{\"story\":\"Verkeerd verhaal.\",\"effectiveDate\":\"2024-02-01\"}"))
                .get("version")
                .asLong();
        String ingredient = ok(system.post(
                        t + "/ingredients",
                        "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"Moestuin\"}],\"effectiveDate\":\"2024-01-15\"}"))
                .get("ingredientIds")
                .get(0)
                .asText();
        ok(system.post(
                t + "/schakels",
                "{\"actorId\":\"" + library + "\",\"ingredientIds\":[\"" + ingredient
                        + "\"],\"effectiveDate\":\"2024-01-20\"}"));
        contact = ok(system.post(
                        t + "/contacts",
                        "{\"schakels\":[\"" + library + "\"],\"form\":\"INDIVIDUAL\",\"story\":\"Kennismaking\","
                                + "\"effectiveDate\":\"2024-02-01\"}"))
                .get("contactId")
                .asText();
        ok(system.post(
                t + "/contacts/" + contact + "/outcome",
                "{\"outcome\":\"Doet mee.\",\"effectiveDate\":\"2024-02-10\"}"));
        for (int step = 1; step <= 4; step++) {
            ok(system.post(
                    t + "/cycles/1/steps",
                    "{\"step\":" + step + ",\"effectiveDate\":\"2024-0" + (step + 1) + "-01\"}"));
        }
        harvest = ok(system.post(
                        t + "/cycles/1/manifestation/harvest",
                        "{\"items\":[{\"kind\":\"NETWORK\",\"text\":\"Tuinnetwerk\"},"
                                + "{\"kind\":\"EXAMPLE\",\"text\":\"Verkeerd voorbeeld\"}],\"effectiveDate\":\"2024-05-15\"}"))
                .get("version")
                .asLong();
        ok(system.post(t + "/matrices", "{\"buurt\":\"BU02740101\",\"effectiveDate\":\"2024-02-01\"}"));
        String cell = t + "/matrices/BU02740101/cells/buurt/BUILDING_NETWORKS/judgements";
        ok(system.post(
                cell,
                "{\"period\":{\"cycle\":1},\"level\":2,\"judgedBy\":[\"" + library
                        + "\"],\"effectiveDate\":\"2024-03-01\"}"));
        judgement = ok(system.post(
                        cell,
                        "{\"period\":{\"cycle\":1},\"level\":4,\"judgedBy\":[\"" + library
                                + "\"],\"effectiveDate\":\"2024-06-01\"}"))
                .get("version")
                .asLong();
        JsonNode judged = system.await(
                        t + "/matrices/BU02740101?date=2024-07-01",
                        // the scale's levels are in every answer: wait for the cell's own judgement
                        r -> r.status() == 200
                                && judgementOf(r.json()) != null
                                && judgementOf(r.json()).path("level").asInt() == 4)
                .json();
        assertThat(judgementOf(judged).get("sequence").asLong())
                .as("the matrix names each judgement by its sequence number")
                .isEqualTo(judgement);
        system.await(
                t + "/cycles/1?date=2024-07-01",
                r -> r.status() == 200 && r.body().contains("Verkeerd voorbeeld"));
        system.await(
                t + "/network?date=2024-07-01",
                r -> r.status() == 200 && r.body().contains("Verkeerd voorbeeld"));
        Thread.sleep(20);
        before = Instant.now();
        Thread.sleep(20);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static JsonNode ok(RunningSystem.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }

    private static JsonNode judgementOf(JsonNode matrix) {
        for (JsonNode c : matrix.get("cells")) {
            if (c.get("position").asText().equals("buurt")
                    && c.get("element").asText().equals("BUILDING_NETWORKS")) {
                return c.get("judgement");
            }
        }
        throw new AssertionError("no cell buurt/BUILDING_NETWORKS in " + matrix);
    }

    @Test
    @Order(1)
    void refusalsRecordNothing() {
        long stored = system.storedEvents();
        Map<String, String[]> refused = new LinkedHashMap<>();
        refused.put(t + "/stories/0/retraction|{\"why\":\"x\"}", new String[] {"409", "story-needed"});
        refused.put(t + "/stories/" + harvest + "/retraction|{\"why\":\"x\"}", new String[] {"404", null});
        refused.put(t + "/stories/" + story + "/retraction|{}", new String[] {"400", null});
        refused.put(
                t + "/stories/" + story + "/retraction|{\"why\":\"x\",\"replacement\":{\"story\":\"y\","
                        + "\"effectiveDate\":\"2023-01-01\"}}",
                new String[] {"409", "before-theme-named"});
        refused.put(
                t + "/contacts/00000000-0000-4000-8000-0000000000c9/outcome/retraction|{\"why\":\"x\"}",
                new String[] {"404", null});
        refused.put(
                t + "/contacts/" + contact + "/outcome/retraction|{\"why\":\"x\",\"replacement\":{}}",
                new String[] {"400", null});
        refused.put(
                t + "/manifestation-harvests/" + harvest + "/items/2/retraction|{\"why\":\"x\"}",
                new String[] {"404", null});
        refused.put(
                t + "/manifestation-harvests/" + story + "/items/0/retraction|{\"why\":\"x\"}",
                new String[] {"404", null});
        refused.put(
                t + "/manifestation-harvests/" + harvest + "/items/0/retraction|{\"why\":\"x\",\"replacement\":"
                        + "{\"kind\":\"NETWORK\",\"text\":\"y\",\"actors\":[\"00000000-0000-4000-8000-0000000000ff\"]}}",
                new String[] {"404", null});
        refused.put(t + "/matrices/BU02740101/judgements/0/retraction|{\"why\":\"x\"}", new String[] {"404", null});
        refused.put(
                t + "/matrices/BU02740101/judgements/" + judgement
                        + "/retraction|{\"why\":\"x\",\"replacement\":{\"level\":9,\"judgedBy\":[\"" + library
                        + "\"]}}",
                new String[] {"409", "judgement-outside-scale"});
        for (Map.Entry<String, String[]> e : refused.entrySet()) {
            String[] parts = e.getKey().split("\\|", 2);
            RunningSystem.Response r = system.post(parts[0], parts[1]);
            assertThat(r.status()).as(e.getKey() + " " + r.body()).isEqualTo(Integer.parseInt(e.getValue()[0]));
            assertThat(r.contentType()).startsWith("application/problem+json");
            if (e.getValue()[1] != null) {
                assertThat(r.json().get("rule").asText()).isEqualTo(e.getValue()[1]);
            }
        }
        assertThat(system.storedEvents()).isEqualTo(stored);
    }

    @Test
    @Order(2)
    void theViewsApplyEachCorrectionOnEveryDateWhileKnownAtAndTheHistoryShowBoth() {
        // the story of 1 February is corrected on its own date; the contact did not take place; the harvest's
        // second item is an initiative instead; the judgement of 1 June is taken back (the one of 1 March applies)
        ok(system.post(
                t + "/stories/" + story + "/retraction",
                "{\"why\":\"Het verhaal van een ander thema\",\"replacement\":{\"story\":\"Groen en samen.\"}}"));
        ok(system.post(t + "/contacts/" + contact + "/outcome/retraction", "{\"why\":\"Het gesprek ging niet door\"}"));
        JsonNode corrected = ok(system.post(
                t + "/manifestation-harvests/" + harvest + "/items/1/retraction",
                "{\"why\":\"Een initiatief, geen voorbeeld\",\"replacement\":{\"kind\":\"INITIATIVE\","
                        + "\"text\":\"Zadenbibliotheek\",\"actors\":[\"" + library + "\"]}}"));
        long replacement = corrected.get("version").asLong();
        ok(system.post(
                t + "/matrices/BU02740101/judgements/" + judgement + "/retraction",
                "{\"why\":\"Ingevoerd in de verkeerde cel\"}"));

        JsonNode network = system.await(
                        t + "/network?date=2024-07-01",
                        r -> r.status() == 200
                                && r.body().contains("Zadenbibliotheek")
                                && !r.body().contains("Doet mee"))
                .json();
        assertThat(network.get("story").asText()).isEqualTo("Groen en samen.");
        assertThat(network.at("/contacts/0/madeOn").asText(null)).as("madeOn").isNull();
        assertThat(network.at("/contacts/0/outcome").asText(null)).as("outcome").isNull();
        assertThat(network.get("harvests")).hasSize(2);
        assertThat(network.at("/harvests/0/sequence").asLong()).isEqualTo(harvest);
        assertThat(network.at("/harvests/0/items")).hasSize(1);
        assertThat(network.at("/harvests/0/items/0/item").asInt()).isZero();
        assertThat(network.at("/harvests/0/items/0/text").asText()).isEqualTo("Tuinnetwerk");
        assertThat(network.at("/harvests/1/sequence").asLong()).isEqualTo(replacement);
        assertThat(network.at("/harvests/1/date").asText()).isEqualTo("2024-05-15");
        assertThat(network.at("/harvests/1/items/0/kind").asText()).isEqualTo("INITIATIVE");
        // on a date before the correction was recorded, too: the story of 1 February is the corrected one
        assertThat(system.get(t + "/network?date=2024-02-15")
                        .json()
                        .get("story")
                        .asText())
                .isEqualTo("Groen en samen.");

        JsonNode known =
                system.get(t + "/network?date=2024-07-01&knownAt=" + before).json();
        assertThat(known.get("story").asText()).isEqualTo("Verkeerd verhaal.");
        assertThat(known.at("/contacts/0/outcome").asText()).isEqualTo("Doet mee.");
        assertThat(known.at("/harvests/0/items")).hasSize(2);

        JsonNode cycle = system.await(
                        t + "/cycles/1?date=2024-07-01",
                        r -> r.status() == 200 && r.body().contains("Zadenbibliotheek"))
                .json();
        assertThat(cycle.toString()).doesNotContain("Verkeerd voorbeeld");
        assertThat(system.get(t + "/cycles/1?date=2024-07-01&knownAt=" + before).body())
                .contains("Verkeerd voorbeeld")
                .doesNotContain("Zadenbibliotheek");

        String m = t + "/matrices/BU02740101?date=2024-07-01";
        JsonNode matrix = system.await(
                        m,
                        r -> r.status() == 200
                                && judgementOf(r.json()).get("level").asInt() == 2)
                .json();
        assertThat(judgementOf(matrix).get("judgedOn").asText()).isEqualTo("2024-03-01");
        assertThat(judgementOf(matrix).get("sequence").asLong()).isLessThan(judgement);
        assertThat(judgementOf(system.get(m + "&knownAt=" + before).json())
                        .get("level")
                        .asInt())
                .isEqualTo(4);

        JsonNode history = system.get(t + "/history?pageSize=100").json();
        List<String> types = new ArrayList<>();
        history.get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types)
                .containsSubsequence(
                        "ThemeStoryChanged",
                        "ContactMade",
                        "ManifestationHarvestRecorded",
                        "ThemeStoryRetracted",
                        "ThemeStoryChanged",
                        "ContactMadeRetracted",
                        "HarvestItemRetracted",
                        "ManifestationHarvestRecorded");
        assertThat(history.toString()).contains("Het gesprek ging niet door", "Een initiatief, geen voorbeeld");

        JsonNode report = system.get(t + "/later-changes?date=2024-07-01&knownAt=" + before)
                .json();
        List<String> later = new ArrayList<>();
        report.get("records").forEach(r -> later.add(r.get("type").asText()));
        assertThat(later)
                .containsExactly(
                        "ThemeStoryRetracted",
                        "ThemeStoryChanged",
                        "ContactMadeRetracted",
                        "HarvestItemRetracted",
                        "ManifestationHarvestRecorded");
        assertThat(report.at("/changes/storyChanged").asBoolean()).isTrue();

        // taken back once only
        long stored = system.storedEvents();
        assertThat(system.post(t + "/stories/" + story + "/retraction", "{\"why\":\"x\"}")
                        .json()
                        .get("rule")
                        .asText())
                .isEqualTo("story-retracted");
        assertThat(system.post(t + "/contacts/" + contact + "/outcome/retraction", "{\"why\":\"x\"}")
                        .json()
                        .get("rule")
                        .asText())
                .isEqualTo("contact-not-made");
        assertThat(system.post(t + "/manifestation-harvests/" + harvest + "/items/1/retraction", "{\"why\":\"x\"}")
                        .json()
                        .get("rule")
                        .asText())
                .isEqualTo("harvest-item-retracted");
        assertThat(system.post(t + "/matrices/BU02740101/judgements/" + judgement + "/retraction", "{\"why\":\"x\"}")
                        .json()
                        .get("rule")
                        .asText())
                .isEqualTo("judgement-retracted");
        assertThat(system.storedEvents()).isEqualTo(stored);
    }

    @Test
    @Order(3)
    void corsAllowsTheCorrections() throws Exception {
        for (String path : List.of(
                t + "/stories/" + story + "/retraction",
                t + "/contacts/" + contact + "/outcome/retraction",
                t + "/manifestation-harvests/" + harvest + "/items/0/retraction",
                t + "/matrices/BU02740101/judgements/" + judgement + "/retraction")) {
            HttpResponse<String> preflight = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(system.commandUrl() + path))
                                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                    .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                                    .header("Access-Control-Request-Method", "POST")
                                    .header(
                                            "Access-Control-Request-Headers",
                                            "content-type,idempotency-key,if-match,authorization")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.statusCode()).as(path).isEqualTo(200);
            assertThat(preflight
                            .headers()
                            .firstValue("Access-Control-Allow-Methods")
                            .orElse(""))
                    .contains("POST");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .contains(RunningSystem.ALLOWED_ORIGIN);
        }
    }

    @Test
    @Order(4)
    void replaysOfTheNetworkProgrammeAndMatrixFamiliesGiveTheSameViews() {
        Map<String, String> views = views();
        for (String family : List.of("network", "programme", "matrix")) {
            RunningSystem.Response accepted = system.send(
                    HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/" + family + "/replays"))
                            .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            int generation = RunningSystem.rebuildingGeneration(accepted.json());
            system.await(
                    "/v1/projections/" + family,
                    r -> r.status() == 200 && r.json().get("generation").asInt() == generation);
        }
        assertThat(views()).isEqualTo(views);
    }

    private static Map<String, String> views() {
        Map<String, String> v = new LinkedHashMap<>();
        for (String date : List.of("2024-02-15", "2024-07-01")) {
            v.put("network " + date, system.get(t + "/network?date=" + date).body());
            v.put("cycle " + date, system.get(t + "/cycles/1?date=" + date).body());
            v.put(
                    "matrix " + date,
                    system.get(t + "/matrices/BU02740101?date=" + date).body());
        }
        v.put(
                "evidence",
                system.get(t + "/positions-without-evidence?date=2024-07-01").body());
        return v;
    }
}
