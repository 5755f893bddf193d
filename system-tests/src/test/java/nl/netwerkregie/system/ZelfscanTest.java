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
 * The zelfscan regieneming of a region over real HTTP against the embedded store: regio Arnhem's twelve
 * municipalities, defined by Renkum; two scan moments a year apart answered by respondents of Renkum and Arnhem, one
 * answer back-dated and recorded after its moment closed; the results per role on dates against hand-computed
 * medians, the filters, the change between the moments, the SVG chart; refusals recording nothing; a municipality
 * outside the region seeing nothing; read-your-writes; CORS; the audit export and a replay of the regions family.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZelfscanTest {
    static final String RENKUM = "/v1/municipalities/GM0274";
    static final String ARNHEM = "/v1/municipalities/GM0202";
    static final String OUTSIDE = "/v1/municipalities/GM9901";
    /** The twelve municipalities of regio Arnhem (2013), by CBS code. */
    static final List<String> REGIO_ARNHEM = List.of(
            "GM0202", "GM0221", "GM0226", "GM1705", "GM1955", "GM1734", "GM0274", "GM0275", "GM0196", "GM0277",
            "GM0293", "GM0299");

    private static RunningSystem system;
    private static String regionId;
    private static String school;
    private static String opvang;
    private static String wijkteam;
    private static String jeugdhulp;
    private static String samenwerkingsverband;
    /** The sequence number of the opvang's answer to moment 2 in the region's history. */
    private static long opvangAnswer2;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        school = actor(RENKUM, "Basisschool De Linde");
        opvang = actor(RENKUM, "Kinderopvang Het Anker");
        wijkteam = actor(RENKUM, "Sociaal team Renkum-Noord");
        jeugdhulp = actor(ARNHEM, "Jeugdhulp De Brug");
        samenwerkingsverband = actor(ARNHEM, "Samenwerkingsverband Rijnzicht");
        JsonNode defined = ok(system.post(
                RENKUM + "/regions",
                "{\"name\":\"Regio Arnhem\",\"members\":" + json(REGIO_ARNHEM) + ",\"effectiveDate\":\"2024-01-15\"}"));
        regionId = defined.get("regionId").asText();
        assertThat(defined.get("consistencyToken").asText()).isEqualTo(regionId + ".0");
        JsonNode first = ok(system.post(
                ARNHEM + "/regions/" + regionId + "/zelfscans",
                "{\"title\":\"Zelfscan voorjaar 2024\",\"effectiveDate\":\"2024-02-01\"}"));
        assertThat(first.get("scan").asInt()).isEqualTo(1);
        answer(
                RENKUM,
                1,
                school,
                "EDUCATION",
                "2024-02-05",
                "DESIGNER:2:" + wijkteam,
                "QUARTERMASTER:1",
                "CONNECTOR:4:" + opvang,
                "CONDUCTOR:1");
        answer(
                RENKUM,
                1,
                opvang,
                "CHILDCARE",
                "2024-02-10",
                "DESIGNER:3",
                "QUARTERMASTER:2",
                "CONNECTOR:5:" + opvang,
                "CONDUCTOR:2");
        answer(
                ARNHEM,
                1,
                jeugdhulp,
                "YOUTH_AID",
                "2024-02-12",
                "DESIGNER:2",
                "QUARTERMASTER:2",
                "CONNECTOR:3",
                "CONDUCTOR:1");
        ok(system.post(scan(ARNHEM, 1) + "/closure", "{\"effectiveDate\":\"2024-03-01\"}"));
        // a paper form from within the moment, entered after it closed
        answer(ARNHEM, 1, samenwerkingsverband, "EDUCATION", "2024-02-28", "DESIGNER:4", "CONNECTOR:4");
        JsonNode second = ok(system.post(
                RENKUM + "/regions/" + regionId + "/zelfscans",
                "{\"title\":\"Zelfscan voorjaar 2025\",\"effectiveDate\":\"2025-02-03\"}"));
        assertThat(second.get("scan").asInt()).isEqualTo(2);
        answer(
                RENKUM,
                2,
                school,
                "EDUCATION",
                "2025-02-10",
                "DESIGNER:4",
                "QUARTERMASTER:3",
                "CONNECTOR:5",
                "CONDUCTOR:3:" + wijkteam);
        String opvangToken = answer(
                RENKUM,
                2,
                opvang,
                "CHILDCARE",
                "2025-02-11",
                "DESIGNER:4",
                "QUARTERMASTER:2",
                "CONNECTOR:4",
                "CONDUCTOR:2");
        opvangAnswer2 = Long.parseLong(opvangToken.substring(opvangToken.lastIndexOf('.') + 1));
        String last = answer(
                ARNHEM,
                2,
                jeugdhulp,
                "YOUTH_AID",
                "2025-02-14",
                "DESIGNER:3",
                "QUARTERMASTER:3",
                "CONNECTOR:4",
                "CONDUCTOR:3");
        system.await(
                scan(RENKUM, 2) + "?date=2025-03-01&consistencyToken=" + last,
                r -> r.status() == 200 && r.json().get("respondents").asInt() == 3);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static JsonNode ok(RunningSystem.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }

    private static String actor(String municipality, String name) {
        return ok(system.post(
                        municipality + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"" + name + "\"}"))
                .get("actorId")
                .asText();
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    static String scan(String municipality, int scan) {
        return municipality + "/regions/" + regionId + "/zelfscans/" + scan;
    }

    /** Records an answer; each score is {@code ROLE:level[:actor]}. Returns the consistency token. */
    private static String answer(
            String municipality, int scan, String respondent, String sector, String date, String... scores) {
        List<String> parts = new ArrayList<>();
        for (String s : scores) {
            String[] p = s.split(":");
            parts.add("{\"role\":\"" + p[0] + "\",\"level\":" + p[1]
                    + (p.length > 2 ? ",\"filledBy\":[\"" + p[2] + "\"]" : "") + "}");
        }
        return ok(system.post(
                        scan(municipality, scan) + "/answers",
                        "{\"respondent\":\"" + respondent + "\",\"sector\":\"" + sector + "\",\"scores\":"
                                + String.join(",", List.of("[" + String.join(",", parts) + "]"))
                                + ",\"effectiveDate\":\"" + date + "\"}"))
                .get("consistencyToken")
                .asText();
    }

    private static JsonNode role(JsonNode results, String role) {
        for (JsonNode r : results.get("roles")) {
            if (r.get("role").asText().equals(role)) {
                return r;
            }
        }
        throw new AssertionError("no role " + role + " in " + results);
    }

    private static List<Integer> counts(JsonNode role) {
        List<Integer> out = new ArrayList<>();
        role.get("distribution").forEach(l -> out.add(l.get("count").asInt()));
        return out;
    }

    @Test
    @Order(0)
    void theRegionOnDatesIsReadByEveryMember() {
        assertThat(system.get(RENKUM + "/regions/" + regionId + "?date=2024-01-14")
                        .status())
                .as("not yet defined")
                .isEqualTo(404);
        JsonNode feb =
                system.get(ARNHEM + "/regions/" + regionId + "?date=2024-02-11").json();
        assertThat(feb.get("name").asText()).isEqualTo("Regio Arnhem");
        assertThat(feb.get("definedBy").asText()).isEqualTo("GM0274");
        assertThat(feb.get("members")).hasSize(12);
        assertThat(feb.get("sectors").toString()).isEqualTo("[\"EDUCATION\",\"CHILDCARE\",\"CARE\",\"YOUTH_AID\"]");
        assertThat(feb.get("zelfscans")).hasSize(1);
        assertThat(feb.at("/zelfscans/0/openedBy").asText()).isEqualTo("GM0202");
        assertThat(feb.at("/zelfscans/0/answers").asInt()).isEqualTo(2);
        assertThat(feb.at("/zelfscans/0/closedOn").isMissingNode()).isTrue();
        JsonNode later =
                system.get(RENKUM + "/regions/" + regionId + "?date=2025-03-01").json();
        assertThat(later.at("/zelfscans/0/closedOn").asText()).isEqualTo("2024-03-01");
        assertThat(later.at("/zelfscans/0/answers").asInt()).isEqualTo(4);
        assertThat(later.at("/zelfscans/1/answers").asInt()).isEqualTo(3);
        assertThat(system.get(ARNHEM + "/regions?date=2024-02-11")
                        .json()
                        .at("/regions/0/regionId")
                        .asText())
                .isEqualTo(regionId);
        assertThat(system.get(RENKUM + "/regions?date=2024-01-14").json().get("regions"))
                .isEmpty();
    }

    @Test
    @Order(1)
    void theResultsPerRoleOnADateCountTheAnswersDatedByThen() {
        JsonNode before = system.get(scan(RENKUM, 1) + "?date=2024-02-20").json();
        assertThat(before.get("respondents").asInt()).isEqualTo(3);
        JsonNode designer = role(before, "DESIGNER");
        assertThat(designer.get("term").asText()).isEqualTo("ontwerper");
        assertThat(designer.get("n").asInt()).isEqualTo(3);
        assertThat(designer.get("median").asDouble()).isEqualTo(2.0);
        assertThat(designer.get("mean").asDouble()).isEqualTo(2.33);
        assertThat(counts(designer)).containsExactly(0, 2, 1, 0, 0);
        assertThat(designer.at("/distribution/1/share").asDouble()).isEqualTo(0.667);
        assertThat(designer.at("/distribution/1/label").asText()).isEqualTo("incidentally present");
        JsonNode connector = role(before, "CONNECTOR");
        assertThat(connector.get("median").asDouble()).isEqualTo(4.0);
        assertThat(connector.at("/filledBy/0/actorId").asText()).isEqualTo(opvang);
        assertThat(connector.at("/filledBy/0/named").asInt()).isEqualTo(2);
        assertThat(connector.at("/filledBy/0/municipality").asText()).isEqualTo("GM0274");
        // the back-dated answer of 28 February counts from that date on
        JsonNode after = system.get(scan(ARNHEM, 1) + "?date=2024-03-31").json();
        assertThat(after.get("closedOn").asText()).isEqualTo("2024-03-01");
        assertThat(after.get("respondents").asInt()).isEqualTo(4);
        assertThat(after.get("respondentsByMunicipality").toString()).isEqualTo("{\"GM0202\":2,\"GM0274\":2}");
        assertThat(after.get("respondentsBySector").toString())
                .isEqualTo("{\"CHILDCARE\":1,\"EDUCATION\":2,\"YOUTH_AID\":1}");
        assertThat(role(after, "DESIGNER").get("median").asDouble()).isEqualTo(2.5);
        assertThat(role(after, "DESIGNER").get("mean").asDouble()).isEqualTo(2.75);
        assertThat(role(after, "QUARTERMASTER").get("n").asInt())
                .as("not scored by the late answer")
                .isEqualTo(3);
        assertThat(role(after, "QUARTERMASTER").get("median").asDouble()).isEqualTo(2.0);
        assertThat(role(after, "CONNECTOR").get("median").asDouble()).isEqualTo(4.0);
        assertThat(counts(role(after, "CONNECTOR"))).containsExactly(0, 0, 1, 2, 1);
        assertThat(role(after, "CONDUCTOR").get("median").asDouble()).isEqualTo(1.0);
        // filters
        JsonNode education = system.get(scan(RENKUM, 1) + "?date=2024-03-31&sector=EDUCATION")
                .json();
        assertThat(education.get("respondents").asInt()).isEqualTo(2);
        assertThat(role(education, "DESIGNER").get("median").asDouble()).isEqualTo(3.0);
        JsonNode arnhem =
                system.get(scan(RENKUM, 1) + "?date=2024-03-31&member=GM0202").json();
        assertThat(arnhem.get("respondents").asInt()).isEqualTo(2);
        assertThat(role(arnhem, "QUARTERMASTER").get("n").asInt()).isEqualTo(1);
        JsonNode none = system.get(scan(RENKUM, 1) + "?date=2024-03-31&member=GM0202&sector=CHILDCARE")
                .json();
        assertThat(none.get("respondents").asInt()).isZero();
        assertThat(role(none, "CONDUCTOR").get("n").asInt()).isZero();
        assertThat(role(none, "CONDUCTOR").has("median"))
                .as("no scores, no median")
                .isFalse();
        assertThat(system.get(scan(RENKUM, 2) + "?date=2025-02-02").status())
                .as("not opened by then")
                .isEqualTo(404);
        assertThat(system.get(scan(RENKUM, 1) + "?member=GM0344").status()).isEqualTo(404);
        assertThat(system.get(scan(RENKUM, 1) + "?member=GM12").status()).isEqualTo(400);
        assertThat(system.get(scan(RENKUM, 1) + "?sector=POLICE").status()).isEqualTo(400);
        assertThat(system.get(scan(RENKUM, 0)).status()).isEqualTo(400);
        assertThat(system.get(scan(RENKUM, 1) + "/chart.svg?compareWith=0").status())
                .isEqualTo(400);
        assertThat(system.get(RENKUM + "/regions/" + regionId + "/zelfscans/changes?from=0&to=2")
                        .status())
                .isEqualTo(400);
        assertThat(system.get(scan(RENKUM, 1) + "?date=2024-02-30").status()).isEqualTo(400);
    }

    @Test
    @Order(2)
    void theChangeBetweenTheTwoScanMomentsAndTheChart() {
        JsonNode changes = system.get(
                        RENKUM + "/regions/" + regionId + "/zelfscans/changes?from=1&to=2&date=2025-03-01")
                .json();
        JsonNode designer = role(changes, "DESIGNER");
        assertThat(designer.at("/from/median").asDouble()).isEqualTo(2.5);
        assertThat(designer.at("/to/median").asDouble()).isEqualTo(4.0);
        assertThat(designer.get("medianChange").asDouble()).isEqualTo(1.5);
        assertThat(designer.get("meanChange").asDouble()).isEqualTo(0.92);
        assertThat(designer.at("/distribution/1/change").asDouble()).isEqualTo(-0.5);
        assertThat(designer.at("/distribution/3/change").asDouble()).isEqualTo(0.417);
        assertThat(role(changes, "QUARTERMASTER").get("medianChange").asDouble())
                .isEqualTo(1.0);
        assertThat(role(changes, "CONNECTOR").get("medianChange").asDouble()).isEqualTo(0.0);
        assertThat(role(changes, "CONNECTOR").get("meanChange").asDouble()).isEqualTo(0.33);
        assertThat(role(changes, "CONDUCTOR").get("medianChange").asDouble()).isEqualTo(2.0);
        assertThat(role(changes, "CONDUCTOR").at("/to/filledBy/0/actorId").asText())
                .isEqualTo(wijkteam);
        assertThat(system.get(RENKUM + "/regions/" + regionId + "/zelfscans/changes?from=1&to=2&date=2024-06-01")
                        .status())
                .as("the second moment was not opened by then")
                .isEqualTo(404);
        assertThat(system.get(RENKUM + "/regions/" + regionId + "/zelfscans/changes?from=1")
                        .status())
                .isEqualTo(400);

        RunningSystem.Response chart =
                system.get(scan(ARNHEM, 2) + "/chart.svg?date=2025-03-01&compareWith=1&role=DESIGNER");
        assertThat(chart.status()).as(chart.body()).isEqualTo(200);
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(chart.body()).contains("data-role=\"DESIGNER\"").doesNotContain("data-role=\"CONNECTOR\"");
        // scan 1 on 2025-03-01: levels 2,2,3,4; scan 2: 3,4,4 — grey bars then blue bars per level
        assertThat(chart.body())
                .contains("data-level=\"2\" data-count=\"2\"", "data-level=\"4\" data-count=\"2\"", "ontwerper");
        RunningSystem.Response all = system.get(scan(RENKUM, 1) + "/chart.svg?date=2024-03-31");
        assertThat(all.body().split("class=\"role\"", -1)).hasSize(5);
    }

    @Test
    @Order(3)
    void refusalsRecordNothingAndAMunicipalityOutsideTheRegionSeesNothing() {
        long stored = system.storedEvents();
        String region = RENKUM + "/regions/" + regionId;
        Map<String, String[]> refused = new LinkedHashMap<>();
        refused.put(
                RENKUM + "/regions|{\"name\":\"Noord\",\"members\":[\"GM0202\",\"GM0221\"]}",
                new String[] {"409", "municipality-outside-region"});
        refused.put(RENKUM + "/regions|{\"name\":\"Alleen\",\"members\":[\"GM0274\"]}", new String[] {"400", null});
        refused.put(
                RENKUM + "/regions|{\"name\":\"Fout\",\"members\":[\"GM0274\",\"GM12\"]}", new String[] {"400", null});
        refused.put(RENKUM + "/regions|{\"members\":[\"GM0274\",\"GM0202\"]}", new String[] {"400", null});
        refused.put(
                RENKUM + "/regions|{\"name\":\"x\",\"members\":[\"GM0274\",\"GM0202\"],\"sectors\":[\"POLICE\"]}",
                new String[] {"400", null});
        refused.put(
                region + "/zelfscans|{\"title\":\"Te vroeg\",\"effectiveDate\":\"2024-01-10\"}",
                new String[] {"409", "before-region-defined"});
        refused.put(
                region + "/zelfscans|{\"title\":\"Terug\",\"effectiveDate\":\"2024-06-01\"}",
                new String[] {"409", "before-previous-scan"});
        refused.put(
                scan(RENKUM, 1) + "/answers|{\"respondent\":\"" + wijkteam + "\",\"scores\":[{\"role\":\"DESIGNER\","
                        + "\"level\":3}],\"effectiveDate\":\"2024-03-05\"}",
                new String[] {"409", "zelfscan-closed"});
        refused.put(
                scan(RENKUM, 1) + "/answers|{\"respondent\":\"" + wijkteam + "\",\"scores\":[{\"role\":\"DESIGNER\","
                        + "\"level\":3}],\"effectiveDate\":\"2024-01-31\"}",
                new String[] {"409", "before-zelfscan-opened"});
        refused.put(
                scan(RENKUM, 2) + "/answers|{\"respondent\":\"" + school + "\",\"scores\":[{\"role\":\"DESIGNER\","
                        + "\"level\":3}],\"effectiveDate\":\"2025-02-20\"}",
                new String[] {"409", "respondent-responded"});
        refused.put(
                scan(RENKUM, 2) + "/answers|{\"respondent\":\"" + wijkteam + "\",\"scores\":[{\"role\":\"DESIGNER\","
                        + "\"level\":6}]}",
                new String[] {"400", null});
        refused.put(
                scan(RENKUM, 2) + "/answers|{\"respondent\":\"" + wijkteam + "\",\"scores\":[{\"role\":\"MANAGER\","
                        + "\"level\":3}]}",
                new String[] {"400", null});
        refused.put(
                scan(RENKUM, 2) + "/answers|{\"respondent\":\"" + wijkteam + "\",\"scores\":[{\"role\":\"DESIGNER\","
                        + "\"level\":3},{\"role\":\"DESIGNER\",\"level\":4}]}",
                new String[] {"400", null});
        refused.put(
                scan(RENKUM, 2) + "/answers|{\"respondent\":\"" + wijkteam + "\",\"scores\":[]}",
                new String[] {"400", null});
        refused.put(
                scan(RENKUM, 2) + "/answers|{\"respondent\":\"" + jeugdhulp + "\",\"scores\":[{\"role\":\"DESIGNER\","
                        + "\"level\":3}]}",
                new String[] {"404", null});
        refused.put(
                scan(RENKUM, 2) + "/answers|{\"respondent\":\"" + wijkteam + "\",\"scores\":[{\"role\":\"DESIGNER\","
                        + "\"level\":3,\"filledBy\":[\"" + jeugdhulp + "\"]}]}",
                new String[] {"404", null});
        refused.put(
                scan(RENKUM, 9) + "/answers|{\"respondent\":\"" + wijkteam + "\",\"scores\":[{\"role\":\"DESIGNER\","
                        + "\"level\":3}]}",
                new String[] {"404", null});
        refused.put(scan(RENKUM, 1) + "/closure|{}", new String[] {"409", "zelfscan-closed"});
        refused.put(OUTSIDE + "/regions/" + regionId + "/zelfscans|{\"title\":\"Buiten\"}", new String[] {"404", null});
        for (Map.Entry<String, String[]> e : refused.entrySet()) {
            String[] parts = e.getKey().split("\\|", 2);
            RunningSystem.Response r = system.post(parts[0], parts[1]);
            assertThat(r.status()).as(e.getKey() + " " + r.body()).isEqualTo(Integer.parseInt(e.getValue()[0]));
            assertThat(r.contentType()).startsWith("application/problem+json");
            if (e.getValue()[1] != null) {
                assertThat(r.json().get("rule").asText()).as(e.getKey()).isEqualTo(e.getValue()[1]);
            }
        }
        assertThat(system.storedEvents()).isEqualTo(stored);
        // outside the region: nothing to see
        assertThat(system.get(OUTSIDE + "/regions/" + regionId).status()).isEqualTo(404);
        assertThat(system.get(OUTSIDE + "/regions/" + regionId + "/zelfscans/1").status())
                .isEqualTo(404);
        assertThat(system.get(OUTSIDE + "/regions").json().get("regions")).isEmpty();
        // a member's accounts read through their own municipality, never through another's
        for (String account : List.of("regievoerder-arnhem", "auditor-arnhem")) {
            assertThat(as(account, ARNHEM + "/regions/" + regionId + "/zelfscans/1")
                            .status())
                    .as(account)
                    .isEqualTo(200);
            assertThat(as(account, RENKUM + "/regions/" + regionId).status())
                    .as(account)
                    .isEqualTo(403);
        }
        assertThat(system.sendAs(
                                "regievoerder-arnhem",
                                HttpRequest.newBuilder(URI.create(system.commandUrl() + scan(RENKUM, 2) + "/answers"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{}")))
                        .status())
                .isEqualTo(403);
    }

    private static RunningSystem.Response as(String account, String path) {
        return system.sendAs(
                account,
                HttpRequest.newBuilder(URI.create(system.queryUrl() + path)).GET());
    }

    @Test
    @Order(4)
    void aConsistencyTokenOfTheRegionIsHonouredForEveryMemberOnly() {
        String token = answer(RENKUM, 2, wijkteam, "CARE", "2025-02-20", "CONDUCTOR:4");
        RunningSystem.Response renkum =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + scan(RENKUM, 2) + "?date=2025-03-01"))
                        .header("X-Consistency-Token", token)
                        .GET());
        assertThat(renkum.status()).as(renkum.body()).isEqualTo(200);
        assertThat(renkum.json().get("respondents").asInt()).isEqualTo(4);
        RunningSystem.Response arnhem =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + scan(ARNHEM, 2) + "?date=2025-03-01"))
                        .header("X-Consistency-Token", token)
                        .GET());
        assertThat(arnhem.status()).as(arnhem.body()).isEqualTo(200);
        RunningSystem.Response outside =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + OUTSIDE + "/regions"))
                        .header("X-Consistency-Token", token)
                        .GET());
        assertThat(outside.status()).isEqualTo(409);
        assertThat(outside.json().get("rule").asText()).isEqualTo("version-not-recorded");
    }

    @Test
    @Order(5)
    void corsAllowsTheRegionCommandsAndReads() throws Exception {
        for (String path : List.of(
                RENKUM + "/regions",
                RENKUM + "/regions/" + regionId + "/zelfscans",
                scan(RENKUM, 1) + "/closure",
                scan(RENKUM, 1) + "/answers",
                scan(RENKUM, 1) + "/answers/3/retraction")) {
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
        }
        HttpResponse<String> readPreflight = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(system.queryUrl() + scan(RENKUM, 1) + "/chart.svg"))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                                .header("Access-Control-Request-Method", "GET")
                                .header("Access-Control-Request-Headers", "authorization,x-consistency-token")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(readPreflight.statusCode()).isEqualTo(200);
        RunningSystem.Response read =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + RENKUM + "/regions/" + regionId))
                        .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                        .GET());
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains(RunningSystem.ALLOWED_ORIGIN);
    }

    @Test
    @Order(6)
    void anAnswerTakenBackCountsOnNoDateAndItsReplacementTakesItsPlace() {
        String scan2 = scan(RENKUM, 2) + "?date=2025-03-01";
        JsonNode before = system.get(scan2).json();
        assertThat(role(before, "DESIGNER").get("n").asInt()).isEqualTo(3);
        // the opvang's answer to moment 2 (4,2,4,2 on 2025-02-11) had its designer and conductor swapped
        long sequence = opvangAnswer2;
        RunningSystem.Response corrected = system.post(
                scan(RENKUM, 2) + "/answers/" + sequence + "/retraction",
                "{\"why\":\"ontwerper en dirigent verwisseld\",\"replacement\":{\"sector\":\"CHILDCARE\","
                        + "\"scores\":[{\"role\":\"DESIGNER\",\"level\":2},{\"role\":\"QUARTERMASTER\",\"level\":2},"
                        + "{\"role\":\"CONNECTOR\",\"level\":4},{\"role\":\"CONDUCTOR\",\"level\":4}]}}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode after = system.get(scan2 + "&consistencyToken="
                        + corrected.json().get("consistencyToken").asText())
                .json();
        assertThat(after.get("respondents").asInt())
                .as("still one answer of the opvang")
                .isEqualTo(4);
        // designer 4,4,3 became 4,2,3: median 3; on the answer's own date already
        assertThat(role(after, "DESIGNER").get("median").asDouble()).isEqualTo(3.0);
        assertThat(counts(role(after, "DESIGNER"))).containsExactly(0, 1, 1, 1, 0);
        assertThat(role(system.get(scan(RENKUM, 2) + "?date=2025-02-11").json(), "DESIGNER")
                        .get("n")
                        .asInt())
                .as("the replacement keeps the date of the answer taken back")
                .isEqualTo(2);
        assertThat(system.post(scan(RENKUM, 2) + "/answers/" + sequence + "/retraction", "{\"why\":\"nogmaals\"}")
                        .json()
                        .get("rule")
                        .asText())
                .isEqualTo("answer-retracted");
        long replacement = corrected.json().get("version").asLong();
        assertThat(system.post(
                                scan(ARNHEM, 2) + "/answers/" + replacement + "/retraction",
                                "{\"why\":\"niet van Arnhem\"}")
                        .status())
                .as("only the municipality whose respondent answered takes it back")
                .isEqualTo(404);
    }

    @Test
    @Order(7)
    void everyMembersAuditExportHoldsTheRegionStreamIntact() throws Exception {
        for (String municipality : List.of(ARNHEM, RENKUM, OUTSIDE)) {
            HttpResponse<byte[]> zip = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(system.queryUrl() + municipality + "/audit-export"))
                                    .header("Authorization", "Bearer " + system.token(IdentityProvider.DEVELOPER))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zip.statusCode()).isEqualTo(200);
            JsonNode manifest = null;
            try (java.util.zip.ZipInputStream in =
                    new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
                for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().equals("manifest.json")) {
                        manifest = RunningSystem.JSON.readTree(in.readAllBytes());
                    }
                }
            }
            JsonNode stream = null;
            for (JsonNode s : manifest.get("streams")) {
                if (s.get("aggregateId").asText().equals(regionId)) {
                    stream = s;
                }
            }
            if (municipality.equals(OUTSIDE)) {
                assertThat(stream).as("not a member").isNull();
            } else {
                assertThat(stream).as(municipality).isNotNull();
                assertThat(stream.get("kind").asText()).isEqualTo("region");
                assertThat(stream.get("lines").asInt())
                        .as("defined, 2 moments, 8 answers, 1 closing, a correction (retraction and replacement)")
                        .isEqualTo(14);
                assertThat(stream.get("intact").asBoolean()).isTrue();
            }
        }
    }

    @Test
    @Order(8)
    void aReplayOfTheRegionsFamilyGivesTheSameViews() {
        Map<String, String> before = new LinkedHashMap<>();
        for (String path : List.of(
                RENKUM + "/regions?date=2025-03-01",
                ARNHEM + "/regions/" + regionId + "?date=2024-02-11",
                scan(RENKUM, 1) + "?date=2024-02-20",
                scan(ARNHEM, 1) + "?date=2024-03-31&sector=EDUCATION",
                RENKUM + "/regions/" + regionId + "/zelfscans/changes?from=1&to=2&date=2025-03-01",
                scan(RENKUM, 2) + "/chart.svg?date=2025-03-01&compareWith=1")) {
            before.put(path, system.get(path).body());
        }
        RunningSystem.Response accepted =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/regions/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        int generation = RunningSystem.rebuildingGeneration(accepted.json());
        system.await(
                "/v1/projections/regions",
                r -> r.status() == 200 && r.json().get("generation").asInt() == generation);
        for (Map.Entry<String, String> e : before.entrySet()) {
            assertThat(system.get(e.getKey()).body()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
