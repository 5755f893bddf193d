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
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A complete programme cycle over real HTTP: the five steps in order, the broad conversation, a meeting
 * moment, the manifestation and its harvest, step 5 and the practice agreements; then cycle 2 under a new
 * name while cycle 1's practice runs. Asserts the cycle views on dates inside each step, the shifts
 * across each cycle, the refusals (nothing recorded), municipality isolation, CORS, the history and
 * that a replay of the programme family gives identical views.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeCyclesTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;
    private static String theme;
    private static String t;
    private static String library;
    private static String club;
    private static String centre;
    private static String ingredient;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        library = actor("Bibliotheek");
        club = actor("Sportclub");
        centre = actor("Buurthuis");
        theme = system.post(
                        GM + "/themes",
                        "{\"name\":\"Zorg voor jeugd\",\"story\":\"Opgroeien in het dorp\",\"buurten\":[\"BU02740101\"],"
                                + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"},"
                                + "\"recurrence\":\"RECURRING\",\"effectiveDate\":\"2024-01-02\"}")
                .json()
                .get("themeId")
                .asText();
        t = GM + "/themes/" + theme;
        ingredient = ok(system.post(
                        t + "/ingredients",
                        "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"Speelochtend\"}],"
                                + "\"effectiveDate\":\"2024-01-10\"}"))
                .get("ingredientIds")
                .get(0)
                .asText();
        ok(system.post(
                t + "/position-shifts",
                "{\"actorId\":\"" + library + "\",\"take\":[\"INITIATOR\"],\"effectiveDate\":\"2024-01-15\"}"));
        ok(system.post(
                t + "/position-shifts",
                "{\"actorId\":\"" + club + "\",\"take\":[\"PARTNER\"],\"effectiveDate\":\"2024-04-01\"}"));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String actor(String name) {
        return system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"" + name + "\"}")
                .json()
                .get("actorId")
                .asText();
    }

    private static JsonNode ok(RunningSystem.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }

    private static JsonNode refused(RunningSystem.Response r, int status, String rule) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (rule != null) {
            assertThat(r.body()).contains(rule);
        }
        return r.json();
    }

    private static String c1(String path) {
        return t + "/cycles/1" + path;
    }

    private static JsonNode awaitCycle(int cycle, String date, java.util.function.Predicate<JsonNode> done) {
        return system.await(t + "/cycles/" + cycle + "?date=" + date, r -> r.status() == 200 && done.test(r.json()))
                .json();
    }

    @Test
    @Order(1)
    void runsTheFirstCycleFromStepOneToFixedPracticeAgreements() {
        long before = system.storedEvents();
        refused(system.post(c1("/steps"), "{\"step\":2,\"effectiveDate\":\"2024-01-20\"}"), 409, "step-out-of-order");
        refused(
                system.post(
                        c1("/manifestation/harvest"),
                        "{\"items\":[{\"kind\":\"EXAMPLE\",\"text\":\"x\"}],\"effectiveDate\":\"2024-04-01\"}"),
                409,
                "harvest-before-step-4");
        refused(
                system.post(t + "/cycles", "{\"developmentPeriod\":{\"start\":\"2025-01-06\",\"end\":\"2026-06-30\"}}"),
                409,
                "previous-practice-agreements-not-fixed");
        refused(
                system.post(
                        c1("/meeting-moments"),
                        "{\"date\":\"2025-03-01\",\"place\":\"Buurthuis\",\"invitation\":\"Kom\",\"effectiveDate\":\"2024-02-01\"}"),
                409,
                "outside-cycle");
        refused(system.post(c1("/steps"), "{\"step\":6}"), 400, "step");
        refused(system.post(t + "/cycles/7/steps", "{\"step\":1}"), 404, "cycle");
        assertThat(system.storedEvents()).as("refusals record nothing").isEqualTo(before);

        ok(system.post(c1("/steps"), "{\"step\":1,\"effectiveDate\":\"2024-01-15\"}"));
        ok(system.post(c1("/steps"), "{\"step\":2,\"effectiveDate\":\"2024-02-01\"}"));
        ok(
                system.post(
                        c1("/steps/2/instruments"),
                        "{\"instrument\":\"NETWORK_ANALYSIS\",\"patternPart\":\"ENTERPRISING_NETWORK\",\"effectiveDate\":\"2024-02-05\"}"));
        String meeting = ok(system.post(
                        c1("/meeting-moments"),
                        "{\"date\":\"2024-03-15\",\"place\":\"Buurthuis\",\"preparationStart\":\"2024-02-20\","
                                + "\"invitation\":\"Kom praten over opgroeien\",\"invited\":[\"" + library + "\",\""
                                + club + "\"],\"effectiveDate\":\"2024-02-20\"}"))
                .get("meetingId")
                .asText();
        ok(system.post(c1("/steps"), "{\"step\":3,\"effectiveDate\":\"2024-03-01\"}"));
        ok(system.post(
                c1("/conversation/media"),
                "{\"medium\":\"LOCAL_PAPER\",\"description\":\"Artikel in de dorpskrant\","
                        + "\"link\":\"https://example.org/krant\",\"effectiveDate\":\"2024-03-05\"}"));
        ok(system.post(
                c1("/conversation/remarks"),
                "{\"text\":\"Hier kent iedereen elkaar\",\"heardFrom\":\"" + club
                        + "\",\"effectiveDate\":\"2024-03-06\"}"));
        ok(
                system.post(
                        c1("/conversation/methods"),
                        "{\"method\":\"NARRATIVE_RESEARCH\",\"description\":\"Verhalen van ouders\",\"effectiveDate\":\"2024-03-07\"}"));
        ok(system.post(
                c1("/meeting-moments/" + meeting + "/held"),
                "{\"cameTogether\":[\"" + library
                        + "\"],\"outcome\":\"Een speelochtend\",\"effectiveDate\":\"2024-03-15\"}"));
        ok(system.post(c1("/steps"), "{\"step\":4,\"effectiveDate\":\"2024-05-01\"}"));
        ok(system.post(
                c1("/manifestation"),
                "{\"place\":\"Dorpsplein\",\"participants\":[\"" + library + "\",\"" + club
                        + "\"],\"effectiveDate\":\"2024-06-15\"}"));
        ok(system.post(
                c1("/manifestation/harvest"),
                "{\"items\":[{\"kind\":\"INITIATIVE\",\"text\":\"De speelochtend\",\"actors\":[\"" + library
                        + "\"],\"ingredients\":[\"" + ingredient + "\"]}],\"effectiveDate\":\"2024-06-15\"}"));
        // the harvest endpoint of the theme records the harvest of the cycle running on its date
        JsonNode viaTheme = ok(system.post(
                t + "/manifestation-harvests",
                "{\"items\":[{\"kind\":\"EXAMPLE\",\"text\":\"Koffieochtend\"}],\"effectiveDate\":\"2024-06-16\"}"));
        assertThat(viaTheme.has("themeId")).isTrue();
        refused(
                system.post(
                        c1("/practice-agreements"),
                        "{\"party\":\"" + library + "\",\"what\":\"x\",\"period\":{\"start\":\"2025-01-01\","
                                + "\"end\":\"2026-12-31\"},\"effectiveDate\":\"2024-07-01\"}"),
                409,
                "practice-agreements-before-step-5");
        ok(system.post(c1("/steps"), "{\"step\":5,\"effectiveDate\":\"2024-08-01\"}"));
        ok(
                system.post(
                        c1("/capacity-assessment"),
                        "{\"question\":\"WHAT_WE_CAN\",\"answer\":\"Zelf een speelochtend draaien\",\"effectiveDate\":\"2024-08-10\"}"));
        ok(
                system.post(
                        c1("/facilities"),
                        "{\"facility\":\"Een ruimte\",\"means\":\"Het buurthuis stelt hem beschikbaar\",\"effectiveDate\":\"2024-08-20\"}"));
        ok(system.post(
                c1("/government-alignment"),
                "{\"alignment\":\"Besproken met de wethouder\",\"effectiveDate\":\"2024-09-01\"}"));
        ok(system.post(
                c1("/provider-agreements"),
                "{\"provider\":\"" + centre
                        + "\",\"agreement\":\"Zaal op woensdag\",\"effectiveDate\":\"2024-09-10\"}"));
        String agreement = ok(system.post(
                        c1("/practice-agreements"),
                        "{\"party\":\"" + library + "\",\"what\":\"Organiseert de speelochtend\",\"period\":{\"start\":"
                                + "\"2025-01-01\",\"end\":\"2026-12-31\"},\"effectiveDate\":\"2024-10-01\"}"))
                .get("agreementId")
                .asText();
        assertThat(agreement).isNotBlank();
        ok(system.post(c1("/practice-agreements/fixing"), "{\"effectiveDate\":\"2024-11-01\"}"));
        refused(system.post(c1("/practice-agreements/fixing"), "{}"), 409, "practice-agreements-fixed");
    }

    @Test
    @Order(2)
    void showsTheCycleAsItStoodOnDatesInsideEachStep() {
        JsonNode step1 = awaitCycle(1, "2024-01-20", v -> true);
        assertThat(step1.get("steps")).hasSize(1);
        assertThat(step1.get("state").asText()).isEqualTo("RUNNING");
        assertThat(step1.get("programmeLine").get("meetingMoments")).isEmpty();

        JsonNode step2 = awaitCycle(1, "2024-02-25", v -> true);
        assertThat(step2.get("steps")).hasSize(2);
        assertThat(step2.at("/steps/1/instruments/0/patternPart").asText()).isEqualTo("ENTERPRISING_NETWORK");
        JsonNode planned = step2.at("/programmeLine/meetingMoments/0");
        assertThat(planned.get("held").asBoolean()).isFalse();
        assertThat(planned.get("invited")).hasSize(2);

        JsonNode step3 = awaitCycle(1, "2024-03-20", v -> true);
        assertThat(step3.get("steps")).hasSize(3);
        assertThat(step3.at("/conversation/media/0/link").asText()).isEqualTo("https://example.org/krant");
        assertThat(step3.at("/conversation/remarks/0/heardFrom").asText()).isEqualTo(club);
        assertThat(step3.at("/programmeLine/meetingMoments/0/held").asBoolean()).isTrue();
        assertThat(step3.has("manifestation")).isFalse();

        JsonNode step4 = awaitCycle(1, "2024-06-20", v -> v.has("manifestation"));
        assertThat(step4.get("steps")).hasSize(4);
        assertThat(step4.at("/manifestation/place").asText()).isEqualTo("Dorpsplein");
        assertThat(step4.at("/manifestation/harvests")).hasSize(2);
        assertThat(step4.at("/manifestation/harvests/0/items/0/ingredients/0").asText())
                .isEqualTo(ingredient);
        assertThat(step4.get("practiceAgreements")).isEmpty();

        JsonNode step5 = awaitCycle(1, "2024-10-15", v -> true);
        assertThat(step5.get("steps")).hasSize(5);
        assertThat(step5.at("/stepFive/capacityAssessment/0/question").asText()).isEqualTo("WHAT_WE_CAN");
        assertThat(step5.at("/stepFive/providerAgreements/0/provider").asText()).isEqualTo(centre);
        assertThat(step5.get("practiceAgreements")).hasSize(1);
        assertThat(step5.get("state").asText()).isEqualTo("RUNNING");

        JsonNode fixed =
                awaitCycle(1, "2024-11-15", v -> v.get("state").asText().equals("PRACTICE_AGREEMENTS_FIXED"));
        assertThat(fixed.at("/practiceAgreements/0/running").asBoolean())
                .as("the agreed practice starts in 2025")
                .isFalse();
        assertThat(fixed.get("practiceAgreementsFixedOn").asText()).isEqualTo("2024-11-01");

        String svg = system.get(c1("/programme-line.svg?date=2024-06-20")).body();
        assertThat(svg)
                .startsWith("<svg")
                .contains("class=\"meeting held\"", "class=\"manifestation\"", "class=\"today\"");
    }

    @Test
    @Order(3)
    void startsCycleTwoUnderANewNameWhileTheFirstCyclesPracticeRuns() {
        RunningSystem.Response overlap = system.post(
                t + "/cycles",
                "{\"developmentPeriod\":{\"start\":\"2024-12-01\",\"end\":\"2026-06-30\"},\"effectiveDate\":\"2024-12-02\"}");
        refused(overlap, 409, "overlaps-previous-programme");
        RunningSystem.Response started = system.post(
                t + "/cycles",
                "{\"developmentPeriod\":{\"start\":\"2025-01-06\",\"end\":\"2026-06-30\"},"
                        + "\"name\":\"Vrolijk groot worden\",\"effectiveDate\":\"2024-12-02\","
                        + "\"reason\":\"made current again\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("cycle").asInt()).isEqualTo(2);
        assertThat(started.headers().firstValue("Location").orElse("")).endsWith("/cycles/2");
        ok(system.post(t + "/cycles/2/steps", "{\"step\":1,\"effectiveDate\":\"2025-01-06\"}"));
        ok(system.post(
                t + "/position-shifts",
                "{\"actorId\":\"" + centre + "\",\"take\":[\"PARTNER\"],\"effectiveDate\":\"2025-03-01\"}"));

        JsonNode both = system.await(
                        t + "/cycles?date=2025-03-01",
                        r -> r.status() == 200
                                && r.json().get("cycles").size() == 2
                                && r.json().at("/cycles/1/step").isInt())
                .json();
        assertThat(both.get("currentCycle").asInt()).isEqualTo(2);
        JsonNode first = both.at("/cycles/0");
        JsonNode second = both.at("/cycles/1");
        assertThat(first.get("name").asText()).isEqualTo("Zorg voor jeugd");
        assertThat(first.get("state").asText()).isEqualTo("PRACTICE_AGREEMENTS_FIXED");
        assertThat(first.get("practiceRunning").asBoolean())
                .as("cycle 1's practice runs beside cycle 2")
                .isTrue();
        assertThat(second.get("name").asText()).isEqualTo("Vrolijk groot worden");
        assertThat(second.get("state").asText()).isEqualTo("RUNNING");
        assertThat(second.get("step").asInt()).isEqualTo(1);
        JsonNode before = system.get(t + "/cycles?date=2024-12-01").json();
        assertThat(before.get("cycles"))
                .as("cycle 2 had not started on 2024-12-01")
                .hasSize(1);
    }

    @Test
    @Order(4)
    void theShiftsAndNetworkOfACycleAreOneRequest() {
        system.await(t + "/network?date=2025-03-02", r -> r.body().contains(centre));
        String acrossOne = system.get(t + "/position-shifts?cycle=1").body();
        assertThat(acrossOne)
                .isEqualTo(system.get(t + "/position-shifts?from=2024-01-01&to=2024-12-31")
                        .body());
        JsonNode one = system.get(t + "/position-shifts?cycle=1").json();
        assertThat(one.toString()).contains(library, club).doesNotContain(centre);
        JsonNode two = system.get(t + "/position-shifts?cycle=2").json();
        assertThat(two.get("from").asText()).isEqualTo("2025-01-06");
        assertThat(two.get("to").asText()).isEqualTo("2026-06-30");
        assertThat(two.toString()).contains(centre);
        assertThat(system.get(t + "/network?cycle=1").body())
                .isEqualTo(system.get(t + "/network?date=2024-12-31").body());
        refused(system.get(t + "/position-shifts?cycle=1&from=2024-01-01"), 400, "cycle");
        refused(system.get(t + "/position-shifts?cycle=9"), 404, "cycle");
        refused(system.get(t + "/position-shifts"), 400, "from");
    }

    @Test
    @Order(5)
    void anotherMunicipalitySeesAndChangesNothing() {
        long before = system.storedEvents();
        String other = "/v1/municipalities/GM0202/themes/" + theme;
        refused(system.get(other + "/cycles"), 404, null);
        refused(system.get(other + "/cycles/1"), 404, null);
        refused(system.get(other + "/cycles/1/programme-line.svg"), 404, null);
        refused(system.post(other + "/cycles/2/steps", "{\"step\":2}"), 404, null);
        refused(
                system.post(
                        other + "/cycles", "{\"developmentPeriod\":{\"start\":\"2027-01-01\",\"end\":\"2028-12-31\"}}"),
                404,
                null);
        refused(system.post(other + "/alignments", "{\"otherThemeId\":\"" + theme + "\"}"), 404, null);
        // every programme command, each with a body it would accept for its own municipality's theme
        String c = other + "/cycles/2";
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put(c + "/steps/1/instruments", "{\"instrument\":\"THEME_ANALYSIS\"}");
        commands.put(c + "/conversation/media", "{\"medium\":\"WEBSITE\",\"description\":\"x\"}");
        commands.put(c + "/conversation/remarks", "{\"text\":\"x\"}");
        commands.put(c + "/conversation/methods", "{\"method\":\"INTERVIEWS\",\"description\":\"x\"}");
        commands.put(c + "/meeting-moments", "{\"date\":\"2025-06-01\",\"place\":\"x\",\"invitation\":\"x\"}");
        commands.put(c + "/manifestation", "{\"place\":\"x\"}");
        commands.put(c + "/manifestation/harvest", "{\"items\":[{\"kind\":\"EXAMPLE\",\"text\":\"x\"}]}");
        commands.put(c + "/capacity-assessment", "{\"question\":\"WHAT_WE_ARE\",\"answer\":\"x\"}");
        commands.put(c + "/facilities", "{\"facility\":\"x\",\"means\":\"y\"}");
        commands.put(c + "/government-alignment", "{\"alignment\":\"x\"}");
        commands.put(c + "/provider-agreements", "{\"provider\":\"" + centre + "\",\"agreement\":\"x\"}");
        commands.put(
                c + "/practice-agreements",
                "{\"party\":\"" + centre
                        + "\",\"what\":\"x\",\"period\":{\"start\":\"2027-01-01\",\"end\":\"2027-12-31\"}}");
        commands.put(c + "/practice-agreements/fixing", "{}");
        commands.put(c + "/closure", "{}");
        commands.put(other + "/alignments/" + theme + "/ending", "{}");
        commands.forEach((path, body) -> refused(system.post(path, body), 404, null));
        refused(system.put(other + "/recurrence", "{\"recurrence\":\"ONE_OFF\"}"), 404, null);
        refused(
                system.put(
                        c + "/development-period",
                        "{\"developmentPeriod\":{\"start\":\"2025-01-06\",\"end\":\"2026-05-31\"},\"reason\":\"x\"}"),
                404,
                null);
        refused(system.get("/v1/municipalities/GM0202/themes/" + theme + "/position-shifts?cycle=1"), 404, null);
        assertThat(system.storedEvents()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void theHistorySaysWhoStartedTheCycleWhenAndWhy() {
        JsonNode history = system.await(
                        t + "/history?pageSize=500",
                        r -> r.status() == 200 && r.body().contains("ProgrammeCycleStarted"))
                .json();
        JsonNode startedEntry = null;
        for (JsonNode e : history.get("events")) {
            if (e.get("type").asText().equals("ProgrammeCycleStarted")) {
                startedEntry = e;
            }
        }
        assertThat(startedEntry).isNotNull();
        assertThat(startedEntry.toString()).contains("made current again", system.subject(IdentityProvider.DEVELOPER));
    }

    @Test
    @Order(7)
    void corsAdmitsTheProgrammeEndpoints() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> preflight = http.send(
                HttpRequest.newBuilder(URI.create(system.commandUrl() + c1("/practice-agreements/fixing")))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "if-match,idempotency-key,authorization")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Headers")
                        .orElse("")
                        .toLowerCase())
                .contains("if-match", "idempotency-key", "authorization");
        HttpResponse<String> read = http.send(
                HttpRequest.newBuilder(URI.create(system.queryUrl() + t + "/cycles/1"))
                        .header("Authorization", "Bearer " + system.token(IdentityProvider.DEVELOPER))
                        .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains(RunningSystem.ALLOWED_ORIGIN);
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .contains("X-Consistency-Token");
    }

    @Test
    @Order(8)
    void aReplayOfTheProgrammeFamilyGivesIdenticalViews() {
        Map<String, String> before = views();
        List<String> documents = documents(0);
        RunningSystem.Response accepted =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/programme/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        int generation = RunningSystem.rebuildingGeneration(accepted.json());
        system.await(
                "/v1/projections/programme",
                r -> r.status() == 200 && r.json().get("generation").asInt() == generation);
        assertThat(views()).isEqualTo(before);
        assertThat(documents(generation)).isEqualTo(documents);
    }

    private static Map<String, String> views() {
        Map<String, String> v = new LinkedHashMap<>();
        for (String date : List.of("2024-01-20", "2024-03-20", "2024-06-20", "2024-11-15", "2025-03-01")) {
            v.put(date, system.get(t + "/cycles?date=" + date).body());
            v.put("1 " + date, system.get(t + "/cycles/1?date=" + date).body());
        }
        v.put("2", system.get(t + "/cycles/2?date=2025-03-01").body());
        return v;
    }

    private static List<String> documents(int generation) {
        List<String> out = new ArrayList<>();
        String name = generation == 0 ? "theme_programmes" : "theme_programmes_g" + generation;
        system.db().getCollection(name).find().sort(new Document("_id", 1)).forEach(d -> out.add(d.toJson()));
        assertThat(out).isNotEmpty();
        return out;
    }
}
