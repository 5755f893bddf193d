package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A corpus of bad input sent to every command endpoint: each case must be answered 4xx with
 * problem+json, and the event store must hold as many events after the whole run as before it.
 */
class BadInputCorpusTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static RunningSystem system;
    private static List<Endpoint> endpoints;

    /** One command endpoint, with a field it takes a list in (for the huge-array cases), if any. */
    record Endpoint(String method, String path, String listField) {
    }

    record Case(String name, Endpoint endpoint, String path, String contentType, String recordedBy, String body) {
    }

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        String actor = system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Bibliotheek\"}")
                .json().get("actorId").asText();
        String theme = system.post(GM + "/themes", "{\"name\":\"Thema\",\"story\":\"Verhaal\",\"buurten\":[\"BU02740101\"],"
                + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"},\"effectiveDate\":\"2024-01-10\"}")
                .json().get("themeId").asText();
        String t = GM + "/themes/" + theme;
        String ingredient = system.post(t + "/ingredients", "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"Idee\"}]}")
                .json().get("ingredientIds").get(0).asText();
        system.post(t + "/schakels", "{\"actorId\":\"" + actor + "\",\"ingredientIds\":[\"" + ingredient + "\"]}");
        String contact = system.post(t + "/contacts", "{\"schakels\":[\"" + actor + "\"],\"form\":\"INDIVIDUAL\",\"story\":\"Gesprek\"}")
                .json().get("contactId").asText();
        endpoints = List.of(
                new Endpoint("POST", GM + "/actors", null),
                new Endpoint("POST", GM + "/themes", "buurten"),
                new Endpoint("PUT", t + "/name", null),
                new Endpoint("PUT", t + "/story", null),
                new Endpoint("PUT", t + "/buurten", "buurten"),
                new Endpoint("POST", t + "/ingredients", "ingredients"),
                new Endpoint("POST", t + "/ingredients/" + ingredient + "/withdrawal", null),
                new Endpoint("POST", t + "/schakels", "ingredientIds"),
                new Endpoint("POST", t + "/schakels/" + actor + "/links", "ingredientIds"),
                new Endpoint("POST", t + "/schakels/" + actor + "/unlinks", "ingredientIds"),
                new Endpoint("POST", t + "/schakels/" + actor + "/analysis-invitations", null),
                new Endpoint("POST", t + "/contacts", "schakels"),
                new Endpoint("POST", t + "/contacts/" + contact + "/outcome", null),
                new Endpoint("POST", t + "/position-shifts", "take"),
                new Endpoint("POST", t + "/position-invitations", null),
                new Endpoint("POST", t + "/manifestation-harvests", "items"));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void everyBadInputToEveryCommandEndpointIsRefusedAndRecordsNothing() {
        List<Case> cases = corpus();
        long before = system.storedEvents();
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.commandUrl() + c.path()))
                    .method(c.endpoint().method(), HttpRequest.BodyPublishers.ofString(c.body()));
            if (c.contentType() != null) {
                request.header("Content-Type", c.contentType());
            }
            if (c.recordedBy() != null) {
                request.header("X-Recorded-By", c.recordedBy());
            }
            RunningSystem.Response r = system.send(request);
            String why = verdict(r);
            if (why != null) {
                failures.add(c.endpoint().method() + " " + c.path() + " [" + c.name() + "]: " + why);
            }
        }
        System.out.println("Bad-input corpus: " + cases.size() + " cases over " + endpoints.size() + " command endpoints");
        assertThat(failures).as("cases not refused with 4xx problem+json").isEmpty();
        assertThat(system.storedEvents()).as("events stored").isEqualTo(before);
    }

    private static String verdict(RunningSystem.Response r) {
        if (r.status() < 400 || r.status() >= 500) {
            return "status " + r.status() + " " + r.body();
        }
        if (!r.contentType().startsWith("application/problem+json")) {
            return "content type " + r.contentType();
        }
        JsonNode p = r.json();
        if (p.path("status").asInt() != r.status() || p.path("type").asText().isEmpty() || p.path("title").asText().isEmpty()) {
            return "not a complete problem: " + r.body();
        }
        if (r.status() == 400 && (!p.has("errors") || p.get("errors").isEmpty())) {
            return "400 without the fields at fault: " + r.body();
        }
        return null;
    }

    private static List<Case> corpus() {
        String longText = "x".repeat(10_001);
        Map<String, String> generic = new java.util.LinkedHashMap<>();
        generic.put("malformed JSON", "{\"reason\": ");
        generic.put("array instead of object", "[]");
        generic.put("string instead of object", "\"text\"");
        generic.put("number instead of object", "42");
        generic.put("unknown field", "{\"colour\":\"red\"}");
        generic.put("operator injection as key", "{\"$gt\":\"\"}");
        generic.put("$where key", "{\"$where\":\"sleep(1000)\"}");
        generic.put("dotted key", "{\"reason.x\":\"a\"}");
        generic.put("operator injection as value", "{\"reason\":{\"$gt\":\"\"}}");
        generic.put("impossible date", "{\"effectiveDate\":\"2024-02-30\"}");
        generic.put("non-ISO date", "{\"effectiveDate\":\"2024-1-1\"}");
        generic.put("number as date", "{\"effectiveDate\":19000}");
        generic.put("date in the future", "{\"effectiveDate\":\"2999-01-01\"}");
        generic.put("object as date", "{\"effectiveDate\":{\"$date\":1}}");
        generic.put("empty reason", "{\"reason\":\"\"}");
        generic.put("blank reason", "{\"reason\":\"   \"}");
        generic.put("number as text", "{\"reason\":5}");
        generic.put("boolean as text", "{\"reason\":true}");
        generic.put("array as text", "{\"reason\":[\"a\"]}");
        generic.put("over-long reason", "{\"reason\":\"" + "x".repeat(1_001) + "\"}");
        generic.put("control character", "{\"reason\":\"a\\u0000b\"}");
        generic.put("escape character", "{\"reason\":\"a\\u001bb\"}");
        generic.put("bidi override", "{\"reason\":\"a\\u202Eb\"}");
        generic.put("lone surrogate", "{\"reason\":\"a\\ud800b\"}");
        generic.put("private use character", "{\"reason\":\"a\\ue000b\"}");
        generic.put("duplicate key", "{\"reason\":\"a\",\"reason\":\"b\"}");
        generic.put("trailing content", "{\"reason\":\"a\"} {\"reason\":\"b\"}");
        generic.put("over-long story and name", "{\"name\":\"" + longText + "\",\"story\":\"" + longText + "\",\"outcome\":\""
                + longText + "\"}");
        generic.put("invalid buurt codes", "{\"buurten\":[\"BU0274\",\"WK027401\",\"bu02740101\",null]}");
        generic.put("invalid ids", "{\"actorId\":\"abc\",\"ingredientIds\":[\"../../etc\"],\"schakels\":[\"{}\"]}");
        generic.put("unknown enum values", "{\"type\":\"ROBOT\",\"kind\":\"X\",\"form\":\"CROWD\",\"position\":\"BOSS\",\"take\":[\"KING\"]}");
        generic.put("enum as number", "{\"type\":0,\"form\":1,\"position\":2,\"take\":[3]}");
        List<Case> cases = new ArrayList<>();
        for (Endpoint e : endpoints) {
            generic.forEach((name, body) -> cases.add(new Case(name, e, e.path(), "application/json", "regievoerder-7", body)));
            if (e.listField() != null) {
                String item = switch (e.listField()) {
                    case "ingredients" -> "{\"kind\":\"IDEA\",\"text\":\"x\"}";
                    case "items" -> "{\"kind\":\"EXAMPLE\",\"text\":\"x\"}";
                    case "buurten" -> "\"BU02740101\"";
                    case "take" -> "\"USER\"";
                    default -> "\"00000000-0000-0000-0000-000000000001\"";
                };
                String huge = "{\"" + e.listField() + "\":[" + (item + ",").repeat(5_000) + item + "]}";
                cases.add(new Case("huge array", e, e.path(), "application/json", "regievoerder-7", huge));
                cases.add(new Case("empty array", e, e.path(), "application/json", "regievoerder-7",
                        "{\"" + e.listField() + "\":[]}"));
            }
            String valid = "{\"reason\":\"would be fine\"}";
            cases.add(new Case("text/plain", e, e.path(), "text/plain", "regievoerder-7", valid));
            cases.add(new Case("application/xml", e, e.path(), "application/xml", "regievoerder-7", "<reason>x</reason>"));
            cases.add(new Case("form encoded", e, e.path(), "application/x-www-form-urlencoded", "regievoerder-7", "reason=x"));
            cases.add(new Case("no X-Recorded-By", e, e.path(), "application/json", null, valid));
            cases.add(new Case("a name as X-Recorded-By", e, e.path(), "application/json", "Jan Jansen", valid));
            cases.add(new Case("over-long X-Recorded-By", e, e.path(), "application/json", "u".repeat(101), valid));
            cases.add(new Case("invalid municipality code", e, e.path().replace("GM0274", "GM27"), "application/json",
                    "regievoerder-7", valid));
            cases.add(new Case("lower-case municipality code", e, e.path().replace("GM0274", "gm0274"), "application/json",
                    "regievoerder-7", valid));
            if (e.path().contains("/themes/")) {
                cases.add(new Case("invalid theme id", e, e.path().replaceFirst("/themes/[0-9a-f-]{36}", "/themes/not-a-uuid"),
                        "application/json", "regievoerder-7", valid));
                cases.add(new Case("unknown theme", e, e.path().replaceFirst("/themes/[0-9a-f-]{36}",
                        "/themes/00000000-0000-0000-0000-000000000000"), "application/json", "regievoerder-7", valid));
                cases.add(new Case("theme of another municipality", e, e.path().replace("GM0274", "GM0202"),
                        "application/json", "regievoerder-7", valid));
            }
        }
        return cases;
    }
}
