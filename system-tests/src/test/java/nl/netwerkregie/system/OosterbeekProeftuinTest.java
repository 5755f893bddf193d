package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
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
 * The proeftuin "Opvoeden vanuit eigen kracht" in Oosterbeek, end to end over HTTP: cycle 1 with its five steps, each
 * instrument made in the step it belongs to (a theme analysis in step 1, an environment analysis by the CJG-netwerk
 * as schakel and pattern research in step 2, a capacity analysis in step 5), the municipality moving down the
 * participation ladder from directing to facilitating, MOVISIE's elements noted and revised, and two zelfscans of
 * regio Arnhem a year apart. Every view is asserted on dates before, during and after; then every family the
 * scenario touches is rebuilt and gives the same views.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OosterbeekProeftuinTest {
    static final String RENKUM = "/v1/municipalities/GM0274";
    static final String ARNHEM = "/v1/municipalities/GM0202";
    private static RunningSystem system;
    private static String t;
    private static String iris;
    private static String cjg;
    private static String school;
    private static String swv;
    private static String region;
    private static final Map<String, String> analyses = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        t = RENKUM + "/themes/"
                + ok(system.post(
                                RENKUM + "/themes",
                                "{\"name\":\"Opvoeden vanuit eigen kracht\",\"story\":\"Ouders in Oosterbeek zoeken "
                                        + "samen hoe opvoeden vanuit eigen kracht gaat.\",\"buurten\":[\"BU02740201\"],"
                                        + "\"developmentPeriod\":{\"start\":\"2013-01-01\",\"end\":\"2014-12-31\"},"
                                        + "\"effectiveDate\":\"2013-01-07\"}"))
                        .get("themeId")
                        .asText();
        iris = ok(system.post(RENKUM + "/actors", "{\"type\":\"PERSON\",\"name\":\"Iris Vermeulen\"}"))
                .get("actorId")
                .asText();
        cjg = organisation(RENKUM, "CJG-netwerk Renkum");
        school = organisation(RENKUM, "Basisschool De Wegwijzer");
        swv = organisation(ARNHEM, "Samenwerkingsverband Passend Leren Rijnstreek");
        String[] stepDates = {"2013-01-14", "2013-03-01", "2013-05-01", "2013-09-01", "2014-03-01"};
        for (int step = 1; step <= 5; step++) {
            ok(system.post(
                    t + "/cycles/1/steps",
                    "{\"step\":" + step + ",\"effectiveDate\":\"" + stepDates[step - 1] + "\"}"));
        }
        String meeting = ok(system.post(
                        t + "/cycles/1/meeting-moments",
                        "{\"date\":\"2013-10-10\",\"place\":\"Dorpshuis Oosterbeek\",\"invitation\":\"Ouders en "
                                + "professionals vertellen wat werkt\",\"effectiveDate\":\"2013-04-01\"}"))
                .get("meetingId")
                .asText();
        // the instruments, each in its step
        open("THEME_ANALYSIS", "REGIEVOERDER", null, 1, "2013-01-20");
        ok(system.post(
                analyses.get("THEME_ANALYSIS") + "/sessions/theme-analysis",
                "{\"participants\":[\"" + iris + "\",\"" + cjg + "\"],\"nameWords\":[{\"word\":\"eigen kracht\","
                        + "\"proposedBy\":\"" + iris + "\"},{\"word\":\"samen opvoeden\"}],\"chosenName\":"
                        + "\"Opvoeden vanuit eigen kracht\",\"firstNetwork\":[\"" + iris + "\",\"" + cjg + "\"],"
                        + "\"timeline\":[{\"moment\":\"START\",\"date\":\"2013-01-14\",\"label\":\"Start\"},"
                        + "{\"moment\":\"MEETING_MOMENT\",\"date\":\"2013-10-10\",\"label\":\"Ouderavond\","
                        + "\"meetingId\":\"" + meeting + "\"}],\"effectiveDate\":\"2013-01-28\"}"));
        open("ENVIRONMENT_ANALYSIS", "SCHAKEL", cjg, 2, "2013-03-05");
        ok(
                system.post(
                        analyses.get("ENVIRONMENT_ANALYSIS") + "/sessions/environment-analysis",
                        "{\"participants\":[\"" + cjg + "\"],\"ownStrength\":{\"kind\":\"SYSTEM\",\"name\":\"Een jonge "
                                + "ouder en het gezin\"},\"entries\":[{\"ring\":\"OWN_NETWORKS\",\"text\":\"Opa en oma\"},"
                                + "{\"ring\":\"SPECIFIC_FACILITIES\",\"text\":\"Het CJG\",\"actor\":\"" + cjg + "\"}],"
                                + "\"answers\":[{\"angle\":\"CAPACITY\",\"question\":\"MAKING_YOURSELF_SUPERFLUOUS\","
                                + "\"answer\":\"Ouders organiseren de ouderavonden zelf.\"}],\"effectiveDate\":\"2013-03-12\"}"));
        open("PATTERN_RESEARCH", "GROUP", null, 2, "2013-03-20");
        ok(system.post(
                analyses.get("PATTERN_RESEARCH") + "/sessions/pattern-research",
                "{\"participants\":[\"" + iris + "\",\"" + school + "\"],\"associations\":[{\"part\":"
                        + "\"SHARED_AWARENESS\",\"text\":\"van elkaar leren\",\"writtenBy\":\"" + school + "\"}],"
                        + "\"conclusions\":[\"Ouders weten meer dan ze denken\"],\"effectiveDate\":\"2013-03-20\"}"));
        open("CAPACITY_ANALYSIS", "GROUP", null, 5, "2014-03-10");
        ok(system.post(
                analyses.get("CAPACITY_ANALYSIS") + "/sessions/capacity-analysis",
                "{\"participants\":[\"" + iris + "\",\"" + cjg + "\",\"" + school + "\"],\"cells\":[{\"part\":"
                        + "\"SELF_ORGANISING_EXAMPLE\",\"activity\":\"FACILITATE_WHAT_YOU_DO\",\"description\":"
                        + "\"De ouderavond draait zonder de gemeente\"}],\"signs\":[{\"question\":\"TAKES_REGIE\","
                        + "\"answer\":\"Ouders plannen het volgende jaar\",\"judgement\":\"CONSIDERABLE\"}],"
                        + "\"effectiveDate\":\"2014-03-17\"}"));
        // the participation ladder: directing at the start, facilitating once the parents carry it
        rung("DIRECT", "2013-01-14", "De gemeente zet de proeftuin op.", cjg);
        rung("FACILITATE", "2014-06-01", "De ouders dragen de avonden; de gemeente faciliteert.", iris);
        // MOVISIE's elements of regie
        ok(system.put(
                t + "/regie/elements/NAME_YOUR_OWN_ROLE",
                "{\"note\":\"Wij zijn aanjager, niet de uitvoerder.\",\"effectiveDate\":\"2013-02-01\"}"));
        ok(system.put(
                t + "/regie/elements/NAME_YOUR_OWN_ROLE",
                "{\"note\":\"Wij stappen terug naar faciliteren.\",\"effectiveDate\":\"2014-06-01\"}"));
        ok(system.put(
                t + "/regie/phases/JOINT_POLICY_VISION",
                "{\"regieOn\":\"De visie op opvoeden\",\"skills\":[\"NETWORKING\",\"STIMULATING\",\"INITIATING\"],"
                        + "\"effectiveDate\":\"2013-02-01\"}"));
        // two zelfscans of regio Arnhem, a year apart
        region = ok(system.post(
                        RENKUM + "/regions",
                        "{\"name\":\"Regio Arnhem\",\"members\":" + json(ZelfscanTest.REGIO_ARNHEM)
                                + ",\"effectiveDate\":\"2013-01-15\"}"))
                .get("regionId")
                .asText();
        ok(system.post(
                RENKUM + "/regions/" + region + "/zelfscans",
                "{\"title\":\"Zelfscan 2013\",\"effectiveDate\":\"2013-03-01\"}"));
        answer(RENKUM, 1, cjg, "YOUTH_AID", "2013-03-05", 2, 1, 2, 1);
        answer(RENKUM, 1, school, "EDUCATION", "2013-03-06", 3, 2, 2, 1);
        answer(ARNHEM, 1, swv, "EDUCATION", "2013-03-07", 2, 2, 3, 2);
        ok(system.post(
                ARNHEM + "/regions/" + region + "/zelfscans",
                "{\"title\":\"Zelfscan 2014\",\"effectiveDate\":\"2014-03-03\"}"));
        answer(RENKUM, 2, cjg, "YOUTH_AID", "2014-03-05", 3, 3, 4, 3);
        answer(RENKUM, 2, school, "EDUCATION", "2014-03-06", 4, 2, 4, 2);
        String last = answer(ARNHEM, 2, swv, "EDUCATION", "2014-03-07", 3, 3, 5, 3);
        system.await(RENKUM + "/regions/" + region + "/zelfscans/2?consistencyToken=" + last, r -> r.status() == 200);
        system.await(
                t + "/regie?date=2014-07-01", r -> r.status() == 200 && r.body().contains("Wij stappen terug"));
        system.await(
                t + "/analyses?date=2014-06-30",
                r -> r.status() == 200 && r.body().contains("De ouderavond draait"));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static JsonNode ok(RunningSystem.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }

    private static String organisation(String municipality, String name) {
        return ok(system.post(
                        municipality + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"" + name + "\"}"))
                .get("actorId")
                .asText();
    }

    private static void open(String instrument, String madeBy, String schakel, int step, String date) {
        analyses.put(
                instrument,
                t + "/analyses/"
                        + ok(system.post(
                                        t + "/analyses",
                                        "{\"instrument\":\"" + instrument + "\",\"title\":\"" + instrument
                                                + " Oosterbeek\",\"madeBy\":\"" + madeBy + "\""
                                                + (schakel == null ? "" : ",\"schakel\":\"" + schakel + "\"")
                                                + ",\"cycle\":1,\"step\":" + step + ",\"effectiveDate\":\"" + date
                                                + "\"}"))
                                .get("analysisId")
                                .asText());
    }

    private static void rung(String rung, String date, String why, String decidedBy) {
        ok(system.post(
                t + "/participation-rungs",
                "{\"subject\":\"Opvoedondersteuning\",\"rung\":\"" + rung + "\",\"why\":\"" + why
                        + "\",\"decidedBy\":[\"" + decidedBy + "\"],\"effectiveDate\":\"" + date + "\"}"));
    }

    private static String answer(
            String municipality, int scan, String respondent, String sector, String date, int... levels) {
        String[] roles = {"DESIGNER", "QUARTERMASTER", "CONNECTOR", "CONDUCTOR"};
        List<String> scores = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            scores.add("{\"role\":\"" + roles[i] + "\",\"level\":" + levels[i] + "}");
        }
        return ok(system.post(
                        municipality + "/regions/" + region + "/zelfscans/" + scan + "/answers",
                        "{\"respondent\":\"" + respondent + "\",\"sector\":\"" + sector + "\",\"scores\":["
                                + String.join(",", scores) + "],\"effectiveDate\":\"" + date + "\"}"))
                .get("consistencyToken")
                .asText();
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static List<String> analysesOn(String date) {
        List<String> out = new ArrayList<>();
        system.get(t + "/analyses?cycle=1&date=" + date)
                .json()
                .get("analyses")
                .forEach(a -> out.add(
                        a.get("instrument").asText() + "/step " + a.get("step").asInt()));
        return out;
    }

    @Test
    @Order(0)
    void everyInstrumentStandsInItsStepOfTheCycleOnItsDates() {
        assertThat(analysesOn("2013-01-19")).isEmpty();
        assertThat(analysesOn("2013-02-01")).containsExactly("THEME_ANALYSIS/step 1");
        assertThat(analysesOn("2013-04-01"))
                .containsExactly("THEME_ANALYSIS/step 1", "ENVIRONMENT_ANALYSIS/step 2", "PATTERN_RESEARCH/step 2");
        assertThat(analysesOn("2014-06-30"))
                .containsExactly(
                        "THEME_ANALYSIS/step 1",
                        "ENVIRONMENT_ANALYSIS/step 2",
                        "PATTERN_RESEARCH/step 2",
                        "CAPACITY_ANALYSIS/step 5");
        JsonNode theme =
                system.get(analyses.get("THEME_ANALYSIS") + "?date=2013-02-01").json();
        assertThat(theme.at("/themeAnalysis/chosenName").asText()).isEqualTo("Opvoeden vanuit eigen kracht");
        assertThat(theme.at("/themeAnalysis/timeline/1/moment").asText()).isEqualTo("MEETING_MOMENT");
        JsonNode environment = system.get(analyses.get("ENVIRONMENT_ANALYSIS") + "?date=2013-03-11")
                .json();
        assertThat(environment.get("schakel").asText()).isEqualTo(cjg);
        assertThat(environment.has("environmentAnalysis"))
                .as("before its session")
                .isFalse();
        assertThat(system.get(analyses.get("ENVIRONMENT_ANALYSIS") + "?date=2013-03-12")
                        .json()
                        .at("/environmentAnalysis/ownStrength/kind")
                        .asText())
                .isEqualTo("SYSTEM");
        assertThat(system.get(analyses.get("PATTERN_RESEARCH") + "?date=2013-12-31")
                        .json()
                        .at("/patternResearch/associations/0/part")
                        .asText())
                .isEqualTo("SHARED_AWARENESS");
        JsonNode capacity = system.get(analyses.get("CAPACITY_ANALYSIS") + "?date=2014-06-30")
                .json();
        assertThat(capacity.at("/capacityAnalysis/signs/0/judgement").asText()).isEqualTo("CONSIDERABLE");
        assertThat(capacity.at("/sessions/0/participants")).hasSize(3);
        // the cycle beside them: step 5 started on the day the capacity analysis could first be made
        JsonNode cycle = system.get(t + "/cycles/1?date=2014-06-30").json();
        assertThat(cycle.get("steps")).hasSize(5);
        assertThat(cycle.at("/steps/4/step").asInt()).isEqualTo(5);
        assertThat(cycle.at("/steps/4/startedOn").asText()).isEqualTo("2014-03-01");
        assertThat(system.get(t + "/cycles/1?date=2014-02-28").json().get("steps"))
                .hasSize(4);
    }

    @Test
    @Order(1)
    void theLadderAndMovisiesRegieMoveOverTheCycle() {
        JsonNode early = system.get(t + "/participation-ladder?date=2014-01-01").json();
        assertThat(early.at("/subjects/0/rung").asText()).isEqualTo("DIRECT");
        JsonNode later = system.get(t + "/participation-ladder?date=2014-07-01").json();
        assertThat(later.at("/subjects/0/rung").asText()).isEqualTo("FACILITATE");
        assertThat(later.at("/subjects/0/decidedBy/0").asText()).isEqualTo(iris);
        assertThat(later.at("/subjects/0/steps")).hasSize(2);
        assertThat(later.at("/subjects/0/steps/0/cycle").asInt())
                .as("beside its cycle")
                .isEqualTo(1);
        assertThat(later.at("/subjects/0/steps/1/cycle").asInt()).isEqualTo(1);
        assertThat(system.get(t + "/participation-ladder?date=2013-01-10")
                        .json()
                        .get("subjects"))
                .isEmpty();
        JsonNode regie2013 = system.get(t + "/regie?date=2013-06-01").json();
        assertThat(regie2013.at("/elements/0/element").asText()).isEqualTo("NAME_YOUR_OWN_ROLE");
        assertThat(regie2013.at("/elements/0/note").asText()).startsWith("Wij zijn aanjager");
        assertThat(regie2013.at("/phases/0/skills").toString())
                .isEqualTo("[\"NETWORKING\",\"STIMULATING\",\"INITIATING\"]");
        JsonNode regie2014 = system.get(t + "/regie?date=2014-07-01").json();
        assertThat(regie2014.at("/elements/0/note").asText()).startsWith("Wij stappen terug");
        assertThat(regie2014.at("/elements/0/history")).hasSize(2);
        assertThat(regie2014.at("/elements/0/history/1/cycle").asInt()).isEqualTo(1);
        // a note after the cycle's development period stands outside any cycle
        ok(system.put(
                t + "/regie/elements/DEVELOP_A_VISION",
                "{\"note\":\"Een visie voor na de proeftuin.\",\"effectiveDate\":\"2015-02-01\"}"));
        JsonNode regie2015 = system.await(
                        t + "/regie?date=2015-03-01",
                        r -> r.status() == 200 && r.body().contains("na de proeftuin"))
                .json();
        assertThat(regie2015.at("/elements/0/element").asText()).isEqualTo("DEVELOP_A_VISION");
        assertThat(regie2015.at("/elements/0/history/0/cycle").isMissingNode()).isTrue();
    }

    @Test
    @Order(2)
    void theTwoZelfscansOfRegioArnhemShowTheChange() {
        String scans = RENKUM + "/regions/" + region + "/zelfscans/";
        assertThat(system.get(ARNHEM + "/regions/" + region + "?date=2013-12-31")
                        .json()
                        .get("zelfscans"))
                .hasSize(1);
        JsonNode first = system.get(scans + "1?date=2013-12-31").json();
        assertThat(first.get("respondents").asInt()).isEqualTo(3);
        assertThat(first.at("/roles/0/median").asDouble()).as("designer 2,2,3").isEqualTo(2.0);
        assertThat(first.at("/roles/2/median").asDouble()).as("connector 2,2,3").isEqualTo(2.0);
        assertThat(system.get(scans + "2?date=2013-12-31").status()).isEqualTo(404);
        JsonNode changes =
                system.get(scans + "changes?from=1&to=2&date=2014-12-31").json();
        assertThat(changes.at("/roles/2/role").asText()).isEqualTo("CONNECTOR");
        assertThat(changes.at("/roles/2/to/median").asDouble())
                .as("connector 4,4,5")
                .isEqualTo(4.0);
        assertThat(changes.at("/roles/2/medianChange").asDouble()).isEqualTo(2.0);
        assertThat(changes.at("/roles/3/medianChange").asDouble())
                .as("conductor 1,1,2 to 2,3,3")
                .isEqualTo(2.0);
        assertThat(changes.at("/roles/1/meanChange").asDouble())
                .as("quartermaster 1.67 to 2.67")
                .isEqualTo(1.0);
    }

    @Test
    @Order(3)
    void aReplayOfEveryFamilyTheProeftuinTouchesGivesTheSameViews() {
        List<String> paths = new ArrayList<>();
        for (String date : List.of("2013-02-01", "2013-06-01", "2014-07-01")) {
            paths.add(t + "/analyses?cycle=1&date=" + date);
            paths.add(t + "/participation-ladder?date=" + date);
            paths.add(t + "/regie?date=" + date);
            paths.add(t + "/cycles/1?date=" + date);
            paths.add(RENKUM + "/regions/" + region + "?date=" + date);
        }
        paths.add(RENKUM + "/regions/" + region + "/zelfscans/changes?from=1&to=2&date=2014-12-31");
        analyses.values().forEach(a -> paths.add(a + "?date=2014-06-30"));
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : paths) {
            RunningSystem.Response r = system.get(path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
            before.put(path, r.body());
        }
        for (String family : List.of("programme", "instruments", "regions")) {
            RunningSystem.Response accepted = system.send(
                    HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/" + family + "/replays"))
                            .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            int generation = RunningSystem.rebuildingGeneration(accepted.json());
            system.await(
                    "/v1/projections/" + family,
                    r -> r.status() == 200 && r.json().get("generation").asInt() == generation);
        }
        for (Map.Entry<String, String> e : before.entrySet()) {
            assertThat(system.get(e.getKey()).body()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
