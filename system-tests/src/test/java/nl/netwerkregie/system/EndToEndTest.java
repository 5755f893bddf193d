package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.netwerkregie.system.RunningSystem.Response;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The walking system over real HTTP: both services on an embedded store (H2 file backend), one
 * theme recorded step by step, with back-dated shifts recorded out of order, then read back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {
    static final String GM = "/v1/municipalities/GM0274";
    static final String ANNA_NAME = "Annelies Voorbeeldt";
    static final String BOB_NAME = "Bartholomeus Proefmans";
    static RunningSystem system;
    static String theme;
    static String anna;
    static String bob;
    static String library;
    static List<String> ingredients;
    static int recordedThemeEvents;

    @BeforeAll
    static void start(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        system = RunningSystem.onFile(dir.resolve("store.mv"));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    @Order(1)
    void recordsATheme() {
        anna = created(system.post(
                        GM + "/actors",
                        "{\"type\":\"PERSON\",\"name\":\"" + ANNA_NAME + "\",\"email\":\"annelies@example.org\"}"))
                .get("actorId")
                .asText();
        bob = created(system.post(GM + "/actors", "{\"type\":\"PERSON\",\"name\":\"" + BOB_NAME + "\"}"))
                .get("actorId")
                .asText();
        library = created(system.post(
                        GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Bibliotheek Doorwerth\"}"))
                .get("actorId")
                .asText();
        theme = created(system.post(GM + "/themes", """
                {"name":"Zorg voor jeugd","story":"Aandacht voor jeugd in de buurt.","buurten":["BU02740101"],
                 "developmentPeriod":{"start":"2024-01-01","end":"2026-12-31"},"effectiveDate":"2024-01-10",
                 "reason":"council adopted the theme"}""")).get("themeId").asText();
        JsonNode added = created(system.post(path("/ingredients"), """
                {"ingredients":[{"kind":"IDEA","text":"Spelen in de buitenlucht"},{"kind":"BUILDING","text":"Het dorpshuis"},
                 {"kind":"IDEA","text":"Spelen in de buitenlucht"}],
                 "writtenBy":"%s","session":{"date":"2024-02-01","participants":["%s","%s"]},"effectiveDate":"2024-02-01"}""".formatted(anna, anna, bob)));
        ingredients = new ArrayList<>();
        added.get("ingredientIds").forEach(n -> ingredients.add(n.asText()));
        created(system.post(path("/schakels"), """
                {"actorId":"%s","ingredientIds":["%s"],"effectiveDate":"2024-02-10"}""".formatted(anna, ingredients.get(0))));
        ok(system.post(
                path("/schakels/" + anna + "/links"),
                "{\"ingredientIds\":[\"%s\"],\"effectiveDate\":\"2024-03-01\"}".formatted(ingredients.get(1))));
        String contact = created(system.post(
                        path("/contacts"),
                        "{\"schakels\":[\"%s\"],\"form\":\"INDIVIDUAL\",\"story\":\"Wat doe je al?\",\"effectiveDate\":\"2024-02-12\"}"
                                .formatted(anna)))
                .get("contactId")
                .asText();
        ok(system.post(
                path("/contacts/" + contact + "/outcome"),
                "{\"outcome\":\"Ze doet mee.\",\"effectiveDate\":\"2024-02-19\"}"));
        ok(system.post(path("/schakels/" + anna + "/analysis-invitations"), "{\"effectiveDate\":\"2024-02-19\"}"));
        // recorded in this order; effective dates deliberately out of order
        shift(anna, "[\"INITIATOR\"]", "[]", "2024-03-01", "kick-off meeting");
        shift(library, "[\"SUPPLIER\"]", "[]", "2024-06-01", null);
        shift(anna, "[\"PARTNER\"]", "[\"INITIATOR\"]", "2024-09-01", "the buurt took over");
        shift(library, "[\"PARTNER\"]", "[]", "2024-04-01", "minutes of the April meeting arrived late");
        shift(bob, "[\"USER\"]", "[]", "2024-02-15", null);
        ok(system.post(
                path("/position-invitations"),
                "{\"actorId\":\"%s\",\"position\":\"SCHAKEL\",\"effectiveDate\":\"2024-05-01\"}".formatted(bob)));
        ok(system.put(path("/name"), "{\"name\":\"Vrolijk groot worden\",\"effectiveDate\":\"2024-07-01\"}"));
        ok(system.post(
                path("/ingredients/" + ingredients.get(2) + "/withdrawal"), "{\"effectiveDate\":\"2024-08-01\"}"));
        for (String step : List.of("1:2024-01-15", "2:2024-02-01", "3:2024-03-01", "4:2024-09-15")) {
            created(system.post(
                    path("/cycles/1/steps"),
                    "{\"step\":%s,\"effectiveDate\":\"%s\"}".formatted(step.split(":")[0], step.split(":")[1])));
        }
        created(system.post(path("/manifestation-harvests"), """
                {"items":[{"kind":"NETWORK","text":"Ouders rond het dorpshuis"},{"kind":"EXAMPLE","text":"Buitenspeeldag"}],
                 "effectiveDate":"2024-10-01"}"""));
        recordedThemeEvents = 20;
        awaitHistory(recordedThemeEvents);
    }

    @Test
    @Order(2)
    void showsTheNetworkOnThreeDates() {
        JsonNode early = system.get(query("/network?date=2024-02-20")).json();
        assertThat(early.get("name").asText()).isEqualTo("Zorg voor jeugd");
        assertThat(early.get("ingredients")).hasSize(3);
        assertThat(positions(early)).containsExactlyInAnyOrderEntriesOf(Map.of(bob, Set.of("USER"), anna, Set.of()));
        assertThat(early.get("schakels").get(0).get("ingredientIds")).hasSize(1);

        JsonNode spring = system.get(query("/network?date=2024-05-01")).json();
        assertThat(positions(spring))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(anna, Set.of("INITIATOR"), library, Set.of("PARTNER"), bob, Set.of("USER")));
        assertThat(spring.get("schakels").get(0).get("ingredientIds")).hasSize(2);
        assertThat(spring.get("harvests")).isEmpty();

        JsonNode late = system.get(query("/network?date=2024-12-01")).json();
        assertThat(late.get("name").asText()).isEqualTo("Vrolijk groot worden");
        assertThat(late.get("ingredients")).hasSize(2);
        assertThat(positions(late))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(anna, Set.of("PARTNER"), library, Set.of("PARTNER", "SUPPLIER"), bob, Set.of("USER")));
        assertThat(late.get("harvests").get(0).get("items")).hasSize(2);
        JsonNode annaView = actor(late, anna);
        assertThat(annaView.get("name").asText()).isEqualTo(ANNA_NAME);
        assertThat(actor(late, library).get("name").asText()).isEqualTo("Bibliotheek Doorwerth");
        assertThat(actor(late, bob).get("invitations").get(0).get("position").asText())
                .isEqualTo("SCHAKEL");

        for (Response r : List.of(
                system.get(query("/network")),
                system.get(query("/network?date=1900-01-01")),
                system.post(GM + "/themes", "{}"))) {
            assertThat(r.headers().firstValue("API-Version")).as(r.body()).hasValue("0.1.0");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(r.headers().firstValue("X-Correlation-Id")).isPresent();
        }

        Response svg = system.get(query("/network.svg?date=2024-12-01"));
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.contentType()).startsWith("image/svg+xml");
        assertThat(svg.body()).contains("<svg", "Vrolijk groot worden", ANNA_NAME, "1 initiator", "5 user");

        assertThat(system.get(query("/network?date=2024-01-09")).status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void showsTheShiftsBetweenTwoDates() {
        JsonNode shifts = system.get(query("/position-shifts?from=2024-03-15&to=2024-12-01"))
                .json();
        JsonNode a = byField(shifts.get("actors"), "actorId", anna);
        assertThat(texts(a.get("atStart"))).containsExactly("INITIATOR");
        assertThat(texts(a.get("atEnd"))).containsExactly("PARTNER");
        assertThat(a.get("changes")).hasSize(1);
        assertThat(a.get("changes").get(0).get("reason").asText()).isEqualTo("the buurt took over");
        JsonNode l = byField(shifts.get("actors"), "actorId", library);
        assertThat(texts(l.get("atStart"))).isEmpty();
        assertThat(texts(l.get("atEnd"))).containsExactlyInAnyOrder("PARTNER", "SUPPLIER");
        assertThat(l.get("changes").get(0).get("effectiveDate").asText()).isEqualTo("2024-04-01");
        assertThat(l.get("changes").get(1).get("effectiveDate").asText()).isEqualTo("2024-06-01");

        JsonNode partner = byField(shifts.get("positions"), "position", "PARTNER");
        assertThat(partner.get("entered").asInt()).isEqualTo(2);
        assertThat(partner.get("left").asInt()).isZero();
        assertThat(byField(shifts.get("positions"), "position", "INITIATOR")
                        .get("left")
                        .asInt())
                .isEqualTo(1);
        assertThat(transition(shifts, "INITIATOR", "PARTNER")).isEqualTo(1);
        assertThat(transition(shifts, "NONE", "PARTNER")).isEqualTo(1);
        assertThat(transition(shifts, "NONE", "SUPPLIER")).isEqualTo(1);
        assertThat(transition(shifts, "USER", "USER")).isEqualTo(1);
        assertThat(shifts.get("transitions")).hasSize(36);

        assertThat(system.get(query("/position-shifts?from=2024-12-01&to=2024-03-15"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    @Order(4)
    void keepsTheHistoryInOrderWithItsMetadata() {
        JsonNode first = system.get(query("/history?pageSize=5&page=1")).json();
        assertThat(first.get("total").asInt()).isEqualTo(recordedThemeEvents);
        assertThat(first.get("totalPages").asInt()).isEqualTo(4);
        assertThat(first.get("links").get("next").asText()).endsWith("page=2");
        JsonNode e0 = first.get("events").get(0);
        assertThat(e0.get("type").asText()).isEqualTo("ThemeNamed");
        assertThat(e0.get("sequence").asInt()).isZero();
        assertThat(e0.get("recordedBy").asText()).isEqualTo(system.subject(IdentityProvider.DEVELOPER));
        assertThat(e0.get("reason").asText()).isEqualTo("council adopted the theme");
        assertThat(e0.get("correlationId").asText()).isNotBlank();
        assertThat(e0.get("effectiveDate").asText()).isEqualTo("2024-01-10");

        List<String> types = new ArrayList<>();
        List<Integer> sequences = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            system.get(query("/history?pageSize=5&page=" + page))
                    .json()
                    .get("events")
                    .forEach(e -> {
                        types.add(e.get("type").asText());
                        sequences.add(e.get("sequence").asInt());
                    });
        }
        assertThat(sequences).isSorted().hasSize(recordedThemeEvents).doesNotHaveDuplicates();
        assertThat(types.subList(0, 7))
                .containsExactly(
                        "ThemeNamed",
                        "IngredientsAdded",
                        "SchakelAdded",
                        "SchakelLinked",
                        "ContactPrepared",
                        "ContactMade",
                        "SchakelInvitedToAnalyse");
        assertThat(types.get(recordedThemeEvents - 1)).isEqualTo("ManifestationHarvestRecorded");

        Response correlated = system.sendAs(
                "regievoerder-renkum",
                HttpRequest.newBuilder(URI.create(system.commandUrl() + path("/story")))
                        .header("Content-Type", "application/json")
                        .header("X-Correlation-Id", "trace-42")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"story\":\"Een nieuw verhaal.\",\"reason\":\"sharper\"}")));
        assertThat(correlated.status()).isEqualTo(200);
        recordedThemeEvents++;
        JsonNode last = awaitHistory(recordedThemeEvents);
        JsonNode story = last.get("events").get(0);
        assertThat(story.get("type").asText()).isEqualTo("ThemeStoryChanged");
        assertThat(story.get("correlationId").asText()).isEqualTo("trace-42");
        // who recorded it is the token's subject: a pseudonymous account id, not the user name
        assertThat(story.get("recordedBy").asText())
                .isEqualTo(system.subject("regievoerder-renkum"))
                .doesNotContain("regievoerder");
        assertThat(story.get("reason").asText()).isEqualTo("sharper");
    }

    @Test
    @Order(5)
    void listsTheThemesOfAMunicipalityAndABuurt() {
        JsonNode list = system.get(GM + "/themes").json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("themes").get(0).get("name").asText()).isEqualTo("Vrolijk groot worden");
        assertThat(system.get(GM + "/buurten/BU02740101/themes")
                        .json()
                        .get("themes")
                        .get(0)
                        .get("themeId")
                        .asText())
                .isEqualTo(theme);
        assertThat(system.get(GM + "/buurten/BU02740201/themes")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        ok(system.put(path("/buurten"), "{\"buurten\":[\"BU02740201\"],\"effectiveDate\":\"2024-11-01\"}"));
        recordedThemeEvents++;
        awaitHistory(recordedThemeEvents);
        assertThat(system.get(GM + "/buurten/BU02740101/themes")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(system.get(GM + "/buurten/BU02740201/themes")
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(system.get("/v1/municipalities/GM0202/themes")
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(system.get("/v1/municipalities/GM0202/themes/" + theme + "/network")
                        .status())
                .isEqualTo(404);
    }

    @Test
    @Order(6)
    void readsItsOwnWritesWithTheConsistencyToken() {
        Response recorded =
                system.put(path("/name"), "{\"name\":\"Vrolijk samen groot worden\",\"effectiveDate\":\"2024-11-15\"}");
        assertThat(recorded.status()).isEqualTo(200);
        recordedThemeEvents++;
        long version = recorded.json().get("version").asLong();
        assertThat(version).isEqualTo(recordedThemeEvents - 1);
        assertThat(recorded.headers().firstValue("ETag")).hasValue("\"" + version + "\"");
        String token = recorded.headers().firstValue("X-Consistency-Token").orElseThrow();
        assertThat(recorded.json().get("consistencyToken").asText())
                .isEqualTo(token)
                .isEqualTo(theme + "." + version);

        // the very first read after the command already sees it: no polling
        Response network =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + query("/network?date=2024-12-01")))
                        .header("X-Consistency-Token", token)
                        .GET());
        assertThat(network.json().get("name").asText()).isEqualTo("Vrolijk samen groot worden");
        assertThat(network.headers().firstValue("ETag")).hasValue("\"" + version + "\"");
        Response list = system.get(GM + "/themes?consistencyToken=" + token);
        assertThat(list.json().get("themes").get(0).get("name").asText()).isEqualTo("Vrolijk samen groot worden");

        // a version the event store does not hold is refused at once instead of waited for
        Response ahead = system.get(query("/history?consistencyToken=" + theme + "." + (version + 1_000)));
        assertThat(ahead.status()).isEqualTo(409);
        assertThat(ahead.contentType()).startsWith("application/problem+json");
        assertThat(ahead.json().get("rule").asText()).isEqualTo("version-not-recorded");
        assertThat(system.get(query("/history?consistencyToken=yesterday")).status())
                .isEqualTo(400);

        // optimistic concurrency: If-Match with the ETag applies only while the theme is still at that version
        Response stale = putStory("\"" + (version - 1) + "\"", "Een verhaal op een oude versie.");
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(version);
        assertThat(stale.headers().firstValue("ETag")).hasValue("\"" + version + "\"");
        Response current = putStory("\"" + version + "\"", "Een verhaal op de huidige versie.");
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(current.json().get("version").asLong()).isEqualTo(version + 1);
        recordedThemeEvents++;
        assertThat(system.get(query("/history?consistencyToken="
                                + current.json().get("consistencyToken").asText()))
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(recordedThemeEvents);
        problem(putStory("yesterday", "x"), 400, "If-Match");
    }

    private static Response putStory(String ifMatch, String story) {
        return system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + path("/story")))
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"story\":\"" + story + "\"}")));
    }

    @Test
    @Order(7)
    void refusesEveryKindOfBadInputAndRecordsNothing() {
        long before = system.storedEvents();
        long keys = system.keyDb().getCollection("personal_data_keys").countDocuments();
        Response anonymous = system.sendAnonymous(HttpRequest.newBuilder(
                        URI.create(system.commandUrl() + path("/position-shifts")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"actorId\":\"" + bob + "\",\"take\":[\"PARTNER\"]}")));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body()).contains("Authorization");
        problem(system.post(GM + "/themes", "{\"name\": \"x\", "), 400, "body");
        problem(
                system.post(
                        GM + "/themes",
                        "{\"name\":\"x\",\"story\":\"y\",\"buurten\":[\"BU0274\"],"
                                + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2025-01-01\"}}"),
                400,
                "buurten[0]");
        problem(
                system.post(
                        GM + "/themes",
                        "{\"name\":\"x\",\"story\":\"y\",\"buurten\":[\"BU02740101\"],\"colour\":1,"
                                + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2025-01-01\"}}"),
                400,
                "colour");
        problem(
                system.post(
                        GM + "/themes",
                        "{\"name\":\"x\",\"story\":\"y\",\"buurten\":[\"BU02740101\"],"
                                + "\"developmentPeriod\":{\"start\":\"2024-02-30\",\"end\":\"2025-01-01\"}}"),
                400,
                "developmentPeriod.start");
        problem(
                system.post(
                        GM + "/themes",
                        "{\"name\":\"x\",\"story\":\"y\",\"buurten\":[\"BU02020101\"],"
                                + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2025-01-01\"}}"),
                409,
                "buurten[0]");
        problem(system.post("/v1/municipalities/XX0274/themes", "{}"), 400, "municipality");
        problem(
                system.post(path("/position-shifts"), "{\"actorId\":\"%s\",\"leave\":[\"INITIATOR\"]}".formatted(bob)),
                409,
                "leave");
        problem(
                system.post(path("/position-shifts"), "{\"actorId\":\"%s\",\"take\":[\"BOSS\"]}".formatted(bob)),
                400,
                "take[0]");
        problem(
                system.post(
                        path("/position-shifts"),
                        "{\"actorId\":\"00000000-0000-0000-0000-000000000000\",\"take\":[\"USER\"]}"),
                404,
                "actorId");
        problem(
                system.post(
                        path("/position-shifts"),
                        "{\"actorId\":\"%s\",\"take\":[\"PARTNER\"],\"effectiveDate\":\"2999-01-01\"}".formatted(bob)),
                400,
                "effectiveDate");
        problem(
                system.post(
                        path("/schakels/" + anna + "/links"),
                        "{\"ingredientIds\":[\"00000000-0000-0000-0000-000000000000\"]}"),
                409,
                "ingredientIds[0]");
        problem(
                system.post(
                        GM + "/themes/00000000-0000-0000-0000-000000000000/manifestation-harvests",
                        "{\"items\":[{\"kind\":\"EXAMPLE\",\"text\":\"x\"}]}"),
                404,
                null);
        problem(
                system.post(path("/ingredients"), "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"a\\u0000b\"}]}"),
                400,
                "ingredients[0]");
        problem(system.post(GM + "/actors", "{\"type\":\"PERSON\",\"name\":{\"$gt\":\"\"}}"), 400, "name");
        problem(
                system.post(GM + "/actors", "{\"type\":\"PERSON\",\"email\":\"zonder-naam@example.org\"}"),
                400,
                "name");
        String huge = "{\"ingredients\":[" + "{\"kind\":\"IDEA\",\"text\":\"x\"},".repeat(60_000) + "]}";
        problem(system.post(path("/ingredients"), huge), 413, null);
        problem(
                system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + path("/ingredients")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                                huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))),
                413,
                null);
        problem(
                system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + path("/ingredients")))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))),
                415,
                null);
        assertThat(system.storedEvents()).isEqualTo(before);
        assertThat(system.keyDb().getCollection("personal_data_keys").countDocuments())
                .isEqualTo(keys);
        assertThat(system.get(query("/history")).json().get("total").asInt()).isEqualTo(recordedThemeEvents);
    }

    @Test
    @Order(8)
    void exposesCommandAndProjectionMetricsForPrometheus() {
        String commands = system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + "/actuator/prometheus"))
                        .GET())
                .body();
        assertThat(commands)
                .containsPattern(
                        "netwerkregie_commands_seconds_count\\{command=\"ShiftPosition\",.*outcome=\"accepted\".*} [1-9]")
                .containsPattern(
                        "netwerkregie_commands_seconds_count\\{command=\"ShiftPosition\",.*outcome=\"refused\".*} [1-9]");
        String views = system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/actuator/prometheus"))
                        .GET())
                .body();
        for (String family : RunningSystem.FAMILIES) {
            assertThat(views)
                    .containsPattern("netwerkregie_events_processed_total\\{processor=\"" + family + "\".*} [1-9]")
                    .containsPattern(
                            "netwerkregie_projection_lag_seconds_count\\{processor=\"" + family + "\".*} [1-9]");
        }
    }

    @Test
    @Order(9)
    void keepsNoPersonsNameInClearInTheEventStore() {
        List<String> stored = new ArrayList<>();
        system.db().getCollection("events").find().forEach(d -> stored.add(d.toJson()));
        assertThat(stored).isNotEmpty();
        assertThat(String.join("\n", stored))
                .doesNotContain(ANNA_NAME, BOB_NAME, "annelies@example.org")
                .contains("Bibliotheek Doorwerth", "AES-256-GCM");
        for (String collection : List.of("actors", "theme_networks", "theme_network_actors", "theme_history")) {
            List<String> view = new ArrayList<>();
            system.db().getCollection(collection).find().forEach(d -> view.add(d.toJson()));
            assertThat(String.join("\n", view)).as(collection).doesNotContain(ANNA_NAME, BOB_NAME);
        }
    }

    @Test
    @Order(10)
    void rebuildsIdenticalViewsByReplayAndFromAnEmptyProjectionDatabase() {
        Map<String, String> before = views();
        Map<String, List<String>> documents = viewDocuments();
        Response replay = system.post("/v1/projections/replays", "");
        assertThat(replay.status())
                .isEqualTo(404); // the replay is an operation of the query service, not the command service
        Response accepted =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.status()).isEqualTo(202);
        Map<String, Integer> building = new java.util.TreeMap<>();
        // a small family may finish its rebuild before the answer is written: then it names the generation it built
        accepted.json()
                .get("families")
                .forEach(f -> building.put(f.get("processor").asText(), RunningSystem.rebuildingGeneration(f)));
        assertThat(building.values())
                .as("every family rebuilds into generation 1")
                .containsOnly(1);
        assertThat(building).containsOnlyKeys(RunningSystem.FAMILIES);
        Response again = system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/replays"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(again.status()).isEqualTo(202);
        // a second request answers the running rebuilds (or, where one has finished, the generation it built); a
        // rebuild that had finished and been switched to before the second request came is followed by a new one
        Map<String, Integer> built = new java.util.TreeMap<>();
        again.json().get("families").forEach(f -> {
            String family = f.get("processor").asText();
            int answered = f.has("rebuildingGeneration")
                    ? f.get("rebuildingGeneration").asInt()
                    : f.get("generation").asInt();
            boolean newOne =
                    f.has("rebuildingGeneration") && f.get("generation").asInt() == building.get(family);
            assertThat(answered)
                    .as("the second request's generation of " + family)
                    .isEqualTo(newOne ? building.get(family) + 1 : building.get(family));
            built.put(family, answered);
        });
        // readers never notice the rebuild: every read answers as before while it runs
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until && !generations().equals(built)) {
            assertThat(views()).as("views while the rebuild runs").isEqualTo(before);
        }
        assertThat(generations()).isEqualTo(built);
        awaitViews(before);
        assertThat(viewDocuments()).as("every view document after the rebuild").isEqualTo(documents);

        // a crash after the views were written but before the token was: every event comes again
        system.stopQueryService();
        system.db().getCollection("trackingtokens").deleteMany(new Document());
        system.startQueryService();
        long stored = system.storedEvents();
        system.await("/actuator/prometheus", r -> processedByEveryFamily(r.body()) >= stored);
        assertThat(views())
                .as("views after every event was handled a second time")
                .isEqualTo(before);
        assertThat(viewDocuments())
                .as("every view document after every event was handled a second time")
                .isEqualTo(documents);

        // a new query-service process on an empty projection database rebuilds the same documents
        system.stopQueryService();
        for (String c : system.db().listCollectionNames()) {
            if (!c.startsWith("events") && !c.equals("personal_data_keys") && !c.equals("idempotency_keys")) {
                system.db().getCollection(c).drop();
            }
        }
        system.startQueryService();
        awaitViews(before);
        long until2 = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until2 && !viewDocuments().equals(documents)) {
            sleep(100);
        }
        assertThat(viewDocuments())
                .as("every view document rebuilt in a new process")
                .isEqualTo(documents);
    }

    /**
     * Every document of every view collection of the generation readers use, as JSON text, per collection
     * (by its base name), sorted by {@code _id}. The id lists of the directory's shared documents
     * ({@code municipality_themes}, {@code buurt_themes}) are sets that segments fill concurrently: they are
     * compared sorted; everything else byte for byte.
     */
    private Map<String, List<String>> viewDocuments() {
        Map<String, Integer> generations = generations();
        Map<String, List<String>> families = Map.of(
                "network", List.of("theme_networks", "theme_network_actors", "network_progress"),
                "history", List.of("theme_history", "theme_history_heads", "history_progress"),
                "directory", List.of("theme_summaries", "municipality_themes", "buurt_themes", "directory_progress"),
                "actors", List.of("actors", "actors_progress"),
                "programme", List.of("theme_programmes", "programme_progress"));
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (Map.Entry<String, List<String>> family : families.entrySet())
            for (String base : family.getValue()) {
                int generation = generations.get(family.getKey());
                String suffix = generation == 0 ? "" : "_g" + generation;
                List<String> docs = new ArrayList<>();
                for (Document d :
                        system.db().getCollection(base + suffix).find().sort(new Document("_id", 1))) {
                    if (d.get("themeIds") instanceof List<?> ids) {
                        d.put(
                                "themeIds",
                                ids.stream().map(String::valueOf).sorted().toList());
                    }
                    docs.add(d.toJson());
                }
                out.put(base, docs);
            }
        return out;
    }

    @Test
    @Order(11)
    void everyResponseOfThisRunMatchesTheContract() throws Exception {
        ContractValidator contract = new ContractValidator();
        List<String> violations = new ArrayList<>();
        List<RunningSystem.Exchange> exchanges;
        synchronized (system.exchanges) {
            exchanges = new ArrayList<>(system.exchanges);
        }
        for (RunningSystem.Exchange e : exchanges) {
            violations.addAll(contract.violations(e, e.commandService()));
        }
        System.out.println("Checked " + exchanges.size() + " responses of the end-to-end test against the contract");
        assertThat(exchanges).hasSizeGreaterThan(100);
        assertThat(violations).isEmpty();
    }

    /** The generation readers use, per view family. */
    private Map<String, Integer> generations() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        system.get("/v1/projections")
                .json()
                .get("families")
                .forEach(f ->
                        out.put(f.get("processor").asText(), f.get("generation").asInt()));
        return out;
    }

    /** Events handled since the query service started by the view family that handled fewest, from the metrics. */
    private static double processedByEveryFamily(String prometheus) {
        Map<String, Double> perFamily = new java.util.HashMap<>();
        prometheus
                .lines()
                .filter(l -> l.startsWith("netwerkregie_events_processed_total{"))
                .forEach(l -> perFamily.merge(
                        l.replaceAll(".*processor=\"([^\"]+)\".*", "$1"),
                        Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)),
                        Double::sum));
        return perFamily.size() < RunningSystem.FAMILIES.size()
                ? 0
                : perFamily.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .min()
                        .orElse(0);
    }

    private void awaitViews(Map<String, String> expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        Map<String, String> now = null;
        while (System.currentTimeMillis() < deadline) {
            now = views();
            if (now.equals(expected)) {
                return;
            }
            sleep(100);
        }
        assertThat(now).isEqualTo(expected);
    }

    private Map<String, String> views() {
        Map<String, String> v = new LinkedHashMap<>();
        for (String p : List.of(
                query("/network?date=2024-02-20"),
                query("/network?date=2024-05-01"),
                query("/network?date=2024-12-01"),
                query("/position-shifts?from=2024-01-10&to=2024-12-31"),
                query("/history?pageSize=500"),
                GM + "/themes",
                GM + "/buurten/BU02740201/themes")) {
            v.put(p, system.get(p).body());
        }
        return v;
    }

    private static JsonNode awaitHistory(int events) {
        system.await(
                query("/history?page=1"),
                r -> r.status() == 200 && r.json().get("total").asInt() == events);
        return system.await(
                        query("/history?pageSize=1&page=" + events),
                        r -> r.status() == 200 && r.json().get("events").size() == 1)
                .json();
    }

    private static void shift(String actor, String take, String leave, String date, String reason) {
        ok(system.post(
                path("/position-shifts"),
                "{\"actorId\":\"%s\",\"take\":%s,\"leave\":%s,\"effectiveDate\":\"%s\"%s}"
                        .formatted(actor, take, leave, date, reason == null ? "" : ",\"reason\":\"" + reason + "\"")));
    }

    private static String path(String rest) {
        return GM + "/themes/" + theme + rest;
    }

    private static String query(String rest) {
        return path(rest);
    }

    private static JsonNode created(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static void problem(Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).isNotBlank();
        assertThat(p.get("title").asText()).isNotBlank();
        if (field != null) {
            List<String> fields = new ArrayList<>();
            if (p.has("errors")) {
                p.get("errors").forEach(e -> fields.add(e.get("field").asText()));
            }
            if (p.has("field")) {
                fields.add(p.get("field").asText());
            }
            assertThat(fields).as(r.body()).contains(field);
        }
    }

    private static Map<String, Set<String>> positions(JsonNode network) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        network.get("actors")
                .forEach(a -> out.put(a.get("actorId").asText(), new TreeSet<>(texts(a.get("positions")))));
        return out;
    }

    private static JsonNode actor(JsonNode network, String id) {
        return byField(network.get("actors"), "actorId", id);
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private static int transition(JsonNode shifts, String from, String to) {
        for (JsonNode t : shifts.get("transitions")) {
            if (t.get("from").asText().equals(from) && t.get("to").asText().equals(to)) {
                return t.get("actors").asInt();
            }
        }
        throw new AssertionError("no transition " + from + " -> " + to);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
