package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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

        // a date means the end of that day in the Netherlands: today there, everything is known (today in UTC is
        // yesterday there for an hour or two before midnight UTC)
        RunningSystem.Response today = system.get(
                network("date=2024-03-15&knownAt=" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))));
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
    void theShiftsAsKnownThenAndTheRecordsThatChangedThePictureLater() {
        system.await(
                network("date=2024-03-15"),
                r -> r.status() == 200 && r.body().contains(club) && r.body().contains("Wijk in beweging"));
        String shifts = GM + "/themes/" + theme + "/position-shifts?from=2024-01-15&to=2024-03-15";
        JsonNode now = system.get(shifts).json();
        assertThat(now.get("actors")).hasSize(2);
        JsonNode then = system.get(shifts + "&knownAt=" + between).json();
        // by hand: only the library's shift was recorded by then
        assertThat(then.get("actors")).hasSize(1);
        assertThat(then.at("/actors/0/actorId").asText()).isEqualTo(library);
        assertThat(then.at("/actors/0/atEnd").toString()).isEqualTo("[\"PARTNER\"]");
        assertThat(system.get(shifts + "&knownAt=" + Instant.now()).json()).isEqualTo(now);

        String later = GM + "/themes/" + theme + "/later-changes?date=2024-03-15&knownAt=" + between;
        RunningSystem.Response report = system.get(later);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode r = report.json();
        // by hand: the club's back-dated shift and the renaming, both recorded after `between`, both in effect by the
        // date
        assertThat(r.get("records")).hasSize(2);
        assertThat(r.at("/records/0/type").asText()).isEqualTo("PositionShifted");
        assertThat(r.at("/records/0/effectiveDate").asText()).isEqualTo("2024-02-01");
        assertThat(r.at("/records/0/retroactive").asBoolean()).isTrue();
        assertThat(r.at("/records/0/recordedBy").asText()).isNotBlank();
        assertThat(r.at("/records/1/type").asText()).isEqualTo("ThemeRenamed");
        assertThat(r.at("/changes/actors")).hasSize(1);
        assertThat(r.at("/changes/actors/0/actorId").asText()).isEqualTo(club);
        assertThat(r.at("/changes/actors/0/before")).isEmpty();
        assertThat(r.at("/changes/actors/0/after").toString()).isEqualTo("[\"INITIATOR\"]");
        assertThat(r.at("/changes/nameChanged").asBoolean()).isTrue();

        // a picture of a day before both records took effect was not changed by them
        JsonNode january = system.get(GM + "/themes/" + theme + "/later-changes?date=2024-01-31&knownAt=" + between)
                .json();
        assertThat(january.get("records")).isEmpty();
        assertThat(january.at("/changes/actors")).isEmpty();
        assertThat(january.at("/changes/nameChanged").asBoolean()).isFalse();

        assertThat(system.get(GM + "/themes/" + theme + "/later-changes?date=2024-03-15")
                        .body())
                .contains("knownAt");
        assertThat(system.get(GM + "/themes/" + theme + "/later-changes?knownAt=" + between)
                        .status())
                .isEqualTo(400);
        assertThat(system.sendAs(
                                "researcher-renkum",
                                HttpRequest.newBuilder(URI.create(system.queryUrl() + later))
                                        .GET())
                        .status())
                .as("what changed a picture is history: not for researchers")
                .isEqualTo(403);
    }

    @Test
    void aCorrectedShiftIsAppliedByTheViewsWhileTheHistoryAndKnownAtShowBoth() throws Exception {
        String other = system.post(GM + "/themes", """
                        {"name":"Samen koken","story":"Eten met de buren.","buurten":["BU02740101"],
                         "developmentPeriod":{"start":"2024-01-01","end":"2026-12-31"},"effectiveDate":"2024-01-10"}""").json().get("themeId").asText();
        String o = GM + "/themes/" + other;
        RunningSystem.Response shifted = system.post(
                o + "/position-shifts",
                "{\"actorId\":\"" + library + "\",\"take\":[\"PARTNER\"],\"effectiveDate\":\"2024-03-01\"}");
        long sequence = shifted.json().get("version").asLong();
        RunningSystem.Response step1 =
                system.post(o + "/cycles/1/steps", "{\"step\":1,\"effectiveDate\":\"2024-02-01\"}");
        assertThat(step1.status()).as(step1.body()).isBetween(200, 201);
        RunningSystem.Response matrix =
                system.post(o + "/matrices", "{\"buurt\":\"BU02740101\",\"effectiveDate\":\"2024-02-01\"}");
        assertThat(matrix.status()).as(matrix.body()).isBetween(200, 201);
        system.await(
                o + "/network?date=2024-04-01",
                r -> r.status() == 200 && r.body().contains("PARTNER"));
        Thread.sleep(20);
        Instant before = Instant.now();
        Thread.sleep(20);
        RunningSystem.Response corrected = system.post(
                o + "/position-shifts/" + sequence + "/retraction",
                "{\"why\":\"Leverancier, geen partner\",\"replacement\":{\"take\":[\"SUPPLIER\"],"
                        + "\"effectiveDate\":\"2024-03-01\"}}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        long replacement = corrected.json().get("version").asLong();
        JsonNode now = system.await(
                        o + "/network?date=2024-04-01",
                        r -> r.status() == 200 && r.body().contains("SUPPLIER"))
                .json();
        assertThat(positions(now)).containsEntry(library, "[\"SUPPLIER\"]");
        assertThat(positions(system.get(o + "/network?date=2024-04-01&knownAt=" + before)
                        .json()))
                .containsEntry(library, "[\"PARTNER\"]");
        JsonNode history = system.await(
                        o + "/history?pageSize=50",
                        r -> r.status() == 200 && r.body().contains("PositionShiftRetracted"))
                .json();
        List<String> types = new java.util.ArrayList<>();
        history.get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).containsSubsequence("PositionShifted", "PositionShiftRetracted", "PositionShifted");
        assertThat(history.toString()).contains("Leverancier, geen partner");
        JsonNode report = system.get(o + "/later-changes?date=2024-04-01&knownAt=" + before)
                .json();
        assertThat(report.get("records")).hasSize(2);
        assertThat(report.at("/records/0/type").asText()).isEqualTo("PositionShiftRetracted");
        assertThat(report.at("/changes/actors/0/before").toString()).isEqualTo("[\"PARTNER\"]");
        assertThat(report.at("/changes/actors/0/after").toString()).isEqualTo("[\"SUPPLIER\"]");

        long stored = system.storedEvents();
        RunningSystem.Response again =
                system.post(o + "/position-shifts/" + sequence + "/retraction", "{\"why\":\"nog eens\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("rule").asText()).isEqualTo("position-shift-retracted");
        assertThat(system.post(o + "/position-shifts/0/retraction", "{\"why\":\"de naam\"}")
                        .status())
                .as("the naming is no position shift")
                .isEqualTo(404);
        RunningSystem.Response noWhy = system.post(o + "/position-shifts/" + replacement + "/retraction", "{}");
        assertThat(noWhy.status()).isEqualTo(400);
        assertThat(noWhy.body()).contains("why");
        assertThat(system.storedEvents()).isEqualTo(stored);

        // evidence: the corrected shift has none yet, then a document shows it
        String evidence = o + "/positions-without-evidence?date=2024-04-01";
        JsonNode none = system.get(evidence).json();
        assertThat(none.get("held").asInt()).isEqualTo(1);
        assertThat(none.get("withEvidence").asInt()).isZero();
        assertThat(none.at("/withoutEvidence/0/actorId").asText()).isEqualTo(library);
        assertThat(none.at("/withoutEvidence/0/position").asText()).isEqualTo("SUPPLIER");
        assertThat(none.at("/withoutEvidence/0/shift").asLong()).isEqualTo(replacement);
        RunningSystem.Response unknownContact = system.post(
                o + "/position-shifts/" + replacement + "/evidence",
                "{\"evidence\":[{\"kind\":\"CONTACT\",\"reference\":\"00000000-0000-4000-8000-000000000c01\"}]}");
        assertThat(unknownContact.status()).as(unknownContact.body()).isEqualTo(409);
        assertThat(unknownContact.json().get("rule").asText()).isEqualTo("evidence-not-found");
        assertThat(system.post(
                                o + "/position-shifts/" + sequence + "/evidence",
                                "{\"evidence\":[{\"kind\":\"DOCUMENT\",\"reference\":\"Verslag\"}]}")
                        .json()
                        .get("rule")
                        .asText())
                .as("the shift taken back")
                .isEqualTo("position-shift-retracted");
        assertThat(system.post(o + "/position-shifts/" + replacement + "/evidence", "{\"evidence\":[]}")
                        .status())
                .isEqualTo(400);
        assertThat(system.storedEvents()).isEqualTo(stored);
        RunningSystem.Response cited = system.post(
                o + "/position-shifts/" + replacement + "/evidence",
                "{\"evidence\":[{\"kind\":\"DOCUMENT\",\"reference\":\"Verslag netwerkoverleg maart\"}]}");
        assertThat(cited.status()).as(cited.body()).isEqualTo(200);
        JsonNode shown = system.await(
                        evidence,
                        r -> r.status() == 200 && r.json().get("withEvidence").asInt() == 1)
                .json();
        assertThat(shown.get("withoutEvidence")).isEmpty();
        assertThat(system.sendAs(
                                "researcher-renkum",
                                HttpRequest.newBuilder(URI.create(system.queryUrl() + evidence))
                                        .GET())
                        .status())
                .isEqualTo(403);

        // a cycle and a matrix as known then: a second step and an attention point recorded after `before`
        RunningSystem.Response step2 =
                system.post(o + "/cycles/1/steps", "{\"step\":2,\"effectiveDate\":\"2024-03-01\"}");
        assertThat(step2.status()).as(step2.body()).isBetween(200, 201);
        RunningSystem.Response point = system.post(
                o + "/matrices/BU02740101/cells/buurt/BUILDING_NETWORKS/attention-points",
                "{\"text\":\"Buren kennen elkaar nog niet\",\"effectiveDate\":\"2024-03-01\"}");
        assertThat(point.status()).as(point.body()).isBetween(200, 201);
        JsonNode cycleNow = system.await(
                        o + "/cycles/1?date=2024-04-01",
                        r -> r.status() == 200 && r.json().get("steps").size() == 2)
                .json();
        JsonNode cycleThen =
                system.get(o + "/cycles/1?date=2024-04-01&knownAt=" + before).json();
        assertThat(cycleThen.get("steps"))
                .as("the second step was recorded later")
                .hasSize(1);
        assertThat(system.get(o + "/cycles/1?date=2024-04-01&knownAt=" + Instant.now())
                        .json())
                .isEqualTo(cycleNow);
        String m = o + "/matrices/BU02740101?date=2024-04-01";
        JsonNode matrixNow = system.await(m, r -> r.status() == 200 && r.body().contains("Buren kennen elkaar"))
                .json();
        JsonNode matrixThen = system.get(m + "&knownAt=" + before).json();
        assertThat(matrixThen.toString()).doesNotContain("Buren kennen elkaar");
        assertThat(system.get(m + "&knownAt=" + Instant.now()).json()).isEqualTo(matrixNow);
        assertThat(system.get(m + "&knownAt=2000-01-01").status()).isEqualTo(404);
        assertThat(system.get(o + "/cycles/1?knownAt=never").status()).isEqualTo(400);
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
