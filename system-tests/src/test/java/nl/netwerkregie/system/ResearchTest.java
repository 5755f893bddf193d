package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Buurten compared across two programme cycles over real HTTP, against a hand-computed expectation on a small
 * data set: a theme in two buurten of Renkum, actors classified by sector and buurt (one back-dated, one placed
 * in no buurt), a schakel with two ingredients, a stelselmatrix judged once, and a CBS recoding of one buurt.
 * Also: the classification's rules recording nothing, who may read the comparison (researchers only once the
 * municipality published), bad input, CORS, and a replay of the actors family giving the same comparison.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResearchTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static final String NOORD = "BU02740101";
    private static final String ZUID = "BU02740102";
    /** Today's code of ZUID after its recoding. */
    private static final String ZUID_NOW = "BU02740199";

    private static RunningSystem system;
    private static String theme;
    private static String t;
    private static String groep;
    private static String welzijn;
    private static String club;
    private static String inge;
    private static String gemeente;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        groep = organisation("Bewonersgroep Noord", "2019-11-01");
        welzijn = organisation("Welzijn Rijn", "2019-11-01");
        club = organisation("Sportclub Zuid", "2019-11-01");
        gemeente = organisation("Gemeente, team wijken", "2019-11-01");
        RunningSystem.Response person = system.post(
                GM + "/actors", "{\"type\":\"PERSON\",\"name\":\"Inge Verbeek\",\"effectiveDate\":\"2020-06-01\"}");
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        inge = person.json().get("actorId").asText();
        theme = ok(system.post(
                        GM + "/themes",
                        "{\"name\":\"Samen in de wijk\",\"story\":\"Bewoners en buurt.\",\"buurten\":[\"" + NOORD
                                + "\",\"" + ZUID + "\"],\"developmentPeriod\":{\"start\":\"2020-01-01\","
                                + "\"end\":\"2022-12-31\"},\"recurrence\":\"RECURRING\","
                                + "\"effectiveDate\":\"2019-12-01\"}"))
                .get("themeId")
                .asText();
        t = GM + "/themes/" + theme;
        classify(groep, "COMMUNITY_ORGANISATION", NOORD, "2019-12-01");
        classify(welzijn, "PROVIDER", null, "2019-12-01");
        classify(club, "COMMUNITY_ORGANISATION", ZUID, "2019-12-01");
        classify(gemeente, "MUNICIPALITY", NOORD, "2019-12-01");
        classify(inge, "RESIDENT", NOORD, "2021-06-01");
        // cycle 1
        shift(groep, "{\"take\":[\"INITIATOR\"]", "2019-12-15");
        shift(gemeente, "{\"take\":[\"PARTNER\"]", "2019-12-20");
        shift(welzijn, "{\"take\":[\"SUPPLIER\"]", "2020-01-01");
        shift(club, "{\"take\":[\"PARTNER\"]", "2020-02-01");
        shift(inge, "{\"take\":[\"PARTNER\"]", "2021-01-01");
        shift(gemeente, "{\"leave\":[\"PARTNER\"]", "2022-06-01");
        JsonNode added = ok(system.post(
                t + "/ingredients",
                "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"Buurtmaaltijd\"},"
                        + "{\"kind\":\"MEANS\",\"text\":\"Moestuin\"}],\"effectiveDate\":\"2020-02-15\"}"));
        ok(system.post(
                t + "/schakels",
                "{\"actorId\":\"" + groep + "\",\"ingredientIds\":["
                        + added.get("ingredientIds").get(0) + ","
                        + added.get("ingredientIds").get(1) + "],\"effectiveDate\":\"2020-03-01\"}"));
        // the vegetable garden lies in Zuid, though Noord's group links it
        ok(system.put(
                t + "/ingredients/" + added.get("ingredientIds").get(1).asText() + "/buurt",
                "{\"buurt\":\"" + ZUID + "\",\"effectiveDate\":\"2020-03-01\"}"));
        ok(system.post(t + "/matrices", "{\"buurt\":\"" + NOORD + "\",\"effectiveDate\":\"2020-02-01\"}"));
        ok(system.post(
                t + "/matrices/" + NOORD + "/cells/buurt/BUILDING_NETWORKS/judgements",
                "{\"period\":{\"cycle\":1},\"level\":3,\"judgedBy\":[\"" + groep + "\"],"
                        + "\"effectiveDate\":\"2021-06-01\"}"));
        ok(system.post(t + "/cycles/1/closure", "{\"effectiveDate\":\"2022-12-31\"}"));
        // cycle 2
        ok(system.post(
                t + "/cycles",
                "{\"developmentPeriod\":{\"start\":\"2023-01-01\",\"end\":\"2027-12-31\"},"
                        + "\"effectiveDate\":\"2022-12-31\"}"));
        shift(club, "{\"leave\":[\"PARTNER\"]", "2023-03-01");
        shift(inge, "{\"take\":[\"INITIATOR\"]", "2024-01-01");
        RunningSystem.Response recoded = system.sendAs(
                "administrator-renkum",
                HttpRequest.newBuilder(URI.create(system.commandUrl() + GM + "/settings/buurt-recodings/" + ZUID))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"into\":[\"" + ZUID_NOW + "\"],"
                                + "\"source\":\"CBS, buurtwijzigingen 2024\",\"effectiveDate\":\"2024-01-01\"}")));
        assertThat(recoded.status()).as(recoded.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String organisation(String name, String date) {
        return ok(system.post(
                        GM + "/actors",
                        "{\"type\":\"ORGANISATION\",\"organisationName\":\"" + name + "\",\"effectiveDate\":\"" + date
                                + "\"}"))
                .get("actorId")
                .asText();
    }

    private static void classify(String actor, String sector, String buurt, String date) {
        ok(system.put(
                GM + "/actors/" + actor + "/classification",
                "{\"sector\":\"" + sector + "\"" + (buurt == null ? "" : ",\"buurt\":\"" + buurt + "\"")
                        + ",\"effectiveDate\":\"" + date + "\"}"));
    }

    private static void shift(String actor, String change, String date) {
        ok(system.post(
                t + "/position-shifts", change + ",\"actorId\":\"" + actor + "\",\"effectiveDate\":\"" + date + "\"}"));
    }

    private static JsonNode ok(RunningSystem.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }

    private static void refused(RunningSystem.Response r, int status, String ruleOrField) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).contains(ruleOrField);
    }

    /** The comparison once every view has taken in the whole data set. */
    private static JsonNode comparison() {
        return system.await(
                        "/v1/research/comparison?municipality=GM0274",
                        r -> r.status() == 200
                                && r.json().get("total").asInt() == 6
                                && r.body().contains(ZUID_NOW)
                                && r.json().at("/rows/3/holders/positions").asInt() == 3
                                && r.json().at("/rows/0/matrix/cellsJudged").asInt() == 1)
                .json();
    }

    private static JsonNode row(JsonNode rows, int cycle, String buurt) {
        for (JsonNode r : rows) {
            if (r.get("cycle").asInt() == cycle
                    && (buurt == null
                            ? !r.has("buurt")
                            : buurt.equals(r.path("buurt").asText()))) {
                return r;
            }
        }
        throw new AssertionError("no row for cycle " + cycle + " and buurt " + buurt + " in " + rows);
    }

    @Test
    @Order(1)
    void comparesTheBuurtenCycleByCycleAsComputedByHand() {
        JsonNode c = comparison();
        JsonNode rows = c.get("rows");
        List<String> order = new ArrayList<>();
        rows.forEach(
                r -> order.add(r.get("cycle").asInt() + ":" + r.path("buurt").asText("-")));
        assertThat(order)
                .as("aligned by cycle, then buurt, the unplaced last")
                .containsExactly("1:" + NOORD, "1:" + ZUID_NOW, "1:-", "2:" + NOORD, "2:" + ZUID_NOW, "2:-");

        // cycle 1, Noord: the group and the municipality at the start; Inge entered, the municipality left
        JsonNode n1 = row(rows, 1, NOORD);
        assertThat(n1.get("themeName").asText()).isEqualTo("Samen in de wijk");
        assertThat(n1.get("start").asText()).isEqualTo("2020-01-01");
        assertThat(n1.get("end").asText()).isEqualTo("2022-12-31");
        assertThat(n1.get("complete").asBoolean()).isTrue();
        assertThat(n1.at("/atStart/actors").asInt()).isEqualTo(2);
        assertThat(n1.at("/atStart/byPosition/INITIATOR").asInt()).isEqualTo(1);
        assertThat(n1.at("/atStart/byPosition/PARTNER").asInt()).isEqualTo(1);
        assertThat(n1.at("/atStart/schakelLinks").asInt()).isZero();
        assertThat(n1.at("/atEnd/actors").asInt()).isEqualTo(2);
        assertThat(n1.at("/atEnd/ingredients").asInt()).isEqualTo(2);
        assertThat(n1.at("/atEnd/schakelLinks").asInt()).isEqualTo(2);
        assertThat(n1.get("entered").asInt()).isEqualTo(1);
        assertThat(n1.get("left").asInt()).isEqualTo(1);
        assertThat(n1.get("turnover").asDouble()).isEqualTo(0.5); // (1 + 1) / (2 + 2)
        assertThat(n1.has("stayedFromPreviousCycle")).isFalse();
        // the graph at the end: group — 2 ingredients, Inge alone
        JsonNode m = n1.get("metrics");
        assertThat(m.get("nodes").asInt()).isEqualTo(4);
        assertThat(m.get("edges").asInt()).isEqualTo(2);
        assertThat(m.get("density").asDouble()).isEqualTo(0.3333); // 2 / (4·3/2)
        assertThat(m.get("components").asInt()).isEqualTo(2);
        assertThat(m.get("largestComponent").asInt()).isEqualTo(3);
        assertThat(m.get("meanActorDegree").asDouble()).isEqualTo(1.0);
        assertThat(m.get("maxActorDegree").asInt()).isEqualTo(2);
        // the group lies on the one shortest path between the two ingredients: 1 of (3·2/2) pairs
        assertThat(m.get("maxActorBetweenness").asDouble()).isEqualTo(0.3333);
        assertThat(m.get("meanActorBetweenness").asDouble()).isEqualTo(0.1667);
        // initiator (the group) and partner (Inge, a resident since her back-dated classification): community
        JsonNode h = n1.get("holders");
        assertThat(h.get("positions").asInt()).isEqualTo(2);
        assertThat(h.get("byCommunity").asInt()).isEqualTo(2);
        assertThat(h.get("byProfessionals").asInt()).isZero();
        assertThat(h.get("communityShare").asDouble()).isEqualTo(1.0);
        assertThat(h.at("/bySector/RESIDENT").asInt()).isEqualTo(1);
        assertThat(h.at("/bySector/COMMUNITY_ORGANISATION").asInt()).isEqualTo(1);
        assertThat(n1.at("/matrix/cellsJudged").asInt()).isEqualTo(1);
        assertThat(n1.at("/matrix/meanRank").asDouble()).isEqualTo(0.5); // level 3 of 5
        assertThat(n1.at("/matrix/shift/compared").asInt()).isZero();

        // cycle 1, Zuid under today's code: the club entered
        JsonNode z1 = row(rows, 1, ZUID_NOW);
        assertThat(z1.get("formerCodes").toString()).isEqualTo("[\"" + ZUID + "\"]");
        assertThat(z1.at("/atStart/actors").asInt()).isZero();
        assertThat(z1.at("/atEnd/actors").asInt()).isEqualTo(1);
        assertThat(z1.at("/atEnd/ingredients").asInt())
                .as("the garden placed in Zuid")
                .isEqualTo(1);
        assertThat(z1.at("/atStart/ingredients").asInt())
                .as("not yet added then")
                .isZero();
        assertThat(z1.at("/metrics/nodes").asInt())
                .as("the club and the garden, unlinked here")
                .isEqualTo(2);
        assertThat(z1.at("/metrics/edges").asInt()).isZero();
        assertThat(z1.get("turnover").asDouble()).isEqualTo(1.0);
        assertThat(z1.has("matrix")).isFalse();
        // the provider placed in no buurt of a theme in two buurten: a row of its own
        JsonNode u1 = row(rows, 1, null);
        assertThat(u1.at("/atEnd/byPosition/SUPPLIER").asInt()).isEqualTo(1);
        assertThat(u1.at("/holders/positions").asInt()).isZero();
        assertThat(u1.at("/holders/communityShare").isMissingNode()).isTrue();

        // cycle 2: everyone of Noord stayed; Inge holds both positions; the club left Zuid
        JsonNode n2 = row(rows, 2, NOORD);
        assertThat(n2.get("complete").asBoolean()).isFalse();
        assertThat(n2.get("stayedFromPreviousCycle").asInt()).isEqualTo(2);
        assertThat(n2.get("retention").asDouble()).isEqualTo(1.0);
        assertThat(n2.get("turnover").asDouble()).isEqualTo(0.0);
        assertThat(n2.at("/atEnd/byPosition/INITIATOR").asInt()).isEqualTo(2);
        assertThat(n2.at("/holders/positions").asInt()).isEqualTo(3);
        JsonNode z2 = row(rows, 2, ZUID_NOW);
        assertThat(z2.get("left").asInt()).isEqualTo(1);
        assertThat(z2.get("stayedFromPreviousCycle").asInt()).isZero();
        assertThat(z2.get("retention").asDouble()).isEqualTo(0.0);
        assertThat(row(rows, 2, null).get("retention").asDouble()).isEqualTo(1.0);
        assertThat(c.toString())
                .as("counts only: no actor id or name")
                .doesNotContain(groep, inge, "Inge", "Bewonersgroep");
    }

    @Test
    @Order(2)
    void filtersByCycleBuurtAndThemeAndPages() {
        comparison();
        JsonNode cycle2 = system.get("/v1/research/comparison?cycle=2").json();
        assertThat(cycle2.get("total").asInt()).isEqualTo(3);
        assertThat(cycle2.get("municipalities").toString())
                .as("every municipality the developer account covers")
                .contains("GM0274", "GM0202");
        JsonNode zuid = system.get("/v1/research/comparison?buurt=" + ZUID_NOW).json();
        assertThat(zuid.get("total").asInt()).isEqualTo(2);
        assertThat(system.get("/v1/research/comparison?theme=" + theme)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(6);
        assertThat(system.get("/v1/research/comparison?theme=00000000-0000-0000-0000-000000000000")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        JsonNode page = system.get("/v1/research/comparison?pageSize=2&page=2").json();
        assertThat(page.get("rows")).hasSize(2);
        assertThat(page.at("/rows/0/buurt").isMissingNode())
                .as("the third row: cycle 1, unplaced")
                .isTrue();
        refused(system.get("/v1/research/comparison?municipality=XX01"), 400, "municipality");
        refused(system.get("/v1/research/comparison?buurt=BU1"), 400, "buurt");
        refused(system.get("/v1/research/comparison?cycle=0"), 400, "cycle");
        refused(system.get("/v1/research/comparison?pageSize=1001"), 400, "pageSize");
        refused(system.get("/v1/research/comparison?page=0"), 400, "page");
    }

    @Test
    @Order(3)
    void classificationsBreakingARuleRecordNothingAndShowInTheNetwork() {
        long before = RunningSystem.eventsIn(system.db()).size();
        refused(
                system.put(
                        GM + "/actors/" + club + "/classification",
                        "{\"sector\":\"PROVIDER\",\"buurt\":\"BU02020101\"}"),
                409,
                "buurt-outside-municipality");
        refused(
                system.put(
                        GM + "/actors/" + inge + "/classification",
                        "{\"sector\":\"RESIDENT\",\"effectiveDate\":\"2020-05-31\"}"),
                409,
                "before-actor-registered");
        refused(system.put(GM + "/actors/" + club + "/classification", "{\"sector\":\"ALIEN\"}"), 400, "sector");
        refused(system.put(GM + "/actors/" + club + "/classification", "{}"), 400, "sector");
        refused(
                system.put("/v1/municipalities/GM0202/actors/" + club + "/classification", "{\"sector\":\"OTHER\"}"),
                404,
                "actorId");
        assertThat(RunningSystem.eventsIn(system.db())).hasSize((int) before);

        JsonNode network = system.get(t + "/network?date=2021-07-01").json();
        JsonNode ingeThen = null;
        for (JsonNode a : network.get("actors")) {
            if (a.get("actorId").asText().equals(inge)) {
                ingeThen = a;
            }
        }
        assertThat(ingeThen).isNotNull();
        assertThat(ingeThen.get("sector").asText()).isEqualTo("RESIDENT");
        assertThat(ingeThen.get("buurt").asText()).isEqualTo(NOORD);
        JsonNode earlier = system.get(t + "/network?date=2021-02-01").json();
        for (JsonNode a : earlier.get("actors")) {
            if (a.get("actorId").asText().equals(inge)) {
                assertThat(a.has("sector")).as("not yet classified then").isFalse();
            }
        }
        JsonNode settings = system.get(GM + "/settings?date=2024-06-01").json();
        assertThat(settings.at("/buurtRecodings/0/into/0").asText()).isEqualTo(ZUID_NOW);
        refused(
                system.put(GM + "/settings/buurt-recodings/" + ZUID, "{\"into\":[\"BU02740198\"],\"source\":\"CBS\"}"),
                409,
                "buurt-recoded-already");
        refused(
                system.put(
                        GM + "/settings/buurt-recodings/" + ZUID_NOW,
                        "{\"into\":[\"" + ZUID + "\"],\"source\":\"CBS\"}"),
                409,
                "recoding-cycle");
        refused(
                system.put(
                        GM + "/settings/buurt-recodings/BU02020101", "{\"into\":[\"BU02020102\"],\"source\":\"CBS\"}"),
                409,
                "buurt-outside-municipality");
        refused(system.put(GM + "/settings/buurt-recodings/" + NOORD, "{\"into\":[],\"source\":\"CBS\"}"), 400, "into");
        refused(system.put(GM + "/settings/buurt-recodings/" + NOORD, "{\"into\":[\"BU02740103\"]}"), 400, "source");
        assertThat(RunningSystem.eventsIn(system.db())).hasSize((int) before);
    }

    @Test
    @Order(4)
    void researchersReadOnlyMunicipalitiesThatPublishedAndOthersOnlyTheirOwn() {
        comparison();
        String path = "/v1/research/comparison";
        RunningSystem.Response unpublished = asResearcher("researcher-renkum", path + "?municipality=GM0274");
        refused(unpublished, 403, "municipality");
        assertThat(asResearcher("researcher-renkum", path).json().get("total").asInt())
                .as("without a filter: no municipality it may read yet")
                .isZero();
        assertThat(system.sendAnonymous(HttpRequest.newBuilder(URI.create(system.queryUrl() + path))
                                .GET())
                        .status())
                .isEqualTo(401);
        RunningSystem.Response published = system.sendAs(
                "administrator-renkum",
                HttpRequest.newBuilder(URI.create(system.commandUrl() + GM + "/settings/research-publication"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"published\":true,\"effectiveDate\":\"" + java.time.LocalDate.now() + "\"}")));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        RunningSystem.Response opened = asResearcher("researcher-renkum", path + "?municipality=GM0274");
        for (int i = 0; i < 300 && opened.status() != 200; i++) {
            sleep(100); // the publication reaches the settings view
            opened = asResearcher("researcher-renkum", path + "?municipality=GM0274");
        }
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        JsonNode asResearcher = opened.json();
        assertThat(asResearcher.get("rows")).isEqualTo(comparison().get("rows"));
        // another municipality's accounts never see Renkum
        refused(asResearcher("researcher-arnhem", path + "?municipality=GM0274"), 403, "municipality");
        refused(asResearcher("regievoerder-arnhem", path + "?municipality=GM0274"), 403, "municipality");
        JsonNode arnhem = asResearcher("regievoerder-arnhem", path).json();
        assertThat(arnhem.get("municipalities").toString()).isEqualTo("[\"GM0202\"]");
        assertThat(arnhem.get("total").asInt()).isZero();
        assertThat(asResearcher("auditor-renkum", path).json().get("total").asInt())
                .isEqualTo(6);
        assertThat(asResearcher("administrator-renkum", path).status())
                .as("administrators manage, they do not read views")
                .isEqualTo(403);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RunningSystem.Response asResearcher(String account, String path) {
        return system.sendAs(
                account,
                HttpRequest.newBuilder(URI.create(system.queryUrl() + path)).GET());
    }

    @Test
    @Order(5)
    void corsAllowsTheComparisonAndTheClassification() throws Exception {
        HttpResponse<String> preflight = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(system.commandUrl() + GM + "/actors/" + club + "/classification"))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                                .header("Access-Control-Request-Method", "PUT")
                                .header("Access-Control-Request-Headers", "content-type,idempotency-key,authorization")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElse(""))
                .contains("PUT");
        RunningSystem.Response read =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/research/comparison"))
                        .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                        .GET());
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin").orElse(""))
                .isEqualTo(RunningSystem.ALLOWED_ORIGIN);
    }

    /** The entries of a zip, by name. */
    private static java.util.Map<String, byte[]> unzip(byte[] zip) throws Exception {
        java.util.Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static byte[] download(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(system.queryUrl() + path))
                                .header("Authorization", "Bearer " + system.token("researcher-renkum"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode())
                .as(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(200);
        return r.body();
    }

    private static List<String[]> csv(byte[] file) {
        List<String[]> rows = new ArrayList<>();
        for (String line : new String(file, java.nio.charset.StandardCharsets.UTF_8).split("\r\n")) {
            if (!line.isEmpty()) {
                rows.add(line.split(",", -1)); // the test's values hold no commas or quotes
            }
        }
        return rows;
    }

    @Test
    @Order(6)
    void theDataPackageValidatesAgainstDataPackage2AndHoldsPseudonymsOnly() throws Exception {
        comparison();
        byte[] zip = download(GM + "/research/data-package?date=2022-12-31");
        java.util.Map<String, byte[]> files = unzip(zip);
        JsonNode descriptor = RunningSystem.JSON.readTree(files.get("datapackage.json"));
        com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                        com.networknt.schema.SpecVersion.VersionFlag.V7)
                .getSchema(java.nio.file.Files.newInputStream(
                        java.nio.file.Path.of("../../shared/schemas/frictionless-2.0/datapackage.json")));
        assertThat(schema.validate(descriptor)).as(descriptor.toPrettyString()).isEmpty();
        assertThat(descriptor.get("asOf").asText()).isEqualTo("2022-12-31");
        assertThat(descriptor.get("created").asText()).isNotBlank();
        assertThat(descriptor.at("/licenses/0/name").asText()).isEqualTo("CC-BY-4.0");
        assertThat(descriptor.get("resources")).hasSize(12);
        for (JsonNode resource : descriptor.get("resources")) {
            byte[] file = files.get(resource.get("path").asText());
            assertThat(file).as(resource.get("path").asText()).isNotNull();
            List<String[]> rows = csv(file);
            List<String> header = List.of(rows.get(0));
            List<String> fields = new ArrayList<>();
            resource.at("/schema/fields").forEach(f -> fields.add(f.get("name").asText()));
            assertThat(header).isEqualTo(fields);
            assertThat(rows.size() - 1L)
                    .as("rows of " + resource.get("name"))
                    .isEqualTo(resource.get("rows").asLong());
            assertThat(resource.get("bytes").asLong()).isEqualTo(file.length);
            assertThat(resource.get("hash").asText())
                    .isEqualTo("sha256:"
                            + java.util.HexFormat.of()
                                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                            .digest(file)));
        }
        String all = new String(zip, java.nio.charset.StandardCharsets.ISO_8859_1)
                + files.values().stream().map(String::new).reduce("", String::concat);
        assertThat(all).doesNotContain(groep, inge, welzijn, club, gemeente, "Inge", "Verbeek", "Buurtmaaltijd");

        // by hand: six position spells, of which Inge's initiator position begins after the as-of date
        List<String[]> positions = csv(files.get("positions.csv"));
        assertThat(positions).hasSize(1 + 5);
        long open = positions.stream().skip(1).filter(r -> r[4].isEmpty()).count();
        assertThat(open)
                .as("the group, the provider, the club (left in 2023) and Inge still hold theirs")
                .isEqualTo(4);
        assertThat(positions.stream().skip(1).filter(r -> r[2].equals("PARTNER") && r[4].equals("2022-06-01")))
                .as("the municipality's partner position ended")
                .hasSize(1);
        // Inge is the only resident of Noord: her buurt is suppressed; organisations keep theirs
        List<String[]> actorsCsv = csv(files.get("actors.csv"));
        assertThat(actorsCsv).hasSize(1 + 5);
        assertThat(actorsCsv.stream().skip(1).filter(r -> r[1].equals("PERSON")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r[2]).isEqualTo("RESIDENT");
                    assertThat(r[3]).isEmpty();
                    assertThat(r[4]).isEqualTo("true");
                });
        assertThat(actorsCsv.stream().skip(1).filter(r -> r[3].equals(NOORD))).hasSize(2);
        assertThat(csv(files.get("links.csv"))).hasSize(1 + 2);
        assertThat(csv(files.get("ingredients.csv")).stream().skip(1).map(r -> r[3]))
                .containsExactlyInAnyOrder("", ZUID);
        assertThat(csv(files.get("cycles.csv")))
                .as("cycle 2 starts after the as-of date")
                .hasSize(1 + 1);
        assertThat(csv(files.get("judgements.csv"))).hasSize(1 + 1);
        assertThat(csv(files.get("buurt_cycles.csv"))).hasSize(1 + 3);

        // pseudonyms: stable within a study, new in every other export
        String first = csv(unzip(download(GM + "/research/data-package?study=Buurten%202026"))
                        .get("actors.csv"))
                .get(1)[0];
        String again = csv(unzip(download(GM + "/research/data-package?study=Buurten%202026"))
                        .get("actors.csv"))
                .get(1)[0];
        String other = csv(unzip(download(GM + "/research/data-package")).get("actors.csv"))
                .get(1)[0];
        assertThat(first).matches("A-[0-9a-f]{16}").isEqualTo(again).isNotEqualTo(other);
        refused(system.get(GM + "/research/data-package?study=" + "x".repeat(101)), 400, "study");
        refused(system.get(GM + "/research/data-package?date=someday"), 400, "date");
        refused(
                system.sendAs(
                        "researcher-arnhem",
                        HttpRequest.newBuilder(URI.create(system.queryUrl() + GM + "/research/data-package"))
                                .GET()),
                403,
                "GM0274");
    }

    @Test
    @Order(7)
    void theNetworkAsDynamicGexfValidatesAgainstGexf13() throws Exception {
        comparison();
        byte[] gexf = download(t + "/network.gexf?study=Buurten%202026");
        javax.xml.validation.Schema xsd = javax.xml.validation.SchemaFactory.newInstance(
                        javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new java.io.File("../../shared/schemas/gexf-1.3/gexf.xsd"));
        xsd.newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(gexf)));
        String text = new String(gexf, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(groep, inge, "Inge", "Bewonersgroep", "Moestuin");
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(gexf));
        assertThat(doc.getElementsByTagName("node").getLength())
                .as("5 actors and 2 ingredients")
                .isEqualTo(7);
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(2);
        assertThat(text).contains("mode=\"dynamic\"", "timeformat=\"date\"");
        // the municipality's partner spell ends on its last day, 2022-05-31
        assertThat(text).contains("for=\"PARTNER\" value=\"true\" start=\"2019-12-20\" end=\"2022-05-31\"");
        String pseudonym = csv(unzip(download(GM + "/research/data-package?study=Buurten%202026"))
                        .get("positions.csv"))
                .get(1)[1];
        assertThat(text).as("the same pseudonyms as the study's data package").contains("id=\"" + pseudonym + "\"");
        refused(system.get(GM + "/themes/00000000-0000-4000-8000-000000000001/network.gexf"), 404, "theme");
    }

    @Test
    @Order(8)
    void aReplayOfTheActorsFamilyGivesTheSameComparison() {
        JsonNode before = comparison();
        RunningSystem.Response accepted =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/actors/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        int generation = RunningSystem.rebuildingGeneration(accepted.json());
        system.await(
                "/v1/projections/actors",
                r -> r.status() == 200 && r.json().get("generation").asInt() == generation);
        assertThat(comparison()).isEqualTo(before);
    }

    @Test
    @Order(9)
    void anInstanceComputesTheComparisonOfPublishedMunicipalitiesAheadOfRequests() {
        java.util.Set<String> themes = new java.util.TreeSet<>();
        comparison().get("rows").forEach(r -> themes.add(r.get("themeId").asText()));
        assertThat(themes).isNotEmpty();
        String another = system.startAnotherQueryService("--netwerkregie.research.comparison-ahead-seconds=1");
        // before any request to it, the instance holds the rows of every theme of Renkum (published above)
        String held = null;
        for (int i = 0; i < 300; i++) {
            String metrics = system.send(HttpRequest.newBuilder(URI.create(another + "/actuator/prometheus"))
                            .GET())
                    .body();
            held = metrics.lines()
                    .filter(l -> l.startsWith("netwerkregie_research_comparison_themes"))
                    .findFirst()
                    .orElse(null);
            if (held != null && held.endsWith(" " + themes.size() + ".0")) {
                break;
            }
            sleep(100);
        }
        assertThat(held).as("the gauge of themes held").endsWith(" " + themes.size() + ".0");
        JsonNode ahead = system.sendAs(
                        "auditor-renkum",
                        HttpRequest.newBuilder(URI.create(another + "/v1/research/comparison?municipality=GM0274"))
                                .GET())
                .json();
        assertThat(ahead.get("rows")).isEqualTo(comparison().get("rows"));
    }

    @Test
    @Order(10)
    void aThemeIsComputedAheadOnlyOnceItHasSettled() {
        String another = system.startAnotherQueryService("--netwerkregie.research.comparison-ahead-seconds=1");
        // every theme of Renkum computed once, two ticks after the start
        double settled = awaitComputedAhead(another, n -> n >= 1);
        sleep(2_500);
        assertThat(computedAhead(another))
                .as("nothing changed: nothing computed again")
                .isEqualTo(settled);
        // a theme changed more often than a tick is never computed ahead meanwhile
        for (int i = 0; i < 12; i++) {
            ok(system.put(t + "/story", "{\"story\":\"Bewoners en buurt, versie " + i + ".\"}"));
            sleep(400);
        }
        double whileChanging = computedAhead(another);
        assertThat(whileChanging - settled)
                .as("computed ahead while the theme changed every 400 ms (ticks of 1 s)")
                .isLessThanOrEqualTo(1);
        // once it holds still for a tick it is computed, once
        double after = awaitComputedAhead(another, n -> n > whileChanging);
        sleep(2_500);
        assertThat(computedAhead(another)).isEqualTo(after);
        JsonNode ahead = system.sendAs(
                        "auditor-renkum",
                        HttpRequest.newBuilder(URI.create(another + "/v1/research/comparison?municipality=GM0274"))
                                .GET())
                .json();
        assertThat(ahead.get("rows")).isEqualTo(comparison().get("rows"));
    }

    /**
     * A row carries its buurt's indicators for the years of its cycle (a recoded buurt's old code included), the
     * latest upload's value winning, read for the whole municipality at once.
     */
    @Test
    @Order(11)
    void eachRowCarriesItsBuurtsIndicatorsForTheYearsOfItsCycle() {
        StringBuilder csv = new StringBuilder("buurt,period,indicator,value,level\n");
        for (int year = 2019; year <= 2024; year++) {
            csv.append(NOORD)
                    .append(',')
                    .append(year)
                    .append(",zelfredzaamheid,")
                    .append(6 + (year - 2019) / 10.0);
            csv.append(",LOCAL\n");
        }
        csv.append(ZUID).append(",2021,zelfredzaamheid,5.0,LOCAL\n");
        csv.append(NOORD).append(",2021-Q2,participatie,0.3,REGIONAL\n");
        uploadIndicators(csv.toString());
        uploadIndicators("buurt,period,indicator,value,level\n" + NOORD + ",2021,zelfredzaamheid,7.7,LOCAL\n");

        JsonNode rows = system.await(
                        "/v1/research/comparison?municipality=GM0274",
                        r -> r.status() == 200 && r.body().contains("7.7"))
                .json()
                .get("rows");
        JsonNode first = row(rows, 1, NOORD).get("indicators");
        assertThat(first).hasSize(2);
        assertThat(first.get(0).get("indicator").asText()).isEqualTo("participatie");
        assertThat(first.get(0).get("values")).hasSize(1);
        assertThat(first.get(0).at("/values/0/period").asText()).isEqualTo("2021-Q2");
        JsonNode zelfredzaamheid = first.get(1).get("values");
        List<String> periods = new ArrayList<>();
        zelfredzaamheid.forEach(
                v -> periods.add(v.get("period").asText() + "=" + v.get("value").asDouble()));
        assertThat(periods).containsExactly("2020=6.1", "2021=7.7", "2022=6.3");
        JsonNode second = row(rows, 2, NOORD).get("indicators");
        assertThat(second.get(0).get("values"))
                .as("no value in 2023-2027: the series, empty")
                .isEmpty();
        assertThat(second.get(1).get("values")).hasSize(2);
        JsonNode zuid = row(rows, 1, ZUID_NOW).get("indicators");
        assertThat(zuid).as("the old code's values under today's code").hasSize(1);
        assertThat(zuid.at("/0/values/0/value").asDouble()).isEqualTo(5.0);
        assertThat(row(rows, 1, null).has("indicators")).isFalse();
    }

    private static void uploadIndicators(String csv) {
        RunningSystem.Response r =
                system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + GM + "/indicator-uploads"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private double awaitComputedAhead(String queryService, java.util.function.DoublePredicate until) {
        for (int i = 0; i < 300; i++) {
            double n = computedAhead(queryService);
            if (until.test(n)) {
                return n;
            }
            sleep(100);
        }
        throw new AssertionError("the comparison was not computed ahead: " + computedAhead(queryService));
    }

    private double computedAhead(String queryService) {
        String metrics = system.send(HttpRequest.newBuilder(URI.create(queryService + "/actuator/prometheus"))
                        .GET())
                .body();
        return metrics.lines()
                .filter(l -> l.startsWith("netwerkregie_research_comparison_computed_ahead_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0);
    }
}
