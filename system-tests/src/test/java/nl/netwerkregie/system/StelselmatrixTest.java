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
 * The stelselmatrix of a theme in Doorwerth over real HTTP: set up from the municipality's chain, worked
 * through two periods (cycle 1, then a period the municipality sets, judged on the municipality's own
 * scale) with back-dated entries, responsibilities moved toward the buurt and lost when the schakels
 * carrying it left; the programme of activities, the phases and the portfolio; the matrix asserted on
 * three dates, the shift across cycle 1, the refusals (nothing
 * recorded), municipality isolation for every matrix endpoint, read-your-writes and ETags, CORS, and a
 * replay of the matrix family giving identical views.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StelselmatrixTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static final String DOORWERTH = "BU02740101";
    private static RunningSystem system;
    private static String theme;
    private static String t;
    private static String m;
    private static String dorpsraad;
    private static String wijkteam;
    private static String school;
    private static String ouderavond;
    private static String cooperatie;
    private static String vervoer;
    private static String jongeGezinnen;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        dorpsraad = actor("Dorpsraad Doorwerth");
        wijkteam = actor("Sociaal wijkteam Renkum");
        school = actor("Basisschool De Wegwijzer");
        theme = ok(system.post(
                        GM + "/themes",
                        "{\"name\":\"Versterken van buurtkracht\",\"story\":\"Samen sterker in het dorp\","
                                + "\"buurten\":[\"" + DOORWERTH + "\"],"
                                + "\"developmentPeriod\":{\"start\":\"2013-01-01\",\"end\":\"2014-12-31\"},"
                                + "\"effectiveDate\":\"2013-01-10\"}"))
                .get("themeId")
                .asText();
        t = GM + "/themes/" + theme;
        m = t + "/matrices/" + DOORWERTH;
        shift(dorpsraad, "{\"take\":[\"INITIATOR\"]", "2013-02-01");
        shift(wijkteam, "{\"take\":[\"PARTNER\"]", "2013-02-01");
        shift(school, "{\"take\":[\"USER\"]", "2013-04-01");
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static void shift(String actor, String take, String date) {
        ok(system.post(
                t + "/position-shifts", take + ",\"actorId\":\"" + actor + "\",\"effectiveDate\":\"" + date + "\"}"));
    }

    private static String actor(String name) {
        return ok(system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"" + name + "\"}"))
                .get("actorId")
                .asText();
    }

    private static JsonNode ok(RunningSystem.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }

    private static void refused(RunningSystem.Response r, int status, String rule) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (rule != null) {
            assertThat(r.json().path("rule").asText()).as(r.body()).isEqualTo(rule);
        }
    }

    private static JsonNode matrixOn(String date, java.util.function.Predicate<JsonNode> done) {
        return system.await(m + "?date=" + date, r -> r.status() == 200 && done.test(r.json()))
                .json();
    }

    private static JsonNode cell(JsonNode matrix, String position, String element) {
        for (JsonNode c : matrix.get("cells")) {
            if (c.get("position").asText().equals(position)
                    && c.get("element").asText().equals(element)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + position + " × " + element);
    }

    private static String judgement(String level, String period, String date) {
        return "{\"period\":" + period + ",\"level\":" + level + ",\"judgedBy\":[\"" + dorpsraad + "\",\"" + wijkteam
                + "\"],\"note\":\"Samen bepaald\",\"effectiveDate\":\"" + date + "\"}";
    }

    @Test
    @Order(1)
    void setsUpTheMatrixFromTheMunicipalitysChain() {
        // the municipality's own chain from 2013: the standard eight plus the school
        ok(system.put(
                GM + "/settings/default-chain",
                "{\"chain\":[{\"position\":\"resident\",\"name\":\"Inwoner (huishouden)\"},"
                        + "{\"position\":\"buurt\",\"name\":\"Buurt\"},{\"position\":\"open-network\",\"name\":\"Open netwerk\"},"
                        + "{\"position\":\"wijkteam\",\"name\":\"Sociaal wijkteam\"},"
                        + "{\"position\":\"services-and-facilities\",\"name\":\"Diensten en voorzieningen\"},"
                        + "{\"position\":\"municipal-regievoering\",\"name\":\"Gemeentelijke regievoering\"},"
                        + "{\"position\":\"council-and-executive\",\"name\":\"Raad en college\"},"
                        + "{\"position\":\"administrative-cooperation\",\"name\":\"Bestuurlijke samenwerking\"}],"
                        + "\"effectiveDate\":\"2013-01-01\"}"));
        refused(
                system.post(t + "/matrices", "{\"buurt\":\"BU02740201\",\"effectiveDate\":\"2013-03-01\"}"),
                409,
                "buurt-not-of-theme");
        refused(
                system.post(t + "/matrices", "{\"buurt\":\"" + DOORWERTH + "\",\"effectiveDate\":\"2013-01-09\"}"),
                409,
                "before-theme-named");
        refused(system.post(t + "/matrices", "{\"buurt\":\"BU02020101\"}"), 400, null);
        RunningSystem.Response created =
                system.post(t + "/matrices", "{\"buurt\":\"" + DOORWERTH + "\",\"effectiveDate\":\"2013-03-01\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(m);
        assertThat(created.json().get("consistencyToken").asText()).isEqualTo(theme + ":matrix:" + DOORWERTH + ".0");
        refused(
                system.post(t + "/matrices", "{\"buurt\":\"" + DOORWERTH + "\",\"effectiveDate\":\"2013-04-01\"}"),
                409,
                "matrix-exists");
        // read-your-writes with the matrix's token; the ETag is the matrix's version
        RunningSystem.Response read =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + m + "?date=2013-03-01"))
                        .header(
                                "X-Consistency-Token",
                                created.json().get("consistencyToken").asText()));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("positions")).hasSize(8);
        assertThat(read.headers().firstValue("ETag")).contains("\"0\"");
        JsonNode list = system.await(
                        t + "/matrices",
                        r -> r.status() == 200 && r.json().get("matrices").size() == 1)
                .json();
        assertThat(list.get("matrices").get(0).get("setUpOn").asText()).isEqualTo("2013-03-01");
    }

    @Test
    @Order(2)
    void worksTheCellsAndTheLedgerThroughCycleOne() {
        ok(
                system.post(
                        m + "/positions",
                        "{\"position\":\"school\",\"name\":\"School\",\"before\":\"wijkteam\",\"effectiveDate\":\"2013-09-01\"}"));
        ok(system.put(
                m + "/cells/buurt/BUILDING_NETWORKS",
                "{\"ownStrength\":\"Een actieve dorpsraad en drie verenigingen\","
                        + "\"strategies\":[\"CONVERSATIONS\",\"BUURTMIX\"],\"otherStrategies\":[\"Dorpsontbijt\"],"
                        + "\"effectiveDate\":\"2013-03-15\"}"));
        jongeGezinnen = ok(system.post(
                        m + "/cells/buurt/BUILDING_NETWORKS/attention-points",
                        "{\"text\":\"Jonge gezinnen zijn niet in beeld\",\"effectiveDate\":\"2013-03-15\"}"))
                .get("attentionPointId")
                .asText();
        vervoer = ok(system.post(
                        m + "/cells/resident/SUPPORT/attention-points",
                        "{\"text\":\"Vervoer naar de huisarts\",\"effectiveDate\":\"2013-05-01\"}"))
                .get("attentionPointId")
                .asText();
        ouderavond = ok(system.post(
                        m + "/responsibilities",
                        "{\"kind\":\"TASK\",\"name\":\"Organiseren van de ouderavonden\",\"position\":\"wijkteam\","
                                + "\"through\":[\"" + wijkteam + "\"],\"effectiveDate\":\"2013-03-15\"}"))
                .get("responsibilityId")
                .asText();
        cooperatie = ok(system.post(
                        m + "/responsibilities",
                        "{\"kind\":\"FACILITY\",\"name\":\"De energiecoöperatie\",\"position\":\"buurt\","
                                + "\"through\":[\"" + dorpsraad + "\"],\"effectiveDate\":\"2013-06-01\"}"))
                .get("responsibilityId")
                .asText();
        ok(system.post(m + "/cells/buurt/BUILDING_NETWORKS/judgements", judgement("2", "{\"cycle\":1}", "2013-06-01")));
        ok(system.post(m + "/cells/wijkteam/SUPPORT/judgements", judgement("4", "{\"cycle\":1}", "2013-06-01")));
        // the ouderavonden move to the buurt in 2014, through the school
        ok(system.post(
                m + "/responsibilities/" + ouderavond + "/moves",
                "{\"from\":\"wijkteam\",\"to\":\"buurt\",\"through\":[\"" + school + "\"],"
                        + "\"reason\":\"Ouders en school nemen het over\",\"effectiveDate\":\"2014-01-15\"}"));
        ok(system.put(
                m + "/attention-points/" + jongeGezinnen,
                "{\"text\":\"Jonge gezinnen in de nieuwbouw zijn niet in beeld\",\"effectiveDate\":\"2013-10-01\"}"));
        ok(system.post(
                m + "/attention-points/" + jongeGezinnen + "/resolution",
                "{\"how\":\"Via de peuterspeelzaal bereikt\",\"effectiveDate\":\"2014-03-01\"}"));
        ok(system.post(m + "/cells/buurt/BUILDING_NETWORKS/judgements", judgement("4", "{\"cycle\":1}", "2014-06-01")));
        ok(system.post(m + "/cells/wijkteam/SUPPORT/judgements", judgement("3", "{\"cycle\":1}", "2014-06-01")));
        // the dorpsraad leaves the network and the cooperative disappears with it
        shift(dorpsraad, "{\"leave\":[\"INITIATOR\"]", "2014-08-01");
        ok(system.post(
                m + "/responsibilities/" + cooperatie + "/disappearance",
                "{\"reason\":\"De schakels van de dorpsraad zijn vertrokken\",\"effectiveDate\":\"2014-09-01\"}"));
        // recorded late, effective early: the school took up the buurt's meeting place in 2013
        ok(system.post(
                m + "/cells/school/CONTACT_AND_CONVERSATION/attention-points",
                "{\"text\":\"Schoolplein als ontmoetingsplek\",\"effectiveDate\":\"2013-10-01\"}"));
        ok(system.post(
                m + "/cells/school/CONTACT_AND_CONVERSATION/judgements",
                judgement("3", "{\"cycle\":1}", "2013-11-01")));
    }

    @Test
    @Order(3)
    void refusesWhatBreaksARuleAndRecordsNothing() {
        long before = system.storedEvents();
        refused(
                system.post(
                        m + "/cells/buurt/BUILDING_NETWORKS/judgements", judgement("6", "{\"cycle\":1}", "2014-06-01")),
                409,
                "judgement-outside-scale");
        refused(
                system.post(
                        m + "/cells/buurt/BUILDING_NETWORKS/judgements", judgement("3", "{\"cycle\":1}", "2015-02-01")),
                409,
                "measurement-outside-period");
        refused(
                system.post(
                        m + "/cells/buurt/BUILDING_NETWORKS/judgements", judgement("3", "{\"cycle\":2}", "2015-02-01")),
                409,
                "cycle-unknown");
        refused(
                system.post(
                        m + "/cells/school/SUPPORT/judgements",
                        judgement("3", "{\"start\":\"2013-01-01\",\"end\":\"2013-12-31\"}", "2013-08-01")),
                409,
                "position-unknown");
        refused(
                system.post(
                        m + "/responsibilities/" + ouderavond + "/moves",
                        "{\"from\":\"wijkteam\",\"to\":\"resident\",\"reason\":\"x\",\"effectiveDate\":\"2014-06-01\"}"),
                409,
                "responsibility-not-carried");
        refused(
                system.post(
                        m + "/responsibilities/" + cooperatie + "/moves",
                        "{\"from\":\"buurt\",\"to\":\"resident\",\"reason\":\"x\",\"effectiveDate\":\"2014-10-01\"}"),
                409,
                "responsibility-gone");
        refused(
                system.post(
                        m + "/responsibilities",
                        "{\"kind\":\"TASK\",\"name\":\"x\",\"position\":\"buurt\",\"through\":[\"" + dorpsraad
                                + "\"],\"effectiveDate\":\"2014-08-15\"}"),
                409,
                "actor-not-in-network");
        refused(
                system.post(m + "/positions/wijkteam/retirement", "{\"effectiveDate\":\"2013-12-01\"}"),
                409,
                "position-carries-responsibilities");
        refused(
                system.post(
                        m + "/attention-points/" + jongeGezinnen + "/dropping",
                        "{\"reason\":\"x\",\"effectiveDate\":\"2014-04-01\"}"),
                409,
                "attention-point-closed");
        refused(system.put(m + "/cells/buurt/NOT_AN_ELEMENT", "{\"ownStrength\":\"x\"}"), 400, null);
        refused(system.put(t + "/matrices/BU02740201/cells/buurt/SUPPORT", "{\"ownStrength\":\"x\"}"), 404, null);
        assertThat(system.storedEvents()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aSecondPeriodIsJudgedOnTheMunicipalitysOwnScale() {
        RunningSystem.Response scale = system.post(
                GM + "/settings/judgement-scales",
                "{\"levels\":[{\"level\":1,\"label\":\"Nog niet\",\"meaning\":\"Anderen dragen het\"},"
                        + "{\"level\":2,\"label\":\"Samen\",\"meaning\":\"Gedeeld met professionals\"},"
                        + "{\"level\":3,\"label\":\"Zelf\",\"meaning\":\"De buurt draagt het zelf\"}],"
                        + "\"effectiveDate\":\"2015-01-01\"}");
        assertThat(scale.status()).as(scale.body()).isEqualTo(201);
        assertThat(scale.json().get("scaleVersion").asInt()).isEqualTo(2);
        String period = "{\"start\":\"2015-01-01\",\"end\":\"2015-12-31\"}";
        refused(
                system.post(m + "/cells/buurt/BUILDING_NETWORKS/judgements", judgement("4", period, "2015-06-01")),
                409,
                "judgement-outside-scale");
        ok(system.post(m + "/cells/buurt/BUILDING_NETWORKS/judgements", judgement("3", period, "2015-06-01")));
        JsonNode settings = system.await(
                        GM + "/settings?date=2015-06-01",
                        r -> r.status() == 200
                                && r.json().get("scale").get("version").asInt() == 2)
                .json();
        assertThat(settings.get("scales")).hasSize(2);
        assertThat(settings.get("defaultChain")).hasSize(8);
    }

    @Test
    @Order(5)
    void keepsTheProgrammeOfActivitiesThePhasesAndThePortfolio() {
        ok(system.post(m + "/phases", "{\"phase\":1,\"effectiveDate\":\"2013-03-04\"}"));
        refused(
                system.post(m + "/phases", "{\"phase\":3,\"effectiveDate\":\"2013-06-01\"}"),
                409,
                "phase-out-of-order");
        ok(system.post(m + "/phases", "{\"phase\":2,\"effectiveDate\":\"2013-06-01\"}"));
        refused(
                system.post(
                        m + "/agreements",
                        "{\"kind\":\"LEARNING_AGREEMENT\",\"party\":\"" + wijkteam + "\",\"what\":\"x\","
                                + "\"period\":{\"start\":\"2014-01-01\",\"end\":\"2014-12-31\"},\"effectiveDate\":\"2013-12-01\"}"),
                409,
                "before-phase-3");
        ok(system.post(m + "/phases", "{\"phase\":3,\"effectiveDate\":\"2013-11-01\"}"));
        ok(
                system.post(
                        m + "/agreements",
                        "{\"kind\":\"LEARNING_AGREEMENT\",\"party\":\"" + wijkteam
                                + "\",\"what\":\"Het wijkteam werkt vanuit de buurt\","
                                + "\"period\":{\"start\":\"2014-01-01\",\"end\":\"2014-12-31\"},\"effectiveDate\":\"2013-12-01\"}"));
        ok(system.put(
                m + "/communication-plan",
                "{\"channels\":[\"Dorpskrant\",\"Website\"],\"audiences\":[\"Ouders\"],\"rhythm\":\"Elke maand\","
                        + "\"effectiveDate\":\"2013-03-04\"}"));
        String activity = ok(system.post(
                        m + "/activities",
                        "{\"name\":\"Ouders bereiken via de peuterspeelzaal\",\"attentionPoints\":[\"" + jongeGezinnen
                                + "\"],"
                                + "\"period\":{\"start\":\"2013-09-01\",\"end\":\"2014-03-01\"},"
                                + "\"milestones\":[{\"date\":\"2013-10-01\",\"what\":\"Eerste inloop\"}],"
                                + "\"workingMethod\":\"Zelfredzaamheidsmatrix\",\"owner\":\"buurt\",\"effectiveDate\":\"2013-08-15\"}"))
                .get("activityId")
                .asText();
        ok(system.put(
                m + "/activities/" + activity + "/status",
                "{\"status\":\"RUNNING\",\"effectiveDate\":\"2013-09-01\"}"));
        ok(system.put(
                m + "/activities/" + activity + "/status", "{\"status\":\"DONE\",\"effectiveDate\":\"2014-03-01\"}"));
        refused(
                system.put(
                        m + "/activities/" + activity + "/status",
                        "{\"status\":\"RUNNING\",\"effectiveDate\":\"2014-04-01\"}"),
                409,
                "activity-closed");
        ok(
                system.post(
                        m + "/activities",
                        "{\"name\":\"Vervoer opnieuw regelen\",\"attentionPoints\":[\"" + vervoer + "\"],"
                                + "\"period\":{\"start\":\"2014-10-01\",\"end\":\"2015-06-30\"},\"effectiveDate\":\"2014-09-15\"}"));
        String story = ok(system.post(
                        m + "/portfolio",
                        "{\"kind\":\"STORY\",\"text\":\"Hoe de ouderavonden naar de buurt gingen\",\"medium\":\"LOCAL_PAPER\","
                                + "\"link\":\"https://example.org/dorpskrant/ouderavonden\",\"effectiveDate\":\"2014-02-01\"}"))
                .get("portfolioItemId")
                .asText();
        ok(
                system.post(
                        m + "/portfolio",
                        "{\"kind\":\"EVENT\",\"text\":\"Dorpsgesprek in het winkelcentrum\",\"effectiveDate\":\"2013-10-05\"}"));
        ok(system.post(m + "/portfolio/" + story + "/withdrawal", "{\"effectiveDate\":\"2014-06-01\"}"));

        JsonNode phases = system.await(
                        m + "/phases?date=2014-02-01",
                        // the communication plan was recorded after the agreement: wait for both
                        r -> r.status() == 200
                                && r.json().get("agreements").size() == 1
                                && r.json().path("communicationPlan").has("channels"))
                .json();
        assertThat(phases.get("phases")).hasSize(5);
        assertThat(phases.get("phases").get(2).get("startedOn").asText()).isEqualTo("2013-11-01");
        assertThat(phases.get("phases").get(3).has("startedOn")).isFalse();
        assertThat(phases.get("agreements").get(0).get("running").asBoolean()).isTrue();
        assertThat(phases.get("communicationPlan").get("channels")).hasSize(2);
        JsonNode running = system.await(
                        m + "/activities?date=2013-12-01&status=RUNNING",
                        r -> r.status() == 200 && r.json().get("total").asInt() == 1)
                .json();
        assertThat(running.get("activities")
                        .get(0)
                        .get("milestones")
                        .get(0)
                        .get("what")
                        .asText())
                .isEqualTo("Eerste inloop");
        JsonNode later = system.await(
                        m + "/activities?date=2014-12-01",
                        r -> r.status() == 200 && r.json().get("total").asInt() == 2)
                .json();
        assertThat(later.get("activities").get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(system.get(m + "/activities?date=2014-12-01&attentionPoint=" + vervoer)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(system.get(m + "/activities?date=2014-12-01&pageSize=1&page=2")
                        .json()
                        .get("activities"))
                .hasSize(1);
        JsonNode spring = system.await(
                        m + "/portfolio?date=2014-03-01",
                        r -> r.status() == 200 && r.json().get("total").asInt() == 2)
                .json();
        assertThat(spring.get("items").get(0).get("kind").asText()).isEqualTo("STORY");
        // the item that ends before July may be projected after the two of March: wait for it, do not sample once
        assertThat(system.await(
                                m + "/portfolio?date=2014-07-01",
                                r -> r.status() == 200 && r.json().get("total").asInt() == 1)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(system.get(m + "/portfolio?date=2014-03-01&kind=EVENT")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        refused(system.get(m + "/portfolio?pageSize=0"), 400, null);
        refused(system.get(m + "/activities?from=2014-01-01&to=2013-01-01"), 400, null);
    }

    @Test
    @Order(6)
    void showsTheMatrixAsItStoodOnThreeDates() {
        JsonNode spring2013 = matrixOn("2013-05-01", x -> true);
        assertThat(spring2013.get("positions")).hasSize(8);
        assertThat(cell(spring2013, "buurt", "BUILDING_NETWORKS")
                        .get("ownStrength")
                        .asText())
                .isEqualTo("Een actieve dorpsraad en drie verenigingen");
        assertThat(cell(spring2013, "buurt", "BUILDING_NETWORKS").has("judgement"))
                .isFalse();
        assertThat(cell(spring2013, "buurt", "BUILDING_NETWORKS").get("attentionPoints"))
                .hasSize(1);
        assertThat(cell(spring2013, "resident", "SUPPORT").get("attentionPoints"))
                .hasSize(1);
        assertThat(spring2013.get("responsibilities")).hasSize(1);
        assertThat(spring2013.get("responsibilities").get(0).get("position").asText())
                .isEqualTo("wijkteam");

        JsonNode winter2013 = matrixOn(
                "2013-12-01", x -> cell(x, "school", "CONTACT_AND_CONVERSATION").has("judgement"));
        assertThat(winter2013.get("positions")).hasSize(9);
        assertThat(winter2013.get("positions").get(3).get("position").asText()).isEqualTo("school");
        assertThat(winter2013.get("cells")).hasSize(72);
        JsonNode buurt = cell(winter2013, "buurt", "BUILDING_NETWORKS");
        assertThat(buurt.get("judgement").get("level").asInt()).isEqualTo(2);
        assertThat(buurt.get("judgement").get("label").asText()).isEqualTo("Beginnend");
        assertThat(buurt.get("judgement").get("judgedBy")).hasSize(2);
        assertThat(buurt.get("attentionPoints").get(0).get("text").asText()).contains("nieuwbouw");
        assertThat(winter2013.get("responsibilities")).hasSize(2);

        JsonNode autumn2014 =
                matrixOn("2014-10-01", x -> x.get("responsibilities").size() == 1);
        assertThat(cell(autumn2014, "buurt", "BUILDING_NETWORKS")
                        .get("judgement")
                        .get("level")
                        .asInt())
                .isEqualTo(4);
        assertThat(cell(autumn2014, "buurt", "BUILDING_NETWORKS").get("attentionPoints"))
                .isEmpty();
        assertThat(autumn2014.get("responsibilities").get(0).get("position").asText())
                .isEqualTo("buurt");
        assertThat(autumn2014
                        .get("responsibilities")
                        .get(0)
                        .get("through")
                        .get(0)
                        .asText())
                .isEqualTo(school);

        JsonNode summer2015 = matrixOn(
                "2015-07-01",
                x -> cell(x, "buurt", "BUILDING_NETWORKS")
                                .path("judgement")
                                .path("scaleVersion")
                                .asInt()
                        == 2);
        JsonNode own = cell(summer2015, "buurt", "BUILDING_NETWORKS").get("judgement");
        assertThat(own.get("label").asText()).isEqualTo("Zelf");
        assertThat(own.get("rank").asDouble()).isEqualTo(1.0);
        // the wijkteam's judgement of 2014 keeps the standard scale's meaning
        assertThat(cell(summer2015, "wijkteam", "SUPPORT")
                        .get("judgement")
                        .get("label")
                        .asText())
                .isEqualTo("Deels gedragen");
        // the ledger beside the network: the cooperative hangs on the dorpsraad, which leaves on 1 August 2014
        JsonNode august = system.await(
                        m + "/fragility?date=2014-08-15",
                        r -> r.status() == 200 && r.json().get("unsupported").size() == 1)
                .json();
        assertThat(august.get("unsupported").get(0).get("responsibilityId").asText())
                .isEqualTo(cooperatie);
        assertThat(august.get("unsupported").get(0).get("leftNetwork").get(0).asText())
                .isEqualTo(dorpsraad);
        List<String> single = new ArrayList<>();
        august.get("singleActor")
                .forEach(e -> single.add(e.get("responsibilityId").asText()));
        assertThat(single).containsExactlyInAnyOrder(ouderavond, cooperatie);
        JsonNode autumn = system.get(m + "/fragility?date=2014-10-01").json();
        assertThat(autumn.get("unsupported")).isEmpty();
        assertThat(autumn.get("lost")).hasSize(1);
        assertThat(autumn.get("lost").get(0).get("position").asText()).isEqualTo("buurt");
        assertThat(autumn.get("lost").get(0).get("disappearedOn").asText()).isEqualTo("2014-09-01");
        assertThat(system.get(m + "/fragility?date=2013-07-01").json().get("lost"))
                .isEmpty();
        RunningSystem.Response svg = system.get(m + "/heat-map.svg?date=2015-07-01");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg", "Scale 2", "Zelf");
    }

    @Test
    @Order(7)
    void reportsTheShiftOfResponsibilityAcrossCycleOne() {
        JsonNode shift =
                system.await(m + "/shift?cycle=1", r -> r.status() == 200).json();
        assertThat(shift.get("from").asText()).isEqualTo("2012-12-31");
        assertThat(shift.get("to").asText()).isEqualTo("2014-12-31");
        List<String> judged = new ArrayList<>();
        shift.get("judgements")
                .forEach(j -> judged.add(j.get("position").asText() + "/"
                        + j.get("element").asText() + ":" + j.get("direction").asText()));
        assertThat(judged)
                .containsExactlyInAnyOrder(
                        "buurt/BUILDING_NETWORKS:NEW", "school/CONTACT_AND_CONVERSATION:NEW", "wijkteam/SUPPORT:NEW");
        assertThat(shift.get("taken")).hasSize(2);
        assertThat(shift.get("moved")).hasSize(1);
        JsonNode move = shift.get("moved").get(0);
        assertThat(move.get("from").asText()).isEqualTo("wijkteam");
        assertThat(move.get("to").asText()).isEqualTo("buurt");
        assertThat(move.get("stepsTowardResident").asInt()).isEqualTo(3);
        assertThat(shift.get("measure").get("stepsOfMoves").asInt()).isEqualTo(3);
        assertThat(shift.get("measure").get("compared").asInt()).isZero();
        assertThat(shift.get("disappeared").get(0).get("reason").asText()).contains("dorpsraad");
        assertThat(shift.get("attentionPointsOpened")).hasSize(3);
        assertThat(shift.get("attentionPointsClosed").get(0).get("outcome").asText())
                .isEqualTo("RESOLVED");

        // between two dates inside the cycle: judgements moved, the measure counts the move
        JsonNode inside = system.get(m + "/shift?from=2013-12-31&to=2014-12-31").json();
        List<String> directions = new ArrayList<>();
        inside.get("judgements")
                .forEach(j -> directions.add(
                        j.get("position").asText() + ":" + j.get("direction").asText()));
        assertThat(directions).containsExactly("buurt:UP", "wijkteam:DOWN");
        assertThat(inside.get("measure").get("compared").asInt()).isEqualTo(1);
        assertThat(inside.get("measure").get("stepsTowardResident").asInt()).isEqualTo(3);
        JsonNode buurt = null;
        for (JsonNode p : inside.get("positions")) {
            if (p.get("position").asText().equals("buurt")) {
                buurt = p;
            }
        }
        assertThat(buurt.get("carriedBefore").asInt()).isEqualTo(1);
        assertThat(buurt.get("carriedAfter").asInt()).isEqualTo(1);
        RunningSystem.Response flows = system.get(m + "/shift.svg?cycle=1");
        assertThat(flows.status()).isEqualTo(200);
        assertThat(flows.contentType()).startsWith("image/svg+xml");
        assertThat(flows.body())
                .contains("class=\"flow toward-resident\"", "3 chain steps toward the household in 1 moves");
        refused(system.get(m + "/shift?cycle=1&from=2013-01-01&to=2014-01-01"), 400, null);
        refused(system.get(m + "/shift?from=2014-01-01"), 400, null);
        refused(system.get(m + "/shift?cycle=3"), 404, null);

        // the buurt's wijkprofiel beside the matrix's judgements at the end of each year
        RunningSystem.Response upload =
                system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + GM + "/indicator-uploads"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("buurt,period,indicator,value,level\n"
                                + DOORWERTH + ",2013,zelfredzaamheid,6.2,LOCAL\n" + DOORWERTH
                                + ",2014,zelfredzaamheid,6.9,LOCAL\n")));
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        JsonNode beside = system.await(
                        m + "/indicators",
                        r -> r.status() == 200 && r.json().get("indicators").size() == 1)
                .json();
        assertThat(beside.get("indicators").get(0).get("values")).hasSize(2);
        JsonNode years = beside.get("judgements");
        assertThat(years.get(0).get("year").asInt()).isEqualTo(2013);
        assertThat(years.get(0).get("judgedCells").asInt()).isEqualTo(3);
        assertThat(years.get(0).get("meanRank").asDouble()).isEqualTo(0.5); // levels 2, 4 and 3 of 5
        assertThat(years.get(years.size() - 1).get("year").asInt()).isEqualTo(2015);
    }

    @Test
    @Order(8)
    void anotherMunicipalitySeesAndChangesNothing() {
        long before = system.storedEvents();
        String other = "/v1/municipalities/GM0202/themes/" + theme;
        String om = other + "/matrices/" + DOORWERTH;
        refused(system.get(om), 404, null);
        refused(system.get(om + "/heat-map.svg"), 404, null);
        refused(system.get(om + "/shift?cycle=1"), 404, null);
        assertThat(system.get(other + "/matrices").json().get("matrices")).isEmpty();
        assertThat(system.get("/v1/municipalities/GM0202/settings").json().get("scales"))
                .hasSize(1);
        refused(system.post(other + "/matrices", "{\"buurt\":\"BU02020101\"}"), 404, null);
        Map<String, String> posts = new LinkedHashMap<>();
        posts.put(om + "/positions", "{\"position\":\"kerk\",\"name\":\"Kerk\"}");
        posts.put(om + "/positions/school/retirement", "{}");
        posts.put(om + "/cells/buurt/SUPPORT/attention-points", "{\"text\":\"x\"}");
        posts.put(om + "/attention-points/" + vervoer + "/resolution", "{}");
        posts.put(om + "/attention-points/" + vervoer + "/dropping", "{\"reason\":\"x\"}");
        posts.put(om + "/cells/buurt/SUPPORT/judgements", judgement("3", "{\"cycle\":1}", "2014-06-01"));
        posts.put(om + "/responsibilities", "{\"kind\":\"TASK\",\"name\":\"x\",\"position\":\"buurt\"}");
        posts.put(
                om + "/responsibilities/" + ouderavond + "/moves",
                "{\"from\":\"buurt\",\"to\":\"resident\",\"reason\":\"x\"}");
        posts.put(om + "/responsibilities/" + ouderavond + "/disappearance", "{\"reason\":\"x\"}");
        posts.put(om + "/phases", "{\"phase\":4}");
        posts.put(
                om + "/activities",
                "{\"name\":\"x\",\"attentionPoints\":[\"" + vervoer
                        + "\"],\"period\":{\"start\":\"2015-01-01\",\"end\":\"2015-12-31\"}}");
        posts.put(
                om + "/agreements",
                "{\"kind\":\"CONTRACT\",\"party\":\"" + wijkteam
                        + "\",\"what\":\"x\",\"period\":{\"start\":\"2015-01-01\",\"end\":\"2015-12-31\"}}");
        posts.put(om + "/portfolio", "{\"kind\":\"IDEA\",\"text\":\"x\"}");
        posts.forEach((path, body) -> refused(system.post(path, body), 404, null));
        refused(system.get(om + "/activities"), 404, null);
        refused(system.get(om + "/phases"), 404, null);
        refused(system.get(om + "/fragility"), 404, null);
        refused(system.get(om + "/indicators"), 404, null);
        refused(system.get(om + "/shift.svg?cycle=1"), 404, null);
        refused(system.get(om + "/portfolio"), 404, null);
        Map<String, String> puts = new LinkedHashMap<>();
        puts.put(om + "/positions/buurt/name", "{\"name\":\"Dorp\"}");
        puts.put(om + "/chain", "{\"order\":[\"buurt\"]}");
        puts.put(om + "/cells/buurt/SUPPORT", "{\"ownStrength\":\"x\"}");
        puts.put(om + "/attention-points/" + vervoer, "{\"text\":\"x\"}");
        puts.put(om + "/communication-plan", "{\"channels\":[\"x\"]}");
        puts.forEach((path, body) -> refused(system.put(path, body), 404, null));
        // a token of this municipality's matrix is refused on another municipality's path
        RunningSystem.Response token = system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + om))
                .header("X-Consistency-Token", theme + ":matrix:" + DOORWERTH + ".1"));
        refused(token, 409, "version-not-recorded");
        assertThat(system.storedEvents()).isEqualTo(before);
    }

    @Test
    @Order(9)
    void corsAdmitsTheMatrixEndpoints() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> preflight = http.send(
                HttpRequest.newBuilder(URI.create(system.commandUrl() + m + "/cells/buurt/SUPPORT/judgements"))
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
        HttpResponse<String> preflightPut = http.send(
                HttpRequest.newBuilder(URI.create(system.commandUrl() + GM + "/settings/default-chain"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                        .header("Access-Control-Request-Method", "PUT")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflightPut.statusCode()).isEqualTo(200);
        HttpResponse<String> read = http.send(
                HttpRequest.newBuilder(URI.create(system.queryUrl() + m + "/shift?cycle=1"))
                        .header("Authorization", "Bearer " + system.token(IdentityProvider.DEVELOPER))
                        .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains(RunningSystem.ALLOWED_ORIGIN);
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
                .contains("X-Consistency-Token", "ETag");
    }

    @Test
    @Order(10)
    void aReplayOfTheMatrixFamilyGivesIdenticalViews() {
        Map<String, String> before = views();
        List<String> documents = documents(0);
        RunningSystem.Response accepted =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/matrix/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        int generation = RunningSystem.rebuildingGeneration(accepted.json());
        system.await(
                "/v1/projections/matrix",
                r -> r.status() == 200 && r.json().get("generation").asInt() == generation);
        assertThat(views()).isEqualTo(before);
        assertThat(documents(generation)).isEqualTo(documents);
    }

    private static Map<String, String> views() {
        Map<String, String> v = new LinkedHashMap<>();
        for (String date : List.of("2013-05-01", "2013-12-01", "2014-10-01", "2015-07-01")) {
            v.put(date, system.get(m + "?date=" + date).body());
        }
        v.put("shift", system.get(m + "/shift?cycle=1").body());
        v.put("activities", system.get(m + "/activities?date=2014-12-01").body());
        v.put("phases", system.get(m + "/phases?date=2014-12-01").body());
        v.put("fragility", system.get(m + "/fragility?date=2014-10-01").body());
        v.put("portfolio", system.get(m + "/portfolio?date=2014-03-01").body());
        v.put("settings", system.get(GM + "/settings?date=2015-07-01").body());
        v.put("list", system.get(t + "/matrices").body());
        return v;
    }

    private static List<String> documents(int generation) {
        List<String> out = new ArrayList<>();
        for (String base : List.of("theme_matrices", "municipality_settings")) {
            String name = generation == 0 ? base : base + "_g" + generation;
            system.db().getCollection(name).find().sort(new Document("_id", 1)).forEach(d -> out.add(d.toJson()));
        }
        assertThat(out).hasSize(2);
        return out;
    }
}
