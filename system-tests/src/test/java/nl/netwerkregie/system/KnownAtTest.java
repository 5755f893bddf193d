package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading the network as the system knew it at a recording time, and stepping through the history, over
 * real HTTP against the embedded store, against a hand-computed expectation: a back-dated shift and a
 * renaming recorded later change the past picture only from their recording on.
 */
class KnownAtTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;
    private static String theme;
    private static String library;
    private static String club;
    /** A recording time after the library's shift and before the club's back-dated one. */
    private static Instant between;

    @BeforeAll
    static void start() throws Exception {
        system = RunningSystem.inMemory();
        theme = system.post(GM + "/themes", """
                        {"name":"Buurt in beweging","story":"Samen sporten.","buurten":["BU02740101"],
                         "developmentPeriod":{"start":"2024-01-01","end":"2026-12-31"},"effectiveDate":"2024-01-10"}""").json().get("themeId").asText();
        library = organisation("Bibliotheek");
        club = organisation("Sportclub");
        shift(library, "PARTNER", "2024-03-01");
        Thread.sleep(20);
        between = Instant.now();
        Thread.sleep(20);
        shift(club, "INITIATOR", "2024-02-01"); // back-dated, recorded later
        RunningSystem.Response renamed = system.put(
                GM + "/themes/" + theme + "/name", "{\"name\":\"Wijk in beweging\",\"effectiveDate\":\"2024-02-15\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String organisation(String name) {
        RunningSystem.Response r =
                system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("actorId").asText();
    }

    private static void shift(String actor, String position, String date) {
        RunningSystem.Response r = system.post(
                GM + "/themes/" + theme + "/position-shifts",
                "{\"actorId\":\"" + actor + "\",\"take\":[\"" + position + "\"],\"effectiveDate\":\"" + date + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static Map<String, String> positions(JsonNode network) {
        Map<String, String> out = new HashMap<>();
        network.get("actors")
                .forEach(a ->
                        out.put(a.get("actorId").asText(), a.get("positions").toString()));
        return out;
    }

    private static String network(String query) {
        return GM + "/themes/" + theme + "/network?" + query;
    }

    @Test
    void thePastPictureAsKnownThenLeavesOutWhatWasRecordedLater() {
        JsonNode now = system.await(
                        network("date=2024-03-15"),
                        r -> r.status() == 200
                                && r.body().contains(club)
                                && r.body().contains("Wijk in beweging"))
                .json();
        assertThat(positions(now)).containsEntry(library, "[\"PARTNER\"]").containsEntry(club, "[\"INITIATOR\"]");

        RunningSystem.Response then = system.get(network("date=2024-03-15&knownAt=" + between));
        assertThat(then.status()).as(then.body()).isEqualTo(200);
        // by hand: at that recording time only the library's shift and the original name were recorded
        assertThat(positions(then.json())).containsOnlyKeys(library).containsEntry(library, "[\"PARTNER\"]");
        assertThat(then.json().get("name").asText()).isEqualTo("Buurt in beweging");

        // folded from the event store up to now, the picture is exactly the projection's
        RunningSystem.Response folded = system.get(network("date=2024-03-15&knownAt=" + Instant.now()));
        assertThat(folded.json()).isEqualTo(now);
        assertThat(system.get(network("date=2024-02-10&knownAt=" + Instant.now()))
                        .json())
                .isEqualTo(system.get(network("date=2024-02-10")).json());

        // a date means the end of that day in the Netherlands: today, everything is known
        RunningSystem.Response today = system.get(network("date=2024-03-15&knownAt=" + java.time.LocalDate.now()));
        assertThat(today.json()).isEqualTo(now);

        RunningSystem.Response before = system.get(network("knownAt=2000-01-01T00:00:00Z"));
        assertThat(before.status()).as("nothing of the theme was recorded yet").isEqualTo(404);
        RunningSystem.Response bad = system.get(network("knownAt=yesterday"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("knownAt");
        assertThat(system.get("/v1/municipalities/GM0202/themes/" + theme + "/network?knownAt=" + Instant.now())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void steppingThroughTheHistoryShowsThePictureJustBeforeAndAfterAnEvent() {
        JsonNode history = system.await(
                        GM + "/themes/" + theme + "/history?pageSize=50",
                        r -> r.status() == 200 && r.body().contains("ThemeRenamed"))
                .json();
        long clubShift = -1;
        for (JsonNode e : history.get("events")) {
            if (e.get("type").asText().equals("PositionShifted")
                    && e.at("/payload/actorId").asText().equals(club)) {
                clubShift = e.get("sequence").asLong();
            }
        }
        RunningSystem.Response step = system.get(GM + "/themes/" + theme + "/history/" + clubShift + "/network");
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        JsonNode s = step.json();
        assertThat(s.get("type").asText()).isEqualTo("PositionShifted");
        assertThat(s.get("date").asText()).as("the event's effective date").isEqualTo("2024-02-01");
        assertThat(positions(s.get("before"))).doesNotContainKey(club);
        assertThat(positions(s.get("after"))).containsEntry(club, "[\"INITIATOR\"]");
        assertThat(s.at("/changes/actors")).hasSize(1);
        assertThat(s.at("/changes/actors/0/actorId").asText()).isEqualTo(club);
        assertThat(s.at("/changes/actors/0/before")).isEmpty();
        assertThat(s.at("/changes/actors/0/after").toString()).isEqualTo("[\"INITIATOR\"]");
        assertThat(s.at("/changes/nameChanged").asBoolean()).isFalse();

        RunningSystem.Response rename =
                system.get(GM + "/themes/" + theme + "/history/" + (clubShift + 1) + "/network");
        assertThat(rename.json().get("type").asText()).isEqualTo("ThemeRenamed");
        assertThat(rename.json().at("/changes/nameChanged").asBoolean()).isTrue();
        assertThat(rename.json().at("/changes/actors")).isEmpty();

        RunningSystem.Response first = system.get(GM + "/themes/" + theme + "/history/0/network");
        assertThat(first.json().has("before"))
                .as("nothing before the theme was named")
                .isFalse();
        assertThat(system.get(GM + "/themes/" + theme + "/history/99/network").status())
                .isEqualTo(404);
        assertThat(system.sendAs(
                                "researcher-renkum",
                                HttpRequest.newBuilder(URI.create(
                                                system.queryUrl() + GM + "/themes/" + theme + "/history/0/network"))
                                        .GET())
                        .status())
                .as("the history is not for researchers")
                .isEqualTo(403);
    }
}
