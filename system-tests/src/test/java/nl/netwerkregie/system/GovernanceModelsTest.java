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
 * The governance models over real HTTP against the embedded store: the government participation ladder (rungs per
 * subject over time, one chosen back-dated and recorded last; the parties' sources of influence) and MOVISIE's regie
 * (elements, own role per level, phases with skills, revised over time), the views on dates against a hand-computed
 * expectation, refusals recording nothing, other municipalities refused, CORS and a replay of the programme family.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GovernanceModelsTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;
    private static String t;
    private static String resident;
    private static String library;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        t = GM + "/themes/"
                + ok(system.post(GM + "/themes", """
                        {"name":"Het dorpshuis","story":"Een plek van en voor het dorp.","buurten":["BU02740201"],
                         "developmentPeriod":{"start":"2024-01-01","end":"2026-12-31"},"effectiveDate":"2024-01-10"}""")).get("themeId").asText();
        resident = ok(system.post(GM + "/actors", "{\"type\":\"PERSON\",\"name\":\"Fenna de Wit\"}"))
                .get("actorId")
                .asText();
        library = ok(system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Bibliotheek\"}"))
                .get("actorId")
                .asText();
        rung("DIRECT", "2024-03-01", "De gemeente houdt de regie tot het bestuur er staat.");
        rung("FACILITATE", "2025-03-01", "Het bestuur beheert; de gemeente steunt met ruimte en advies.");
        rung("STIMULATE", "2024-09-01", "Het bestuur neemt het over; de gemeente moedigt aan."); // back-dated, last
        ok(system.put(
                t + "/influence/" + library,
                "{\"sources\":[\"COMMUNICATION\",\"INFORMATION_AND_EXPERTISE\"],\"note\":\"Bereikt veel ouders.\","
                        + "\"effectiveDate\":\"2024-03-01\"}"));
        ok(system.put(
                t + "/regie/elements/CHERISH_THE_NETWORK",
                "{\"note\":\"Elk kwartaal een ontbijt met de partners.\",\"effectiveDate\":\"2024-03-01\"}"));
        ok(system.put(
                t + "/regie/elements/CHERISH_THE_NETWORK",
                "{\"note\":\"Het bestuur nodigt de partners zelf uit.\",\"effectiveDate\":\"2025-03-01\"}"));
        ok(system.put(
                t + "/regie/levels/TOWARD_THE_PARTNERS",
                "{\"role\":\"Verbinder, neemt het werk niet over.\",\"effectiveDate\":\"2024-03-01\"}"));
        ok(system.put(
                t + "/regie/phases/EXECUTION",
                "{\"regieOn\":\"De keten rond het dorpshuis.\",\"skills\":[\"FIXING_AGREEMENTS\",\"MAKING_AGREEMENTS\"],"
                        + "\"effectiveDate\":\"2024-06-01\"}"));
        system.await(
                ladder("2025-06-01"),
                r -> r.status() == 200
                        && r.body().contains("STIMULATE")
                        && r.body().contains("COMMUNICATION"));
        system.await(
                regie("2025-06-01"),
                r -> r.status() == 200
                        && r.body().contains("Het bestuur nodigt")
                        && r.body().contains("EXECUTION"));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static JsonNode ok(RunningSystem.Response r) {
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }

    private static void rung(String rung, String date, String why) {
        ok(system.post(
                t + "/participation-rungs",
                "{\"subject\":\"Beheer van het dorpshuis\",\"rung\":\"" + rung + "\",\"why\":\"" + why
                        + "\",\"decidedBy\":[\"" + resident + "\",\"" + library + "\"],\"effectiveDate\":\"" + date
                        + "\"}"));
    }

    private static String ladder(String date) {
        return t + "/participation-ladder?date=" + date;
    }

    private static String regie(String date) {
        return t + "/regie?date=" + date;
    }

    @Test
    @Order(0)
    void movisiesRegieOnEachDateWithItsEarlierVersions() {
        JsonNode before = system.get(regie("2024-02-01")).json();
        assertThat(before.get("elements")).isEmpty();
        assertThat(before.get("phases")).isEmpty();
        JsonNode first = system.get(regie("2024-04-01")).json();
        assertThat(first.at("/elements/0/element").asText()).isEqualTo("CHERISH_THE_NETWORK");
        assertThat(first.at("/elements/0/note").asText()).isEqualTo("Elk kwartaal een ontbijt met de partners.");
        assertThat(first.at("/levels/0/level").asText()).isEqualTo("TOWARD_THE_PARTNERS");
        assertThat(first.get("phases")).as("the phase was described from June").isEmpty();
        JsonNode later = system.get(regie("2025-06-01")).json();
        assertThat(later.at("/elements/0/note").asText()).isEqualTo("Het bestuur nodigt de partners zelf uit.");
        assertThat(later.at("/elements/0/since").asText()).isEqualTo("2025-03-01");
        assertThat(later.at("/elements/0/history")).hasSize(2);
        assertThat(later.at("/elements/0/history/0/since").asText()).isEqualTo("2024-03-01");
        assertThat(later.at("/phases/0/phase").asText()).isEqualTo("EXECUTION");
        assertThat(later.at("/phases/0/skills").toString()).isEqualTo("[\"MAKING_AGREEMENTS\",\"FIXING_AGREEMENTS\"]");
        long stored = system.storedEvents();
        assertThat(system.put(t + "/regie/elements/BE_NICE", "{\"note\":\"x\"}").status())
                .isEqualTo(400);
        assertThat(system.put(t + "/regie/levels/TOWARD_THE_PARTNERS", "{}").status())
                .isEqualTo(400);
        assertThat(system.put(
                                t + "/regie/phases/EXECUTION",
                                "{\"regieOn\":\"x\",\"skills\":[\"DECIDING\",\"DECIDING\"]}")
                        .status())
                .isEqualTo(400);
        assertThat(system.put(t + "/regie/phases/EXECUTION", "{\"regieOn\":\"x\",\"skills\":[]}")
                        .status())
                .isEqualTo(400);
        RunningSystem.Response early = system.put(
                t + "/regie/levels/TOWARD_THE_PARTNERS", "{\"role\":\"x\",\"effectiveDate\":\"2023-06-01\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("rule").asText()).isEqualTo("before-theme-named");
        assertThat(system.storedEvents()).isEqualTo(stored);
    }

    private static List<String> steps(JsonNode subject) {
        List<String> out = new ArrayList<>();
        subject.get("steps")
                .forEach(s ->
                        out.add(s.get("rung").asText() + "@" + s.get("since").asText()));
        return out;
    }

    @Test
    @Order(1)
    void theRungOnEachDateTakesTheBackDatedChoiceInItsPlace() {
        assertThat(system.get(ladder("2024-02-01")).json().get("subjects")).isEmpty();
        JsonNode spring = system.get(ladder("2024-06-01")).json().at("/subjects/0");
        assertThat(spring.get("subject").asText()).isEqualTo("Beheer van het dorpshuis");
        assertThat(spring.get("rung").asText()).isEqualTo("DIRECT");
        assertThat(spring.get("meaning").asText()).startsWith("regisseren");
        assertThat(steps(spring)).containsExactly("DIRECT@2024-03-01");
        JsonNode autumn = system.get(ladder("2024-10-01")).json().at("/subjects/0");
        assertThat(autumn.get("rung").asText()).isEqualTo("STIMULATE");
        assertThat(autumn.get("since").asText()).isEqualTo("2024-09-01");
        assertThat(steps(autumn)).containsExactly("DIRECT@2024-03-01", "STIMULATE@2024-09-01");
        JsonNode later = system.get(ladder("2025-06-01")).json();
        JsonNode subject = later.at("/subjects/0");
        assertThat(subject.get("rung").asText()).isEqualTo("FACILITATE");
        assertThat(subject.get("why").asText()).startsWith("Het bestuur beheert");
        assertThat(subject.get("decidedBy").toString()).isEqualTo("[\"" + resident + "\",\"" + library + "\"]");
        assertThat(steps(subject))
                .containsExactly("DIRECT@2024-03-01", "STIMULATE@2024-09-01", "FACILITATE@2025-03-01");
        assertThat(later.at("/influence/0/actorId").asText()).isEqualTo(library);
        assertThat(later.at("/influence/0/sources").toString())
                .isEqualTo("[\"INFORMATION_AND_EXPERTISE\",\"COMMUNICATION\"]");
        assertThat(system.get(ladder("2024-02-01")).json().get("influence")).isEmpty();
    }

    @Test
    @Order(2)
    void refusalsRecordNothingAndOtherMunicipalitiesAreRefused() {
        long stored = system.storedEvents();
        Map<String, String[]> refused = new LinkedHashMap<>();
        String body = "{\"subject\":\"Beheer van het dorpshuis\",\"why\":\"x\",\"decidedBy\":[\"" + resident + "\"],";
        refused.put(
                "POST " + t + "/participation-rungs|" + body + "\"rung\":\"DIRECT\",\"effectiveDate\":\"2024-05-01\"}",
                new String[] {"409", "rung-unchanged"});
        refused.put("POST " + t + "/participation-rungs|" + body + "\"rung\":\"COMMAND\"}", new String[] {"400", null});
        refused.put(
                "POST " + t + "/participation-rungs|" + body + "\"rung\":\"DIRECT\",\"effectiveDate\":\"2023-01-01\"}",
                new String[] {"409", "before-theme-named"});
        refused.put(
                "POST " + t
                        + "/participation-rungs|{\"subject\":\"x\",\"rung\":\"DIRECT\",\"why\":\"x\",\"decidedBy\":[]}",
                new String[] {"400", null});
        refused.put(
                "POST " + t + "/participation-rungs|{\"subject\":\"x\",\"rung\":\"DIRECT\",\"why\":\"x\","
                        + "\"decidedBy\":[\"00000000-0000-4000-8000-0000000000ff\"]}",
                new String[] {"404", null});
        refused.put(
                "PUT " + t + "/influence/" + library + "|{\"sources\":[\"RESOURCES\",\"RESOURCES\"]}",
                new String[] {"400", null});
        refused.put("PUT " + t + "/influence/" + library + "|{}", new String[] {"400", null});
        refused.put(
                "PUT " + t + "/influence/00000000-0000-4000-8000-0000000000ff|{\"sources\":[]}",
                new String[] {"404", null});
        for (Map.Entry<String, String[]> e : refused.entrySet()) {
            String[] parts = e.getKey().split("\\|", 2);
            String[] call = parts[0].split(" ", 2);
            RunningSystem.Response r =
                    call[0].equals("POST") ? system.post(call[1], parts[1]) : system.put(call[1], parts[1]);
            assertThat(r.status()).as(e.getKey() + " " + r.body()).isEqualTo(Integer.parseInt(e.getValue()[0]));
            assertThat(r.contentType()).startsWith("application/problem+json");
            if (e.getValue()[1] != null) {
                assertThat(r.json().get("rule").asText()).isEqualTo(e.getValue()[1]);
            }
        }
        for (String account : List.of("regievoerder-arnhem", "researcher-arnhem")) {
            assertThat(system.sendAs(
                                    account,
                                    HttpRequest.newBuilder(URI.create(system.queryUrl() + ladder("2025-06-01")))
                                            .GET())
                            .status())
                    .as(account)
                    .isEqualTo(403);
            assertThat(system.sendAs(
                                    account,
                                    HttpRequest.newBuilder(URI.create(system.queryUrl() + regie("2025-06-01")))
                                            .GET())
                            .status())
                    .as(account)
                    .isEqualTo(403);
        }
        assertThat(system.sendAs(
                                "regievoerder-arnhem",
                                HttpRequest.newBuilder(URI.create(system.commandUrl() + t + "/participation-rungs"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body + "\"rung\":\"REGULATE\"}")))
                        .status())
                .isEqualTo(403);
        assertThat(system.storedEvents()).isEqualTo(stored);
    }

    @Test
    @Order(3)
    void corsAllowsTheLadderAndTheRegie() throws Exception {
        for (String[] call : List.of(
                new String[] {"POST", t + "/participation-rungs"},
                new String[] {"PUT", t + "/influence/" + library},
                new String[] {"PUT", t + "/regie/elements/VARY_THE_APPROACH"},
                new String[] {"PUT", t + "/regie/levels/CHAIN_STEERING_IN_EXECUTION"},
                new String[] {"PUT", t + "/regie/phases/JOINT_POLICY_VISION"})) {
            HttpResponse<String> preflight = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(system.commandUrl() + call[1]))
                                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                    .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                                    .header("Access-Control-Request-Method", call[0])
                                    .header(
                                            "Access-Control-Request-Headers",
                                            "content-type,idempotency-key,if-match,authorization")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.statusCode()).as(call[1]).isEqualTo(200);
            assertThat(preflight
                            .headers()
                            .firstValue("Access-Control-Allow-Methods")
                            .orElse(""))
                    .contains(call[0]);
        }
        RunningSystem.Response read =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + ladder("2025-06-01")))
                        .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                        .GET());
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains(RunningSystem.ALLOWED_ORIGIN);
    }

    @Test
    @Order(4)
    void aReplayOfTheProgrammeFamilyGivesTheSameLadderAndRegie() {
        Map<String, String> before = new LinkedHashMap<>();
        for (String date : List.of("2024-02-01", "2024-06-01", "2024-10-01", "2025-06-01")) {
            before.put(date, system.get(ladder(date)).body());
            before.put("regie " + date, system.get(regie(date)).body());
        }
        RunningSystem.Response accepted =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/programme/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        int generation = RunningSystem.rebuildingGeneration(accepted.json());
        system.await(
                "/v1/projections/programme",
                r -> r.status() == 200 && r.json().get("generation").asInt() == generation);
        for (Map.Entry<String, String> e : before.entrySet()) {
            String path = e.getKey().startsWith("regie ") ? regie(e.getKey().substring(6)) : ladder(e.getKey());
            assertThat(system.get(path).body()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
