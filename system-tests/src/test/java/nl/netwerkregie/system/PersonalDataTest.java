package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GDPR rights of a person in the network, end to end over HTTP with real sign-in: names shown only to
 * the roles that may see them and every such read logged; the access export; rectification; erasure
 * (unreadable in events, every view and the export, structure unchanged, not brought back by a replay);
 * the keys apart from the event store (neither the name nor the key in the event store's file or the
 * views); the rate limit per account.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PersonalDataTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static final String NAME = "Wilhelmina Zwanenburg-Okkerse";
    private static final String EMAIL = "w.zwanenburg@example.org";
    private static final String CORRECTED = "Wilhelmina Zwanenburg";
    /** Free texts about the person: an ingredient naming her and a remark she made. */
    private static final String INGREDIENT = "Kookt op dinsdag voor de hele galerij";

    private static final String REMARK = "Ik wil best vaker koken als iemand de boodschappen doet";

    @TempDir
    static Path dir;

    private static RunningSystem system;
    private static String person;
    private static String theme;
    private static byte[] key;

    @BeforeAll
    static void start() {
        system = RunningSystem.onFile(dir.resolve("store.mv"));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String network() {
        return GM + "/themes/" + theme + "/network?date=2024-06-01";
    }

    private static JsonNode actorIn(RunningSystem.Response network) {
        for (JsonNode a : network.json().get("actors")) {
            if (a.get("actorId").asText().equals(person)) {
                return a;
            }
        }
        throw new AssertionError("the person is not in the network: " + network.body());
    }

    private static RunningSystem.Response as(String account, String method, String path, String body) {
        boolean command = !method.equals("GET");
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create((command ? system.commandUrl() : system.queryUrl()) + path));
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return system.sendAs(account, b);
    }

    @Test
    @Order(1)
    void namesAreShownOnlyToThoseWhoMaySeeThemAndEveryReadInClearIsLogged() {
        RunningSystem.Response registered = as(
                "regievoerder-renkum",
                "POST",
                GM + "/actors",
                "{\"type\":\"PERSON\",\"name\":\"" + NAME + "\",\"email\":\"" + EMAIL + "\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        person = registered.json().get("actorId").asText();
        theme = as("regievoerder-renkum", "POST", GM + "/themes", """
                        {"name":"Samen koken","story":"Buren koken voor elkaar.","buurten":["BU02740101"],
                         "developmentPeriod":{"start":"2024-01-01","end":"2026-12-31"},"effectiveDate":"2024-01-10"}""")
                .json()
                .get("themeId")
                .asText();
        assertThat(as(
                                "regievoerder-renkum",
                                "POST",
                                GM + "/themes/" + theme + "/position-shifts",
                                "{\"actorId\":\"" + person
                                        + "\",\"take\":[\"INITIATOR\"],\"effectiveDate\":\"2024-02-01\"}")
                        .status())
                .isEqualTo(200);
        assertThat(as(
                                "administrator-renkum",
                                "PUT",
                                GM + "/settings/research-publication",
                                "{\"published\":true,\"effectiveDate\":\"2020-01-01\"}")
                        .status())
                .isEqualTo(200);
        Document k = system.keyDb()
                .getCollection("personal_data_keys")
                .find(new Document("_id", person))
                .first();
        assertThat(k).as("the key is in the key store").isNotNull();
        key = k.get("key", Binary.class).getData();

        RunningSystem.Response seen = system.await(
                network(),
                r -> r.status() == 200 && r.body().contains(person) && r.body().contains(NAME));
        JsonNode clear = actorIn(seen);
        assertThat(clear.get("name").asText()).isEqualTo(NAME);
        assertThat(clear.get("nameWithheld").asBoolean()).isFalse();
        for (String withheld : List.of("researcher-renkum", "auditor-renkum")) {
            RunningSystem.Response r = system.await(
                    network(), x -> as(withheld, "GET", network(), null).status() == 200);
            JsonNode a = actorIn(as(withheld, "GET", network(), null));
            assertThat(a.has("name")).as(withheld).isFalse();
            assertThat(a.get("nameWithheld").asBoolean()).as(withheld).isTrue();
            assertThat(a.get("positions").toString()).contains("INITIATOR");
            assertThat(r.status()).isEqualTo(200);
        }
        assertThat(actorIn(as("regievoerder-renkum", "GET", network(), null))
                        .get("name")
                        .asText())
                .isEqualTo(NAME);
        assertThat(actorIn(as("auditor-names-renkum", "GET", network(), null))
                        .get("name")
                        .asText())
                .isEqualTo(NAME);

        RunningSystem.Response log =
                as("auditor-renkum", "GET", GM + "/personal-data-access-log?person=" + person + "&pageSize=100", null);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        List<String> accounts = new ArrayList<>();
        log.json().get("entries").forEach(e -> {
            accounts.add(e.get("account").asText());
            assertThat(e.get("endpoint").asText()).startsWith("GET /v1/municipalities/GM0274/themes/" + theme);
            assertThat(e.get("persons").toString()).contains(person);
        });
        assertThat(accounts)
                .contains(system.subject("regievoerder-renkum"), system.subject("auditor-names-renkum"))
                .doesNotContain(system.subject("researcher-renkum"), system.subject("auditor-renkum"));
    }

    private static String cycle() {
        return GM + "/themes/" + theme + "/cycles/1?date=2024-06-01";
    }

    private static JsonNode personIngredient(RunningSystem.Response network) {
        for (JsonNode i : network.json().get("ingredients")) {
            if (i.path("person").asText().equals(person)) {
                return i;
            }
        }
        throw new AssertionError("no ingredient names the person: " + network.body());
    }

    @Test
    @Order(2)
    void freeTextsAboutThePersonAreSealedWithHerKeyAndShownOnlyToThoseWhoMaySeeNames() {
        String t = GM + "/themes/" + theme;
        RunningSystem.Response added = as(
                "regievoerder-renkum",
                "POST",
                t + "/ingredients",
                "{\"ingredients\":[{\"kind\":\"PERSON\",\"person\":\"" + person + "\",\"text\":\"" + INGREDIENT
                        + "\"},{\"kind\":\"IDEA\",\"text\":\"Een kookclub\"}],\"effectiveDate\":\"2024-02-01\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        for (int step = 1; step <= 3; step++) {
            RunningSystem.Response started = as(
                    "regievoerder-renkum",
                    "POST",
                    t + "/cycles/1/steps",
                    "{\"step\":" + step + ",\"effectiveDate\":\"2024-0" + (step + 1) + "-15\"}");
            assertThat(started.status()).as(started.body()).isBetween(200, 201);
        }
        RunningSystem.Response remark = as(
                "regievoerder-renkum",
                "POST",
                t + "/cycles/1/conversation/remarks",
                "{\"text\":\"" + REMARK + "\",\"heardFrom\":\"" + person + "\",\"effectiveDate\":\"2024-04-20\"}");
        assertThat(remark.status()).as(remark.body()).isEqualTo(201);

        // whoever may see names reads both texts
        JsonNode ingredient = personIngredient(
                system.await(network(), r -> r.status() == 200 && r.body().contains(INGREDIENT)));
        assertThat(ingredient.get("kind").asText()).isEqualTo("PERSON");
        assertThat(ingredient.get("textWithheld").asBoolean()).isFalse();
        JsonNode heard = system.await(
                        cycle(), r -> r.status() == 200 && r.body().contains(REMARK))
                .json()
                .at("/conversation/remarks/0");
        assertThat(heard.get("heardFrom").asText()).isEqualTo(person);
        // a researcher sees that they exist, who they concern, and not what they say
        RunningSystem.Response researcher = as("researcher-renkum", "GET", network(), null);
        assertThat(researcher.body()).doesNotContain(INGREDIENT).contains("Een kookclub");
        assertThat(personIngredient(researcher).get("textWithheld").asBoolean()).isTrue();
        RunningSystem.Response auditor = as("auditor-renkum", "GET", cycle(), null);
        assertThat(auditor.status()).as(auditor.body()).isEqualTo(200);
        assertThat(auditor.body()).doesNotContain(REMARK);
        assertThat(auditor.json().at("/conversation/remarks/0/textWithheld").asBoolean())
                .isTrue();

        // a person is named as an actor, never as free text of another kind
        RunningSystem.Response noActor = as(
                "regievoerder-renkum",
                "POST",
                t + "/ingredients",
                "{\"ingredients\":[{\"kind\":\"PERSON\",\"text\":\"Buurvrouw Jansen\"}]}");
        assertThat(noActor.status()).isEqualTo(400);
        assertThat(noActor.body()).contains("ingredients[0]").contains("person");
        RunningSystem.Response otherKind = as(
                "regievoerder-renkum",
                "POST",
                t + "/ingredients",
                "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"x\",\"person\":\"" + person + "\"}]}");
        assertThat(otherKind.status()).isEqualTo(400);
        RunningSystem.Response unknown = as(
                "regievoerder-renkum",
                "POST",
                t + "/ingredients",
                "{\"ingredients\":[{\"kind\":\"PERSON\",\"text\":\"x\","
                        + "\"person\":\"00000000-0000-4000-8000-000000000000\"}]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("ingredients[0].person");
    }

    @Test
    @Order(3)
    void theAccessExportHoldsTheDataInClearAndEveryEventThatNamesThePerson() {
        RunningSystem.Response export =
                as("administrator-renkum", "GET", GM + "/actors/" + person + "/personal-data", null);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        JsonNode e = export.json();
        assertThat(e.get("personalData").get("name").asText()).isEqualTo(NAME);
        assertThat(e.get("personalData").get("email").asText()).isEqualTo(EMAIL);
        assertThat(e.get("erased").asBoolean()).isFalse();
        List<String> types = new ArrayList<>();
        e.get("events").forEach(ev -> types.add(ev.get("type").asText()));
        assertThat(types).containsExactly("ActorRegistered", "PositionShifted", "IngredientsAdded", "RemarkHeard");
        assertThat(e.get("events").get(1).get("recordedBy").asText()).isEqualTo(system.subject("regievoerder-renkum"));
        assertThat(e.get("events").get(2).get("textsInClear").toString()).contains(INGREDIENT);
        assertThat(e.get("events").get(3).get("textsInClear").toString()).contains(REMARK);
        assertThat(as("regievoerder-renkum", "GET", GM + "/actors/" + person + "/personal-data", null)
                        .status())
                .isEqualTo(403);
        assertThat(as(
                                "administrator-renkum",
                                "GET",
                                GM + "/actors/00000000-0000-4000-8000-000000000000/personal-data",
                                null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    @Order(4)
    void aRectificationReplacesTheNameEverywhere() {
        RunningSystem.Response r = as(
                "regievoerder-renkum",
                "PUT",
                GM + "/actors/" + person + "/personal-data",
                "{\"name\":\"" + CORRECTED + "\",\"email\":\"" + EMAIL + "\",\"reason\":\"asked by the person\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        system.await(network(), x -> x.status() == 200 && x.body().contains("\"" + CORRECTED + "\""));
        assertThat(as("administrator-renkum", "GET", GM + "/actors/" + person + "/personal-data", null)
                        .json()
                        .get("personalData")
                        .get("name")
                        .asText())
                .isEqualTo(CORRECTED);
        RunningSystem.Response noName = as(
                "regievoerder-renkum",
                "PUT",
                GM + "/actors/" + person + "/personal-data",
                "{\"email\":\"" + EMAIL + "\"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("name");
    }

    @Test
    @Order(5)
    void anErasureMakesThePersonUnreadableEverywhereKeepsTheStructureAndSurvivesAReplay() throws Exception {
        JsonNode before = actorIn(as("regievoerder-renkum", "GET", network(), null));
        assertThat(as("regievoerder-renkum", "POST", GM + "/actors/" + person + "/erasure", "{}")
                        .status())
                .as("erasure is for administrators")
                .isEqualTo(403);
        RunningSystem.Response erased = as(
                "administrator-renkum",
                "POST",
                GM + "/actors/" + person + "/erasure",
                "{\"reason\":\"request of 2026-11-30\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        RunningSystem.Response again = as("administrator-renkum", "POST", GM + "/actors/" + person + "/erasure", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("actor-erased");

        RunningSystem.Response after =
                system.await(network(), x -> x.status() == 200 && !x.body().contains(CORRECTED));
        JsonNode a = actorIn(after);
        assertThat(a.get("erased").asBoolean()).isTrue();
        assertThat(a.has("name")).isFalse();
        assertThat(a.get("positions")).isEqualTo(before.get("positions"));
        assertThat(after.body()).doesNotContain(NAME).doesNotContain(CORRECTED).doesNotContain(INGREDIENT);
        JsonNode ingredient = personIngredient(after);
        assertThat(ingredient.get("erased").asBoolean()).isTrue();
        assertThat(ingredient.has("text") && !ingredient.get("text").isNull()).isFalse();
        RunningSystem.Response cycleAfter = as("regievoerder-renkum", "GET", cycle(), null);
        assertThat(cycleAfter.body()).doesNotContain(REMARK);
        assertThat(cycleAfter.json().at("/conversation/remarks/0/erased").asBoolean())
                .isTrue();
        RunningSystem.Response remarkAfter = as(
                "regievoerder-renkum",
                "POST",
                GM + "/themes/" + theme + "/cycles/1/conversation/remarks",
                "{\"text\":\"nog iets\",\"heardFrom\":\"" + person + "\",\"effectiveDate\":\"2024-05-01\"}");
        assertThat(remarkAfter.status())
                .as("nothing more is recorded about an erased person")
                .isEqualTo(409);
        assertThat(remarkAfter.json().get("rule").asText()).isEqualTo("actor-erased");

        JsonNode export = as("administrator-renkum", "GET", GM + "/actors/" + person + "/personal-data", null)
                .json();
        assertThat(export.get("erased").asBoolean()).isTrue();
        assertThat(export.has("personalData")).isFalse();
        List<String> types = new ArrayList<>();
        export.get("events").forEach(ev -> types.add(ev.get("type").asText()));
        assertThat(types)
                .containsExactly(
                        "ActorRegistered",
                        "PositionShifted",
                        "IngredientsAdded",
                        "RemarkHeard",
                        "PersonalDataRectified",
                        "PersonalDataErased");
        assertThat(export.toString())
                .doesNotContain(INGREDIENT)
                .doesNotContain(REMARK)
                .doesNotContain(NAME)
                .doesNotContain(CORRECTED)
                .doesNotContain(EMAIL);
        assertThat(as("regievoerder-renkum", "PUT", GM + "/actors/" + person + "/personal-data", "{\"name\":\"X\"}")
                        .status())
                .isEqualTo(409);

        // a replay of every view does not bring it back
        RunningSystem.Response replay = system.sendAs(
                "administrator-renkum",
                HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(replay.status()).as(replay.body()).isBetween(200, 299);
        system.await("/v1/projections", r -> r.status() == 200 && !r.body().contains("\"replaying\":true"));
        RunningSystem.Response rebuilt =
                system.await(network(), x -> x.status() == 200 && x.body().contains(person));
        assertThat(actorIn(rebuilt).get("erased").asBoolean()).isTrue();
        assertThat(rebuilt.body())
                .doesNotContain(NAME)
                .doesNotContain(CORRECTED)
                .doesNotContain(INGREDIENT);
        assertThat(system.await(cycle(), r -> r.status() == 200).body()).doesNotContain(REMARK);
    }

    @Test
    @Order(6)
    void neitherTheEventStoreNorTheViewsHoldTheNameOrTheKey() throws Exception {
        String keyBase64 = Base64.getEncoder().encodeToString(key);
        // every document of the event store and the views, as JSON
        for (String collection : system.db().listCollectionNames()) {
            for (Document d : system.db().getCollection(collection).find()) {
                String json = d.toJson();
                assertThat(json)
                        .as(collection)
                        .doesNotContain(INGREDIENT)
                        .doesNotContain(REMARK)
                        .doesNotContain(NAME)
                        .doesNotContain(CORRECTED)
                        .doesNotContain(EMAIL);
                assertThat(json).as(collection).doesNotContain(keyBase64);
            }
        }
        // and the event store's file, byte for byte
        byte[] file;
        try (Stream<Path> files = Files.list(dir)) {
            Path store = files.filter(p -> p.getFileName().toString().startsWith("store.mv")
                            && !p.getFileName().toString().contains("personal-data"))
                    .findFirst()
                    .orElseThrow();
            file = Files.readAllBytes(store);
        }
        assertThat(indexOf(file, NAME.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(indexOf(file, EMAIL.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(indexOf(file, INGREDIENT.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(indexOf(file, REMARK.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(indexOf(file, key)).isEqualTo(-1);
        assertThat(indexOf(file, keyBase64.getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
        // the key store has its own file
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("personal-data"));
        }
    }

    @Test
    @Order(7)
    void aBurstBeyondTheLimitOfOneAccountIs429WithRetryAfterAndOtherAccountsGoOn() {
        String limited = system.startAnotherQueryService(
                "--netwerkregie.security.rate-limit.requests-per-second=0.5",
                "--netwerkregie.security.rate-limit.burst=3");
        List<Integer> statuses = new ArrayList<>();
        RunningSystem.Response refused = null;
        for (int i = 0; i < 6; i++) {
            RunningSystem.Response r =
                    system.sendAs("auditor-renkum", HttpRequest.newBuilder(URI.create(limited + GM + "/themes")));
            statuses.add(r.status());
            if (r.status() == 429) {
                refused = r;
            }
        }
        assertThat(statuses.subList(0, 3)).containsOnly(200);
        assertThat(statuses.subList(3, 6)).containsOnly(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 3));
        assertThat(system.sendAs("regievoerder-renkum", HttpRequest.newBuilder(URI.create(limited + GM + "/themes")))
                        .status())
                .as("another account has its own bucket")
                .isEqualTo(200);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
