package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A municipality's actors across its themes over real HTTP: two themes sharing a community centre (a schakel in
 * one, a partner in the other) and a resident; the list on dates before and after, its filters, names only for
 * those who may see them, and how the themes connect.
 */
class ActorsAcrossThemesTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;
    private static String sport;
    private static String jeugd;
    private static String buurthuis;
    private static String kees;
    private static String bibliotheek;
    private static String vereniging;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        buurthuis = actor("{\"type\":\"ORGANISATION\",\"organisationName\":\"Buurthuis De Poort\"}");
        kees = actor("{\"type\":\"PERSON\",\"name\":\"Kees Molenaar\"}");
        bibliotheek = actor("{\"type\":\"ORGANISATION\",\"organisationName\":\"Bibliotheek Rijn\"}");
        vereniging = actor("{\"type\":\"ORGANISATION\",\"organisationName\":\"Volkstuinvereniging\"}");
        ok(system.put(
                GM + "/actors/" + buurthuis + "/classification",
                "{\"sector\":\"COMMUNITY_ORGANISATION\",\"buurt\":\"BU02740101\",\"effectiveDate\":\"2024-01-01\"}"));
        sport = theme("Sport in de buurt");
        jeugd = theme("Jeugd in de buurt");
        String ingredient = ok(system.post(
                        "/v1/municipalities/GM0274/themes/" + sport + "/ingredients",
                        "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"Sportdag\"}],\"effectiveDate\":\"2024-02-01\"}"))
                .get("ingredientIds")
                .get(0)
                .asText();
        ok(system.post(
                GM + "/themes/" + sport + "/schakels",
                "{\"actorId\":\"" + buurthuis + "\",\"ingredientIds\":[\"" + ingredient
                        + "\"],\"effectiveDate\":\"2024-02-01\"}"));
        shift(sport, kees, "PARTNER", "2024-02-01");
        shift(sport, bibliotheek, "SUPPLIER", "2024-02-01");
        shift(jeugd, buurthuis, "PARTNER", "2024-06-01");
        shift(jeugd, kees, "INITIATOR", "2024-06-01");
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String actor(String body) {
        return ok(system.post(GM + "/actors", body.replace("}", ",\"effectiveDate\":\"2024-01-01\"}")))
                .get("actorId")
                .asText();
    }

    private static String theme(String name) {
        return ok(system.post(
                        GM + "/themes",
                        "{\"name\":\"" + name + "\",\"story\":\"x\",\"buurten\":[\"BU02740101\"],"
                                + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"},"
                                + "\"effectiveDate\":\"2024-01-01\"}"))
                .get("themeId")
                .asText();
    }

    private static void shift(String theme, String actor, String position, String date) {
        ok(system.post(
                GM + "/themes/" + theme + "/position-shifts",
                "{\"actorId\":\"" + actor + "\",\"take\":[\"" + position + "\"],\"effectiveDate\":\"" + date + "\"}"));
    }

    private static JsonNode ok(RunningSystem.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("actors").forEach(a -> out.add(a.get("actorId").asText()));
        return out;
    }

    private static JsonNode entry(JsonNode list, String actor) {
        for (JsonNode a : list.get("actors")) {
            if (a.get("actorId").asText().equals(actor)) {
                return a;
            }
        }
        throw new AssertionError(actor + " not in " + list);
    }

    private static JsonNode list(String query) {
        return ok(system.get(GM + "/actors?date=2024-07-01" + query));
    }

    @Test
    void listsTheActorsWithTheirThemesAndPositionsOnADate() {
        JsonNode all = system.await(
                        GM + "/actors?date=2024-07-01",
                        r -> r.status() == 200
                                && r.body().contains("Jeugd in de buurt")
                                && r.body().contains("INITIATOR"))
                .json();
        assertThat(all.get("total").asInt()).isEqualTo(4);
        JsonNode centre = entry(all, buurthuis);
        assertThat(centre.get("name").asText()).isEqualTo("Buurthuis De Poort");
        assertThat(centre.get("sector").asText()).isEqualTo("COMMUNITY_ORGANISATION");
        assertThat(centre.get("buurt").asText()).isEqualTo("BU02740101");
        assertThat(centre.get("themes")).hasSize(2);
        for (JsonNode role : centre.get("themes")) {
            if (role.get("themeId").asText().equals(sport)) {
                assertThat(role.get("schakel").asBoolean()).isTrue();
                assertThat(role.get("positions")).isEmpty();
            } else {
                assertThat(role.get("positions").toString()).isEqualTo("[\"PARTNER\"]");
                assertThat(role.get("schakel").asBoolean()).isFalse();
            }
        }
        assertThat(entry(all, kees).get("name").asText()).isEqualTo("Kees Molenaar");
        assertThat(entry(all, vereniging).get("themes")).isEmpty();

        // before the second theme's shifts, the people were in the first theme only
        JsonNode march = ok(system.get(GM + "/actors?date=2024-03-01"));
        assertThat(entry(march, kees).get("themes")).hasSize(1);
        assertThat(entry(march, kees).at("/themes/0/name").asText()).isEqualTo("Sport in de buurt");
        assertThat(ok(system.get(GM + "/actors?date=2023-12-31")).get("total").asInt())
                .as("registered in 2024")
                .isZero();

        assertThat(ids(list("&involved=false"))).containsExactly(vereniging);
        assertThat(ids(list("&involved=true"))).hasSize(3);
        assertThat(ids(list("&sector=COMMUNITY_ORGANISATION"))).containsExactly(buurthuis);
        assertThat(ids(list("&buurt=BU02740101"))).containsExactly(buurthuis);
        assertThat(ids(list("&theme=" + jeugd))).containsExactlyInAnyOrder(buurthuis, kees);
        assertThat(ids(list("&name=POORT"))).containsExactly(buurthuis);
        assertThat(ids(list("&name=molen"))).as("the developer may see names").containsExactly(kees);
        JsonNode page = list("&pageSize=3&page=2");
        assertThat(page.get("actors")).hasSize(1);
        assertThat(page.get("total").asInt()).isEqualTo(4);

        for (String bad : List.of(
                "&pageSize=0",
                "&pageSize=501",
                "&page=0",
                "&name=x",
                "&buurt=BU1",
                "&theme=x",
                "&sector=ALIEN",
                "&involved=maybe")) {
            RunningSystem.Response r = system.get(GM + "/actors?date=2024-07-01" + bad);
            assertThat(r.status()).as(bad + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains(bad.substring(1, bad.indexOf('=')));
        }
    }

    @Test
    void aCallerWhoMayNotSeeNamesGetsNoPersonsNameAndCannotSearchByIt() {
        system.await(
                GM + "/actors?date=2024-07-01",
                r -> r.status() == 200 && r.body().contains("INITIATOR"));
        RunningSystem.Response asAuditor = system.sendAs(
                "auditor-renkum",
                HttpRequest.newBuilder(URI.create(system.queryUrl() + GM + "/actors?date=2024-07-01"))
                        .GET());
        JsonNode person = entry(asAuditor.json(), kees);
        assertThat(person.has("name")).isFalse();
        assertThat(person.get("nameWithheld").asBoolean()).isTrue();
        assertThat(entry(asAuditor.json(), buurthuis).get("name").asText()).isEqualTo("Buurthuis De Poort");
        assertThat(asAuditor.body()).doesNotContain("Kees");
        RunningSystem.Response search = system.sendAs(
                "auditor-renkum",
                HttpRequest.newBuilder(URI.create(system.queryUrl() + GM + "/actors?date=2024-07-01&name=molen"))
                        .GET());
        assertThat(search.json().get("total").asInt()).isZero();
        assertThat(system.sendAs(
                                "regievoerder-arnhem",
                                HttpRequest.newBuilder(URI.create(system.queryUrl() + GM + "/actors"))
                                        .GET())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void showsHowTheThemesConnectThroughTheActorsTheyShare() {
        JsonNode c = system.await(
                        GM + "/theme-connections?date=2024-07-01",
                        r -> r.status() == 200 && r.json().get("actors").size() == 2)
                .json();
        assertThat(c.get("connections")).hasSize(1);
        JsonNode pair = c.at("/connections/0");
        assertThat(pair.get("themeIds").toString()).contains(sport, jeugd);
        assertThat(pair.get("names").toString()).contains("Sport in de buurt", "Jeugd in de buurt");
        assertThat(pair.get("sharedActors").asInt()).isEqualTo(2);
        assertThat(pair.get("sharedSchakels").asInt())
                .as("the centre is a schakel of the sport theme")
                .isEqualTo(1);
        assertThat(c.at("/actors/0/actorId").asText()).as("schakels first").isEqualTo(buurthuis);
        assertThat(c.at("/actors/0/schakel").asBoolean()).isTrue();
        assertThat(c.at("/actors/1/actorId").asText()).isEqualTo(kees);
        assertThat(ok(system.get(GM + "/theme-connections?date=2024-03-01")).get("connections"))
                .as("before the second theme's shifts nothing is shared")
                .isEmpty();
        assertThat(system.get(GM + "/theme-connections?date=someday").status()).isEqualTo(400);
        RunningSystem.Response cors =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + GM + "/theme-connections"))
                        .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                        .GET());
        assertThat(cors.headers().firstValue("Access-Control-Allow-Origin").orElse(""))
                .isEqualTo(RunningSystem.ALLOWED_ORIGIN);
    }
}
