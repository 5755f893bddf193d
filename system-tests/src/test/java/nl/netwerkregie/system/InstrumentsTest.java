package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The instruments over real HTTP against the embedded store: a theme analysis, an environment analysis made by a
 * schakel outside any cycle, a capacity analysis and pattern research in step 2 of cycle 1 of a theme in Oosterbeek;
 * a session back-dated and recorded last; the analyses on dates against a hand-computed expectation, the filters,
 * refusals recording nothing, other municipalities refused, CORS and a replay of the instruments family.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstrumentsTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;
    private static String t;
    private static String fenna;
    private static String library;
    private static String meeting;
    private static String themeAnalysis;
    private static String environment;
    private static String capacity;
    private static String pattern;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        t = GM + "/themes/"
                + ok(system.post(GM + "/themes", """
                        {"name":"Samen in Oosterbeek","story":"Buren kennen elkaar weer.","buurten":["BU02740201"],
                         "developmentPeriod":{"start":"2024-01-01","end":"2026-12-31"},"effectiveDate":"2024-01-10"}""")).get("themeId").asText();
        fenna = ok(system.post(GM + "/actors", "{\"type\":\"PERSON\",\"name\":\"Fenna de Wit\"}"))
                .get("actorId")
                .asText();
        library = ok(system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Bibliotheek\"}"))
                .get("actorId")
                .asText();
        ok(system.post(t + "/cycles/1/steps", "{\"step\":1,\"effectiveDate\":\"2024-01-15\"}"));
        ok(system.post(t + "/cycles/1/steps", "{\"step\":2,\"effectiveDate\":\"2024-03-01\"}"));
        meeting = ok(system.post(
                        t + "/cycles/1/meeting-moments",
                        "{\"date\":\"2024-09-01\",\"place\":\"Dorpshuis\",\"invitation\":\"Kom praten\","
                                + "\"effectiveDate\":\"2024-03-05\"}"))
                .get("meetingId")
                .asText();
        themeAnalysis = open("THEME_ANALYSIS", "GROUP", null, true, "2024-03-15");
        environment = open("ENVIRONMENT_ANALYSIS", "SCHAKEL", library, false, "2024-02-01");
        capacity = open("CAPACITY_ANALYSIS", "REGIEVOERDER", null, true, "2024-03-20");
        pattern = open("PATTERN_RESEARCH", "GROUP", null, true, "2024-04-10");
        // the theme analysis: a session in May, then one back-dated to April recorded after it
        ok(system.post(
                themeAnalysis + "/sessions/theme-analysis",
                "{\"participants\":[\"" + fenna + "\",\"" + library + "\"],"
                        + "\"nameWords\":[{\"word\":\"samen\",\"proposedBy\":\"" + fenna + "\"},{\"word\":\"dorp\"}],"
                        + "\"chosenName\":\"Samen in Oosterbeek\",\"firstNetwork\":[\"" + fenna + "\",\"" + library
                        + "\"],\"timeline\":[{\"moment\":\"START\",\"date\":\"2024-03-01\",\"label\":\"Start\"},"
                        + "{\"moment\":\"MEETING_MOMENT\",\"date\":\"2024-09-01\",\"label\":\"Ontmoeting\",\"meetingId\":\""
                        + meeting + "\"}],\"effectiveDate\":\"2024-05-01\"}"));
        ok(system.post(
                themeAnalysis + "/sessions/theme-analysis",
                "{\"participants\":[\"" + fenna + "\"],\"nameWords\":[{\"word\":\"samen\"}],"
                        + "\"contributions\":[{\"kind\":\"IDEA\",\"text\":\"Spelmiddag\",\"from\":\"" + fenna + "\"}],"
                        + "\"effectiveDate\":\"2024-04-01\"}"));
        ok(system.post(
                environment + "/sessions/environment-analysis",
                "{\"ownStrength\":{\"kind\":\"ORGANISATION\",\"name\":\"De bibliotheek\",\"actor\":\"" + library
                        + "\"},\"entries\":[{\"ring\":\"OWN_NETWORKS\",\"text\":\"Leesclubs\"},"
                        + "{\"ring\":\"GENERAL_FACILITIES\",\"text\":\"Het dorpshuis\"}],"
                        + "\"answers\":[{\"angle\":\"KNOWLEDGE\",\"question\":\"MAKING_YOURSELF_SUPERFLUOUS\","
                        + "\"answer\":\"Vrijwilligers leiden de clubs.\"}],\"effectiveDate\":\"2024-02-15\"}"));
        ok(system.post(
                capacity + "/sessions/capacity-analysis",
                "{\"cells\":[{\"part\":\"SHARED_AWARENESS\",\"activity\":\"COMMUNICATE_PATTERNS\","
                        + "\"description\":\"Nieuwsbrief\"}],\"signs\":[{\"question\":\"TAKES_REGIE\","
                        + "\"answer\":\"Deels\",\"judgement\":\"SMALL\"}],\"effectiveDate\":\"2024-06-01\"}"));
        ok(system.post(
                pattern + "/sessions/pattern-research",
                "{\"participants\":[\"" + fenna + "\"],\"associations\":[{\"part\":\"ENTERPRISING_NETWORK\","
                        + "\"text\":\"durven\",\"writtenBy\":\"" + fenna + "\"}],\"questions\":[{\"question\":\"Wie "
                        + "durft?\",\"answer\":\"De buren.\"}],\"conclusions\":[\"Breed gedragen\"],"
                        + "\"effectiveDate\":\"2024-04-20\"}"));
        system.await(
                t + "/analyses?date=2024-06-30",
                r -> r.status() == 200
                        && r.body().contains("\"sequence\":2")
                        && r.body().contains("Breed gedragen")
                        && r.body().contains("Nieuwsbrief")
                        && r.body().contains("Leesclubs"));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static JsonNode ok(RunningSystem.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }

    private static String open(String instrument, String madeBy, String schakel, boolean inCycle, String date) {
        String body = "{\"instrument\":\"" + instrument + "\",\"title\":\"" + instrument.toLowerCase() + "\","
                + "\"madeBy\":\"" + madeBy + "\""
                + (schakel == null ? "" : ",\"schakel\":\"" + schakel + "\"")
                + (inCycle ? ",\"cycle\":1,\"step\":2" : "")
                + ",\"effectiveDate\":\"" + date + "\"}";
        return t + "/analyses/"
                + ok(system.post(t + "/analyses", body)).get("analysisId").asText();
    }

    private static String on(String analysis, String date) {
        return analysis + "?date=" + date;
    }

    @Test
    @Order(0)
    void aThemeAnalysisOnEachDateIsItsLatestSessionByThen() {
        assertThat(system.get(on(themeAnalysis, "2024-03-14")).status())
                .as("not yet opened")
                .isEqualTo(404);
        JsonNode opened = system.get(on(themeAnalysis, "2024-03-20")).json();
        assertThat(opened.get("instrument").asText()).isEqualTo("THEME_ANALYSIS");
        assertThat(opened.get("madeBy").asText()).isEqualTo("GROUP");
        assertThat(opened.get("cycle").asInt()).isEqualTo(1);
        assertThat(opened.get("step").asInt()).isEqualTo(2);
        assertThat(opened.get("openedOn").asText()).isEqualTo("2024-03-15");
        assertThat(opened.get("sessions")).isEmpty();
        assertThat(opened.has("themeAnalysis"))
                .as("no content before the first session")
                .isFalse();
        // the back-dated April session, recorded last, stands in April
        JsonNode april = system.get(on(themeAnalysis, "2024-04-15")).json();
        assertThat(april.get("sessions")).hasSize(1);
        assertThat(april.at("/sessions/0/date").asText()).isEqualTo("2024-04-01");
        assertThat(april.at("/sessions/0/participants").toString()).isEqualTo("[\"" + fenna + "\"]");
        assertThat(april.at("/themeAnalysis/nameWords").toString()).isEqualTo("[{\"word\":\"samen\"}]");
        assertThat(april.at("/themeAnalysis/contributions/0/from").asText()).isEqualTo(fenna);
        assertThat(april.at("/themeAnalysis/firstNetwork")).isEmpty();
        // from May the May session stands, whole: the April contribution is not in it
        JsonNode may = system.get(on(themeAnalysis, "2024-05-01")).json();
        assertThat(may.get("sessions")).hasSize(2);
        assertThat(may.at("/sessions/0/date").asText()).isEqualTo("2024-04-01");
        assertThat(may.at("/sessions/1/date").asText()).isEqualTo("2024-05-01");
        assertThat(may.at("/themeAnalysis/chosenName").asText()).isEqualTo("Samen in Oosterbeek");
        assertThat(may.at("/themeAnalysis/nameWords/0/proposedBy").asText()).isEqualTo(fenna);
        assertThat(may.at("/themeAnalysis/contributions")).isEmpty();
        assertThat(may.at("/themeAnalysis/firstNetwork").toString())
                .isEqualTo("[\"" + fenna + "\",\"" + library + "\"]");
        assertThat(may.at("/themeAnalysis/timeline/1/meetingId").asText()).isEqualTo(meeting);
        assertThat(may.has("environmentAnalysis")).isFalse();
    }

    @Test
    @Order(1)
    void theOtherInstrumentsAndTheThemesAnalysesPerInstrumentAndCycle() {
        JsonNode env = system.get(on(environment, "2024-03-01")).json();
        assertThat(env.get("madeBy").asText()).isEqualTo("SCHAKEL");
        assertThat(env.get("schakel").asText()).isEqualTo(library);
        assertThat(env.has("cycle")).as("outside any cycle").isFalse();
        assertThat(env.at("/environmentAnalysis/ownStrength/actor").asText()).isEqualTo(library);
        assertThat(env.at("/environmentAnalysis/rings").asText()).isEqualTo("ENVIRONMENT_RINGS");
        assertThat(env.at("/environmentAnalysis/entries/1/ring").asText()).isEqualTo("GENERAL_FACILITIES");
        assertThat(env.at("/environmentAnalysis/answers/0/question").asText()).isEqualTo("MAKING_YOURSELF_SUPERFLUOUS");
        JsonNode cap = system.get(on(capacity, "2024-06-30")).json();
        assertThat(cap.at("/capacityAnalysis/cells/0/activity").asText()).isEqualTo("COMMUNICATE_PATTERNS");
        assertThat(cap.at("/capacityAnalysis/signs/0/judgement").asText()).isEqualTo("SMALL");
        assertThat(system.get(on(capacity, "2024-05-31")).json().has("capacityAnalysis"))
                .isFalse();
        JsonNode pat = system.get(on(pattern, "2024-04-20")).json();
        assertThat(pat.at("/patternResearch/associations/0/writtenBy").asText()).isEqualTo(fenna);
        assertThat(pat.at("/patternResearch/questions/0/answer").asText()).isEqualTo("De buren.");
        assertThat(pat.at("/patternResearch/conclusions/0").asText()).isEqualTo("Breed gedragen");

        assertThat(instruments(t + "/analyses?date=2024-01-31")).isEmpty();
        assertThat(instruments(t + "/analyses?date=2024-03-16"))
                .containsExactly("ENVIRONMENT_ANALYSIS@2024-02-01", "THEME_ANALYSIS@2024-03-15");
        assertThat(instruments(t + "/analyses?date=2024-06-30"))
                .containsExactly(
                        "ENVIRONMENT_ANALYSIS@2024-02-01",
                        "THEME_ANALYSIS@2024-03-15",
                        "CAPACITY_ANALYSIS@2024-03-20",
                        "PATTERN_RESEARCH@2024-04-10");
        assertThat(instruments(t + "/analyses?date=2024-06-30&cycle=1"))
                .containsExactly(
                        "THEME_ANALYSIS@2024-03-15", "CAPACITY_ANALYSIS@2024-03-20", "PATTERN_RESEARCH@2024-04-10");
        assertThat(instruments(t + "/analyses?date=2024-06-30&instrument=ENVIRONMENT_ANALYSIS"))
                .containsExactly("ENVIRONMENT_ANALYSIS@2024-02-01");
        assertThat(system.get(t + "/analyses?cycle=0").status()).isEqualTo(400);
        assertThat(system.get(t + "/analyses?instrument=HOROSCOPE").status()).isEqualTo(400);
    }

    private static List<String> instruments(String path) {
        List<String> out = new ArrayList<>();
        system.get(path)
                .json()
                .get("analyses")
                .forEach(a -> out.add(
                        a.get("instrument").asText() + "@" + a.get("openedOn").asText()));
        return out;
    }

    @Test
    @Order(2)
    void refusalsRecordNothingAndOtherMunicipalitiesAreRefused() {
        long stored = system.storedEvents();
        Map<String, String[]> refused = new LinkedHashMap<>();
        refused.put(
                t + "/analyses|{\"instrument\":\"THEME_ANALYSIS\",\"title\":\"x\",\"madeBy\":\"GROUP\",\"cycle\":1,"
                        + "\"step\":3,\"effectiveDate\":\"2024-04-01\"}",
                new String[] {"409", "step-not-started"});
        refused.put(
                t + "/analyses|{\"instrument\":\"THEME_ANALYSIS\",\"title\":\"x\",\"madeBy\":\"GROUP\",\"cycle\":1,"
                        + "\"step\":2,\"effectiveDate\":\"2024-02-20\"}",
                new String[] {"409", "step-not-started"});
        refused.put(
                t + "/analyses|{\"instrument\":\"NETWORK_ANALYSIS\",\"title\":\"x\",\"madeBy\":\"GROUP\"}",
                new String[] {"400", null});
        refused.put(
                t + "/analyses|{\"instrument\":\"ZELFSCAN\",\"title\":\"x\",\"madeBy\":\"GROUP\"}",
                new String[] {"400", null});
        refused.put(
                t + "/analyses|{\"instrument\":\"THEME_ANALYSIS\",\"title\":\"x\",\"madeBy\":\"SCHAKEL\"}",
                new String[] {"400", null});
        refused.put(
                t + "/analyses|{\"instrument\":\"THEME_ANALYSIS\",\"title\":\"x\",\"madeBy\":\"GROUP\",\"cycle\":7,"
                        + "\"step\":1}",
                new String[] {"404", null});
        refused.put(
                capacity + "/sessions/theme-analysis|{\"nameWords\":[{\"word\":\"x\"}]}",
                new String[] {"409", "instrument-mismatch"});
        refused.put(
                themeAnalysis + "/sessions/theme-analysis|{\"effectiveDate\":\"2024-03-14\"}",
                new String[] {"409", "before-analysis-opened"});
        refused.put(
                themeAnalysis + "/sessions/theme-analysis|{\"timeline\":[{\"moment\":\"MANIFESTATION\","
                        + "\"date\":\"2024-09-01\",\"label\":\"x\",\"meetingId\":\"" + meeting + "\"}]}",
                new String[] {"400", null});
        refused.put(
                capacity + "/sessions/capacity-analysis|{\"signs\":[{\"question\":\"TAKES_REGIE\",\"answer\":\"x\","
                        + "\"judgement\":\"HUGE\"}]}",
                new String[] {"400", null});
        refused.put(
                environment + "/sessions/environment-analysis|{\"ownStrength\":{\"kind\":\"COMMUNITY\",\"name\":\"x\"},"
                        + "\"answers\":[{\"angle\":\"INVOLVEMENT\",\"question\":\"HOW_DO_YOU_ALIGN\",\"answer\":\"x\"}]}",
                new String[] {"400", null});
        refused.put(
                pattern + "/sessions/pattern-research|{\"participants\":[\"00000000-0000-4000-8000-0000000000ff\"]}",
                new String[] {"404", null});
        refused.put(
                t + "/analyses/00000000-0000-4000-8000-0000000000ee/sessions/pattern-research|{}",
                new String[] {"404", null});
        for (Map.Entry<String, String[]> e : refused.entrySet()) {
            String[] parts = e.getKey().split("\\|", 2);
            RunningSystem.Response r = system.post(parts[0], parts[1]);
            assertThat(r.status()).as(e.getKey() + " " + r.body()).isEqualTo(Integer.parseInt(e.getValue()[0]));
            assertThat(r.contentType()).startsWith("application/problem+json");
            if (e.getValue()[1] != null) {
                assertThat(r.json().get("rule").asText()).as(e.getKey()).isEqualTo(e.getValue()[1]);
            }
        }
        for (String account : List.of("regievoerder-arnhem", "researcher-arnhem")) {
            for (String path : List.of(t + "/analyses?date=2024-06-30", on(themeAnalysis, "2024-06-30"))) {
                assertThat(system.sendAs(
                                        account,
                                        HttpRequest.newBuilder(URI.create(system.queryUrl() + path))
                                                .GET())
                                .status())
                        .as(account + " " + path)
                        .isEqualTo(403);
            }
        }
        assertThat(system.sendAs(
                                "regievoerder-arnhem",
                                HttpRequest.newBuilder(URI.create(
                                                system.commandUrl() + pattern + "/sessions/pattern-research"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{}")))
                        .status())
                .isEqualTo(403);
        assertThat(system.storedEvents()).isEqualTo(stored);
    }

    @Test
    @Order(2)
    void theConsistencyTokenOfAnAnalysisIsHonouredOnItsThemesPathsOnly() {
        String token = ok(system.post(
                        pattern + "/sessions/pattern-research",
                        "{\"conclusions\":[\"Nog breder gedragen\"],\"effectiveDate\":\"2024-05-20\"}"))
                .get("consistencyToken")
                .asText();
        assertThat(token).startsWith(pattern.substring(pattern.lastIndexOf('/') + 1) + ".");
        for (String path : List.of(on(pattern, "2024-06-30"), t + "/analyses?date=2024-06-30")) {
            RunningSystem.Response r = system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + path))
                    .header("X-Consistency-Token", token)
                    .GET());
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
            assertThat(r.body()).as("read-your-writes").contains("Nog breder gedragen");
        }
        String other = GM + "/themes/"
                + ok(system.post(
                                GM + "/themes",
                                "{\"name\":\"Elders\",\"story\":\"Een ander thema.\",\"buurten\":[\"BU02740201\"],"
                                        + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"},"
                                        + "\"effectiveDate\":\"2024-01-10\"}"))
                        .get("themeId")
                        .asText();
        RunningSystem.Response elsewhere =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + other + "/analyses"))
                        .header("X-Consistency-Token", token)
                        .GET());
        assertThat(elsewhere.status()).as("another theme's path").isEqualTo(400);
    }

    @Test
    @Order(3)
    void corsAllowsTheInstrumentsCommandsAndReads() throws Exception {
        for (String path : List.of(
                t + "/analyses",
                themeAnalysis + "/sessions/theme-analysis",
                environment + "/sessions/environment-analysis",
                capacity + "/sessions/capacity-analysis",
                pattern + "/sessions/pattern-research")) {
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
        }
        RunningSystem.Response read =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + t + "/analyses"))
                        .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                        .GET());
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains(RunningSystem.ALLOWED_ORIGIN);
    }

    @Test
    @Order(4)
    void aReplayOfTheInstrumentsFamilyGivesTheSameAnalyses() {
        Map<String, String> before = new LinkedHashMap<>();
        for (String date : List.of("2024-02-01", "2024-04-15", "2024-06-30")) {
            before.put(
                    t + "/analyses?date=" + date,
                    system.get(t + "/analyses?date=" + date).body());
            before.put(
                    on(themeAnalysis, date), system.get(on(themeAnalysis, date)).body());
        }
        RunningSystem.Response accepted = system.send(
                HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/instruments/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        int generation = RunningSystem.rebuildingGeneration(accepted.json());
        system.await(
                "/v1/projections/instruments",
                r -> r.status() == 200 && r.json().get("generation").asInt() == generation);
        for (Map.Entry<String, String> e : before.entrySet()) {
            assertThat(system.get(e.getKey()).body()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
