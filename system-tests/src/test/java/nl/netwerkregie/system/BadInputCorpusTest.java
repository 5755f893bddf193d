package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
    private static final String THEME = "{\"name\":\"Thema\",\"story\":\"Verhaal\",\"buurten\":[\"BU02740101\"],"
            + "\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\"},\"effectiveDate\":\"2024-01-10\"}";
    private static RunningSystem system;
    private static List<Endpoint> endpoints;

    /**
     * One command endpoint, with a field it takes a list in (for the huge-array cases), if any, and a
     * body it would accept: sent with a bad header, that body must still record nothing.
     */
    record Endpoint(String method, String path, String listField, String validBody, String contentType) {
        Endpoint(String method, String path, String listField, String validBody) {
            this(method, path, listField, validBody, "application/json");
        }
    }

    /**
     * How a case signs in: {@link #SIGNED_IN} with the developer account's valid token, {@code null} with none,
     * {@code raw:<value>} with exactly that Authorization header.
     */
    static final String SIGNED_IN = "signed-in";

    record Case(
            String name,
            Endpoint endpoint,
            String path,
            String contentType,
            String authorization,
            byte[] body,
            List<String> headers) {
        Case(String name, Endpoint endpoint, String path, String contentType, String authorization, String body) {
            this(name, endpoint, path, contentType, authorization, body.getBytes(StandardCharsets.UTF_8), List.of());
        }
    }

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
        String actor = system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Bibliotheek\"}")
                .json()
                .get("actorId")
                .asText();
        String another = system.post(GM + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"Sportclub\"}")
                .json()
                .get("actorId")
                .asText();
        String theme = system.post(GM + "/themes", THEME).json().get("themeId").asText();
        String t = GM + "/themes/" + theme;
        JsonNode ingredients = system.post(
                        t + "/ingredients",
                        "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"Idee\"},{\"kind\":\"IDEA\",\"text\":\"Plan\"},"
                                + "{\"kind\":\"IDEA\",\"text\":\"Voorstel\"}]}")
                .json()
                .get("ingredientIds");
        String ingredient = ingredients.get(0).asText();
        String second = ingredients.get(1).asText();
        String third = ingredients.get(2).asText();
        system.post(t + "/schakels", "{\"actorId\":\"" + actor + "\",\"ingredientIds\":[\"" + ingredient + "\"]}");
        String contact = system.post(
                        t + "/contacts",
                        "{\"schakels\":[\"" + actor + "\"],\"form\":\"INDIVIDUAL\",\"story\":\"Gesprek\"}")
                .json()
                .get("contactId")
                .asText();
        // a shift to take back: its event's sequence number is the theme's version the answer gives
        long shift = system.post(t + "/position-shifts", "{\"actorId\":\"" + actor + "\",\"take\":[\"SUPPLIER\"]}")
                .json()
                .get("version")
                .asLong();
        long evidenced = system.post(t + "/position-shifts", "{\"actorId\":\"" + actor + "\",\"take\":[\"INITIATOR\"]}")
                .json()
                .get("version")
                .asLong();
        String other = system.post(GM + "/themes", THEME).json().get("themeId").asText();
        for (int step = 1; step <= 5; step++) {
            system.post(
                    t + "/cycles/1/steps", "{\"step\":" + step + ",\"effectiveDate\":\"2024-0" + (step + 1) + "-01\"}");
        }
        String meeting = system.post(
                        t + "/cycles/1/meeting-moments",
                        "{\"date\":\"2024-09-01\",\"place\":\"Dorpshuis\",\"invitation\":\"Kom\",\"effectiveDate\":\"2024-08-01\"}")
                .json()
                .get("meetingId")
                .asText();
        // records to correct: a story change, a harvest of two items and (below) a judgement, by sequence number
        long story = system.put(t + "/story", "{\"story\":\"Een verhaal om te verbeteren\"}")
                .json()
                .get("version")
                .asLong();
        long harvest = system.post(
                        t + "/cycles/1/manifestation/harvest",
                        "{\"items\":[{\"kind\":\"EXAMPLE\",\"text\":\"a\"},{\"kind\":\"INITIATIVE\",\"text\":\"b\"}],"
                                + "\"effectiveDate\":\"2024-06-15\"}")
                .json()
                .get("version")
                .asLong();
        // one analysis per instrument, in step 2 of cycle 1, to record sessions of
        java.util.Map<String, String> analysis = new java.util.HashMap<>();
        for (String kind : List.of("THEME_ANALYSIS", "ENVIRONMENT_ANALYSIS", "CAPACITY_ANALYSIS", "PATTERN_RESEARCH")) {
            analysis.put(
                    kind,
                    t + "/analyses/"
                            + system.post(
                                            t + "/analyses",
                                            "{\"instrument\":\"" + kind
                                                    + "\",\"title\":\"Sessie\",\"madeBy\":\"GROUP\","
                                                    + "\"cycle\":1,\"step\":2,\"effectiveDate\":\"2024-03-15\"}")
                                    .json()
                                    .get("analysisId")
                                    .asText());
        }
        String c = t + "/cycles/1";
        String period = "{\"start\":\"2027-01-01\",\"end\":\"2027-12-31\"}";
        // a stelselmatrix in Doorwerth with an actor in the network, a responsibility and two attention points
        system.post(
                t + "/position-shifts",
                "{\"actorId\":\"" + another + "\",\"take\":[\"PARTNER\"],\"effectiveDate\":\"2024-01-20\"}");
        system.post(t + "/matrices", "{\"buurt\":\"BU02740101\",\"effectiveDate\":\"2024-02-01\"}");
        String m = t + "/matrices/BU02740101";
        long judgement = system.post(
                        m + "/cells/buurt/SUPPORT/judgements",
                        "{\"period\":{\"cycle\":1},\"level\":2,\"judgedBy\":[\"" + actor
                                + "\"],\"effectiveDate\":\"2024-06-01\"}")
                .json()
                .get("version")
                .asLong();
        String responsibility = system.post(
                        m + "/responsibilities",
                        "{\"kind\":\"TASK\",\"name\":\"Ouderavonden\",\"position\":\"wijkteam\","
                                + "\"effectiveDate\":\"2024-03-01\"}")
                .json()
                .get("responsibilityId")
                .asText();
        String point = system.post(
                        m + "/cells/buurt/BUILDING_NETWORKS/attention-points",
                        "{\"text\":\"Jonge gezinnen\",\"effectiveDate\":\"2024-03-01\"}")
                .json()
                .get("attentionPointId")
                .asText();
        String dropped = system.post(
                        m + "/cells/buurt/SUPPORT/attention-points",
                        "{\"text\":\"Vervoer\",\"effectiveDate\":\"2024-03-01\"}")
                .json()
                .get("attentionPointId")
                .asText();
        for (int phase = 1; phase <= 3; phase++) {
            system.post(m + "/phases", "{\"phase\":" + phase + ",\"effectiveDate\":\"2024-0" + (phase + 2) + "-01\"}");
        }
        String activity = system.post(
                        m + "/activities",
                        "{\"name\":\"Ouderavonden\",\"attentionPoints\":[\"" + point + "\"],"
                                + "\"period\":{\"start\":\"2024-03-01\",\"end\":\"2030-12-31\"},\"effectiveDate\":\"2024-03-01\"}")
                .json()
                .get("activityId")
                .asText();
        String item = system.post(
                        m + "/portfolio", "{\"kind\":\"STORY\",\"text\":\"Verhaal\",\"effectiveDate\":\"2024-03-01\"}")
                .json()
                .get("portfolioItemId")
                .asText();
        String chain = "\"resident\",\"buurt\",\"open-network\",\"school\",\"wijkteam\","
                + "\"services-and-facilities\",\"municipal-regievoering\",\"council-and-executive\","
                + "\"administrative-cooperation\"";
        List<Endpoint> matrix = List.of(
                new Endpoint("POST", GM + "/themes/" + other + "/matrices", null, "{\"buurt\":\"BU02740101\"}"),
                new Endpoint(
                        "POST",
                        m + "/positions",
                        null,
                        "{\"position\":\"school\",\"name\":\"School\",\"before\":\"wijkteam\"}"),
                new Endpoint("PUT", m + "/positions/school/name", null, "{\"name\":\"Basisschool\"}"),
                new Endpoint("PUT", m + "/chain", "order", "{\"order\":[" + chain + "]}"),
                new Endpoint(
                        "PUT",
                        m + "/cells/buurt/BUILDING_NETWORKS",
                        "otherStrategies",
                        "{\"ownStrength\":\"x\",\"strategies\":[\"BUURTMIX\"],\"otherStrategies\":[\"y\"]}"),
                new Endpoint("POST", m + "/cells/buurt/BUILDING_NETWORKS/attention-points", null, "{\"text\":\"x\"}"),
                new Endpoint("PUT", m + "/attention-points/" + point, null, "{\"text\":\"y\"}"),
                new Endpoint("POST", m + "/attention-points/" + point + "/resolution", null, "{\"how\":\"z\"}"),
                new Endpoint("POST", m + "/attention-points/" + dropped + "/dropping", null, "{\"reason\":\"r\"}"),
                new Endpoint(
                        "POST",
                        m + "/cells/buurt/BUILDING_NETWORKS/judgements",
                        "judgedBy",
                        "{\"period\":{\"cycle\":1},\"level\":3,\"judgedBy\":[\"" + actor
                                + "\"],\"effectiveDate\":\"2024-06-01\"}"),
                new Endpoint(
                        "POST",
                        m + "/judgements/" + judgement + "/retraction",
                        null,
                        "{\"why\":\"verkeerde cel\",\"replacement\":{\"level\":3,\"judgedBy\":[\"" + actor + "\"]}}"),
                new Endpoint(
                        "POST",
                        m + "/responsibilities",
                        "through",
                        "{\"kind\":\"FACILITY\",\"name\":\"x\",\"position\":\"buurt\",\"through\":[\"" + another
                                + "\"]}"),
                new Endpoint(
                        "POST",
                        m + "/responsibilities/" + responsibility + "/moves",
                        "through",
                        "{\"from\":\"wijkteam\",\"to\":\"buurt\",\"through\":[\"" + another + "\"],\"reason\":\"r\"}"),
                new Endpoint(
                        "POST",
                        m + "/responsibilities/" + responsibility + "/disappearance",
                        null,
                        "{\"reason\":\"r\"}"),
                new Endpoint("POST", m + "/positions/school/retirement", null, "{}"),
                new Endpoint(
                        "POST",
                        m + "/activities",
                        "attentionPoints",
                        "{\"name\":\"x\",\"attentionPoints\":[\"" + dropped
                                + "\"],\"period\":{\"start\":\"2024-03-01\","
                                + "\"end\":\"2030-12-31\"},\"milestones\":[{\"date\":\"2025-01-01\",\"what\":\"y\"}],"
                                + "\"workingMethod\":\"Triple P\",\"owner\":\"buurt\",\"effectiveDate\":\"2024-04-01\"}"),
                new Endpoint(
                        "PUT",
                        m + "/activities/" + activity + "/planning",
                        "milestones",
                        "{\"period\":{\"start\":\"2024-03-01\",\"end\":\"2030-12-31\"},"
                                + "\"milestones\":[{\"date\":\"2026-01-01\",\"what\":\"z\"}]}"),
                new Endpoint("PUT", m + "/activities/" + activity + "/status", null, "{\"status\":\"RUNNING\"}"),
                new Endpoint("POST", m + "/phases", null, "{\"phase\":4}"),
                new Endpoint(
                        "POST",
                        m + "/agreements",
                        null,
                        "{\"kind\":\"CONTRACT\",\"party\":\"" + actor + "\",\"what\":\"x\","
                                + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2025-12-31\"}}"),
                new Endpoint(
                        "PUT",
                        m + "/communication-plan",
                        "channels",
                        "{\"channels\":[\"Dorpskrant\"],\"audiences\":[\"Ouders\"],\"rhythm\":\"Maandelijks\"}"),
                new Endpoint(
                        "POST",
                        m + "/portfolio",
                        null,
                        "{\"kind\":\"STORY\",\"text\":\"x\",\"medium\":\"WEBSITE\",\"link\":\"https://example.org/p\"}"),
                new Endpoint("POST", m + "/portfolio/" + item + "/withdrawal", null, "{}"),
                new Endpoint(
                        "POST",
                        GM + "/indicator-uploads",
                        null,
                        "buurt,period,indicator,value,level\nBU02740101,2014,zelfredzaamheid,7.2,LOCAL\n",
                        "text/csv"),
                new Endpoint(
                        "PUT",
                        GM + "/settings/default-chain",
                        "chain",
                        "{\"chain\":[{\"position\":\"resident\",\"name\":\"Inwoner\"}]}"),
                new Endpoint(
                        "POST",
                        GM + "/settings/judgement-scales",
                        "levels",
                        "{\"levels\":[{\"level\":1,\"label\":\"Laag\",\"meaning\":\"x\"},"
                                + "{\"level\":2,\"label\":\"Hoog\",\"meaning\":\"y\"}]}"));
        List<Endpoint> programme = List.of(
                new Endpoint(
                        "PUT",
                        c + "/development-period",
                        null,
                        "{\"developmentPeriod\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-30\"},\"reason\":\"correctie\"}"),
                new Endpoint(
                        "POST",
                        c + "/steps/2/instruments",
                        null,
                        "{\"instrument\":\"NETWORK_ANALYSIS\",\"patternPart\":\"ENTERPRISING_NETWORK\"}"),
                new Endpoint(
                        "POST",
                        c + "/conversation/media",
                        null,
                        "{\"medium\":\"WEBSITE\",\"description\":\"x\",\"link\":\"https://example.org/a\"}"),
                new Endpoint(
                        "POST", c + "/conversation/remarks", null, "{\"text\":\"x\",\"heardFrom\":\"" + actor + "\"}"),
                new Endpoint(
                        "POST", c + "/conversation/methods", null, "{\"method\":\"INTERVIEWS\",\"description\":\"x\"}"),
                new Endpoint(
                        "POST",
                        c + "/meeting-moments",
                        "invited",
                        "{\"date\":\"2026-06-01\",\"place\":\"x\",\"invitation\":\"x\",\"invited\":[\"" + actor
                                + "\"]}"),
                new Endpoint(
                        "POST",
                        c + "/meeting-moments/" + meeting + "/held",
                        "cameTogether",
                        "{\"cameTogether\":[\"" + actor + "\"],\"outcome\":\"x\"}"),
                new Endpoint(
                        "POST",
                        c + "/manifestation",
                        "participants",
                        "{\"place\":\"x\",\"participants\":[\"" + actor + "\"]}"),
                new Endpoint(
                        "POST",
                        c + "/manifestation/harvest",
                        "items",
                        "{\"items\":[{\"kind\":\"EXAMPLE\",\"text\":\"x\",\"actors\":[\"" + actor + "\"]}]}"),
                new Endpoint(
                        "POST", c + "/capacity-assessment", null, "{\"question\":\"WHAT_WE_ARE\",\"answer\":\"x\"}"),
                new Endpoint("POST", c + "/facilities", null, "{\"facility\":\"x\",\"means\":\"y\"}"),
                new Endpoint("POST", c + "/government-alignment", null, "{\"alignment\":\"x\"}"),
                new Endpoint(
                        "POST",
                        c + "/provider-agreements",
                        null,
                        "{\"provider\":\"" + actor + "\",\"agreement\":\"x\"}"),
                new Endpoint(
                        "POST",
                        c + "/practice-agreements",
                        null,
                        "{\"party\":\"" + actor + "\",\"what\":\"x\",\"period\":" + period + "}"),
                new Endpoint("POST", c + "/practice-agreements/fixing", null, "{}"),
                new Endpoint(
                        "POST",
                        t + "/cycles",
                        null,
                        "{\"developmentPeriod\":{\"start\":\"2027-01-01\",\"end\":\"2029-12-31\"},\"name\":\"Volgende\"}"),
                new Endpoint("POST", t + "/cycles/2/steps", null, "{\"step\":1}"),
                new Endpoint("PUT", t + "/recurrence", null, "{\"recurrence\":\"ONE_OFF\"}"),
                new Endpoint("POST", t + "/alignments", null, "{\"otherThemeId\":\"" + other + "\"}"),
                new Endpoint("POST", t + "/alignments/" + other + "/ending", null, "{}"),
                new Endpoint("POST", c + "/closure", null, "{}"),
                new Endpoint(
                        "POST", GM + "/actors", null, "{\"type\":\"ORGANISATION\",\"organisationName\":\"Buurthuis\"}"),
                new Endpoint("POST", GM + "/themes", "buurten", THEME),
                new Endpoint("PUT", t + "/name", null, "{\"name\":\"Nieuwe naam\"}"),
                new Endpoint(
                        "POST",
                        t + "/participation-rungs",
                        "decidedBy",
                        "{\"subject\":\"Het dorpshuis\",\"rung\":\"DIRECT\",\"why\":\"samen besloten\","
                                + "\"decidedBy\":[\"" + actor + "\"]}"),
                new Endpoint(
                        "PUT",
                        t + "/influence/" + actor,
                        null,
                        "{\"sources\":[\"COMMUNICATION\"],\"note\":\"Bereikt veel ouders\"}"),
                new Endpoint(
                        "PUT",
                        t + "/regie/elements/DEVELOP_A_VISION",
                        null,
                        "{\"note\":\"Samen met de partners een visie\"}"),
                new Endpoint("PUT", t + "/regie/levels/TOWARD_THE_PARTNERS", null, "{\"role\":\"Verbinder\"}"),
                new Endpoint(
                        "PUT",
                        t + "/regie/phases/JOINT_POLICY_VISION",
                        null,
                        "{\"regieOn\":\"De visie\",\"skills\":[\"NETWORKING\",\"INITIATING\"]}"),
                new Endpoint(
                        "POST",
                        t + "/analyses",
                        null,
                        "{\"instrument\":\"PATTERN_RESEARCH\",\"title\":\"Patroon\",\"madeBy\":\"SCHAKEL\","
                                + "\"schakel\":\"" + actor + "\",\"cycle\":1,\"step\":2}"),
                new Endpoint(
                        "POST",
                        analysis.get("THEME_ANALYSIS") + "/sessions/theme-analysis",
                        null,
                        "{\"participants\":[\"" + actor + "\"],\"nameWords\":[{\"word\":\"samen\"}],"
                                + "\"contributions\":[{\"kind\":\"IDEA\",\"text\":\"Spelmiddag\"}],"
                                + "\"timeline\":[{\"moment\":\"MEETING_MOMENT\",\"date\":\"2024-09-01\","
                                + "\"label\":\"Ontmoeting\",\"meetingId\":\"" + meeting + "\"}]}"),
                new Endpoint(
                        "POST",
                        analysis.get("ENVIRONMENT_ANALYSIS") + "/sessions/environment-analysis",
                        "answers",
                        "{\"ownStrength\":{\"kind\":\"COMMUNITY\",\"name\":\"Het dorp\"},"
                                + "\"entries\":[{\"ring\":\"OWN_NETWORKS\",\"text\":\"Buren\"}],"
                                + "\"answers\":[{\"angle\":\"EFFORT\",\"question\":\"HOW_DO_YOU_ALIGN\","
                                + "\"answer\":\"Samen plannen\"}]}"),
                new Endpoint(
                        "POST",
                        analysis.get("CAPACITY_ANALYSIS") + "/sessions/capacity-analysis",
                        null,
                        "{\"cells\":[{\"part\":\"SHARED_AWARENESS\",\"activity\":\"COMMUNICATE_PATTERNS\","
                                + "\"description\":\"Nieuwsbrief\"}],\"signs\":[{\"question\":\"TAKES_REGIE\","
                                + "\"answer\":\"Deels\",\"judgement\":\"SMALL\"}]}"),
                new Endpoint(
                        "POST",
                        analysis.get("PATTERN_RESEARCH") + "/sessions/pattern-research",
                        null,
                        "{\"associations\":[{\"part\":\"ENTERPRISING_NETWORK\",\"text\":\"durven\"}],"
                                + "\"conclusions\":[\"Breed gedragen\"]}"),
                new Endpoint("PUT", t + "/story", null, "{\"story\":\"Nieuw verhaal\"}"),
                new Endpoint(
                        "POST",
                        t + "/stories/" + story + "/retraction",
                        null,
                        "{\"why\":\"verkeerd thema\",\"replacement\":{\"story\":\"Het goede verhaal\"}}"),
                new Endpoint("PUT", t + "/buurten", "buurten", "{\"buurten\":[\"BU02740201\"]}"),
                new Endpoint(
                        "POST",
                        t + "/ingredients",
                        "ingredients",
                        "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"x\"}]}"),
                new Endpoint("PUT", t + "/ingredients/" + ingredient + "/buurt", null, "{\"buurt\":\"BU02740101\"}"),
                new Endpoint("POST", t + "/ingredients/" + third + "/withdrawal", null, "{}"),
                new Endpoint(
                        "POST",
                        t + "/schakels",
                        "ingredientIds",
                        "{\"actorId\":\"" + another + "\",\"ingredientIds\":[\"" + ingredient + "\"]}"),
                new Endpoint(
                        "POST",
                        t + "/schakels/" + actor + "/links",
                        "ingredientIds",
                        "{\"ingredientIds\":[\"" + second + "\"]}"),
                new Endpoint(
                        "POST",
                        t + "/schakels/" + actor + "/unlinks",
                        "ingredientIds",
                        "{\"ingredientIds\":[\"" + ingredient + "\"]}"),
                new Endpoint("POST", t + "/schakels/" + actor + "/analysis-invitations", null, "{}"),
                new Endpoint(
                        "POST",
                        t + "/contacts",
                        "schakels",
                        "{\"schakels\":[\"" + actor + "\"],\"form\":\"INDIVIDUAL\",\"story\":\"x\"}"),
                new Endpoint("POST", t + "/contacts/" + contact + "/outcome", null, "{\"outcome\":\"Goed gesprek\"}"),
                new Endpoint(
                        "POST",
                        t + "/contacts/" + contact + "/outcome/retraction",
                        null,
                        "{\"why\":\"ander gesprek\",\"replacement\":{\"outcome\":\"Kort gesprek\"}}"),
                new Endpoint(
                        "POST", t + "/position-shifts", "take", "{\"actorId\":\"" + actor + "\",\"take\":[\"USER\"]}"),
                new Endpoint(
                        "POST",
                        t + "/position-shifts/" + shift + "/retraction",
                        null,
                        "{\"why\":\"wrongly recorded\",\"replacement\":{\"take\":[\"SCHAKEL\"]}}"),
                new Endpoint(
                        "POST",
                        t + "/position-shifts/" + evidenced + "/evidence",
                        "evidence",
                        "{\"evidence\":[{\"kind\":\"DOCUMENT\",\"reference\":\"Verslag\"}]}"),
                new Endpoint(
                        "POST",
                        t + "/position-invitations",
                        null,
                        "{\"actorId\":\"" + actor + "\",\"position\":\"PARTNER\"}"),
                new Endpoint(
                        "POST",
                        t + "/manifestation-harvests",
                        "items",
                        "{\"items\":[{\"kind\":\"EXAMPLE\",\"text\":\"x\"}]}"),
                new Endpoint(
                        "POST",
                        t + "/manifestation-harvests/" + harvest + "/items/1/retraction",
                        null,
                        "{\"why\":\"hoort elders\",\"replacement\":{\"kind\":\"EXAMPLE\",\"text\":\"c\",\"actors\":[\""
                                + actor + "\"]}}"));
        endpoints = new ArrayList<>(programme);
        endpoints.addAll(matrix);
        // a region with an open scan moment: answered, then (its valid body sent last) closed
        String region = GM + "/regions/"
                + system.post(
                                GM + "/regions",
                                "{\"name\":\"Regio\",\"members\":[\"GM0274\",\"GM0202\"],"
                                        + "\"effectiveDate\":\"2024-01-15\"}")
                        .json()
                        .get("regionId")
                        .asText();
        system.post(region + "/zelfscans", "{\"title\":\"Voorjaar\",\"effectiveDate\":\"2024-02-01\"}");
        long answered = system.post(
                        region + "/zelfscans/1/answers",
                        "{\"respondent\":\"" + another + "\",\"scores\":[{\"role\":\"CONDUCTOR\",\"level\":2}],"
                                + "\"effectiveDate\":\"2024-02-05\"}")
                .json()
                .get("version")
                .asLong();
        endpoints.add(new Endpoint(
                "POST", GM + "/regions", "members", "{\"name\":\"Regio\",\"members\":[\"GM0274\",\"GM0202\"]}"));
        endpoints.add(new Endpoint("POST", region + "/zelfscans", null, "{\"title\":\"Najaar\"}"));
        endpoints.add(new Endpoint(
                "POST",
                region + "/zelfscans/1/answers",
                "scores",
                "{\"respondent\":\"" + actor + "\",\"sector\":\"EDUCATION\",\"scores\":[{\"role\":\"DESIGNER\","
                        + "\"level\":3,\"filledBy\":[\"" + another + "\"]}]}"));
        endpoints.add(new Endpoint("POST", region + "/zelfscans/1/closure", null, "{}"));
        endpoints.add(new Endpoint(
                "POST",
                region + "/zelfscans/1/answers/" + answered + "/retraction",
                null,
                "{\"why\":\"verkeerd ingevuld\",\"replacement\":{\"sector\":\"CARE\",\"scores\":[{\"role\":"
                        + "\"CONNECTOR\",\"level\":3}]}}"));
        // the rights of a person: rectified, then (its valid body sent last) erased
        String person = system.post(GM + "/actors", "{\"type\":\"PERSON\",\"name\":\"Corpus Persoon\"}")
                .json()
                .get("actorId")
                .asText();
        endpoints.add(new Endpoint(
                "PUT",
                GM + "/settings/research-publication",
                null,
                "{\"published\":true,\"effectiveDate\":\"2024-01-01\"}"));
        endpoints.add(new Endpoint(
                "PUT",
                GM + "/actors/" + person + "/classification",
                null,
                "{\"sector\":\"RESIDENT\",\"buurt\":\"BU02740101\"}"));
        endpoints.add(new Endpoint(
                "PUT",
                GM + "/settings/buurt-recodings/BU02740188",
                "into",
                "{\"into\":[\"BU02740189\"],\"source\":\"CBS, buurtwijzigingen\"}"));
        endpoints.add(new Endpoint(
                "PUT", GM + "/actors/" + person + "/personal-data", null, "{\"name\":\"Corpus Persoon-Bakker\"}"));
        endpoints.add(new Endpoint("POST", GM + "/actors/" + person + "/erasure", null, "{\"reason\":\"asked\"}"));
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
                    .method(c.endpoint().method(), HttpRequest.BodyPublishers.ofByteArray(c.body()));
            for (int h = 0; h < c.headers().size(); h += 2) {
                request.header(c.headers().get(h), c.headers().get(h + 1));
            }
            if (c.contentType() != null) {
                request.header("Content-Type", c.contentType());
            }
            RunningSystem.Response r;
            if (c.authorization() == null) {
                r = system.sendAnonymous(request);
            } else if (c.authorization().startsWith("raw:")) {
                r = system.sendAnonymous(
                        request.header("Authorization", c.authorization().substring(4)));
            } else {
                r = system.send(request); // as the developer account, whose token is valid
            }
            String why = verdict(r);
            if (why != null) {
                failures.add(c.endpoint().method() + " " + c.path() + " [" + c.name() + "]: " + why);
            }
        }
        System.out.println(
                "Bad-input corpus: " + cases.size() + " cases over " + endpoints.size() + " command endpoints");
        failures.forEach(f -> System.out.println("NOT REFUSED " + f));
        assertThat(failures).as("cases not refused with 4xx problem+json").isEmpty();
        assertThat(system.storedEvents()).as("events stored").isEqualTo(before);
        // the valid bodies really are accepted: the header cases above were refused for their headers alone
        for (Endpoint e : endpoints) {
            RunningSystem.Response r = system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + e.path()))
                    .header("Content-Type", e.contentType())
                    .method(e.method(), HttpRequest.BodyPublishers.ofString(e.validBody())));
            assertThat(r.status())
                    .as(e.method() + " " + e.path() + " with its valid body: " + r.body())
                    .isBetween(200, 299);
        }
    }

    /** Every command operation the contract publishes has its place in the corpus, so a new endpoint cannot be left out. */
    @Test
    void everyCommandOperationOfTheContractIsInTheCorpus() throws IOException {
        JsonNode contract = RunningSystem.JSON.readTree(java.nio.file.Files.readString(
                java.nio.file.Path.of("..", "api-spec", "command-service.openapi.json")));
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it =
                        contract.path("paths").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (p.getKey().startsWith("/error")) {
                continue; // the container's error page, not an operation
            }
            String regex = "^/v1" + p.getKey().replaceAll("\\{[^}]+}", "[^/]+") + "$";
            for (String method : List.of("post", "put", "patch", "delete")) {
                if (p.getValue().has(method)) {
                    operations++;
                    boolean covered = endpoints.stream()
                            .anyMatch(e -> e.method().equalsIgnoreCase(method)
                                    && e.path().matches(regex));
                    if (!covered) {
                        missing.add(method.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(50);
        assertThat(missing).as("command operations without corpus cases").isEmpty();
    }

    /** Requests the servlet container itself refuses, sent byte for byte: still problem+json with the security headers. */
    @Test
    void requestsRefusedBeforeAnyControllerAreProblemJsonWithTheSecurityHeaders() throws Exception {
        String theme = "/v1/municipalities/GM0274/themes";
        String big = "x".repeat(9_000);
        String chunkedOverLimit = "POST " + theme + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + system.token(IdentityProvider.DEVELOPER)
                + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                + ("10000\r\n" + "a".repeat(0x10000) + "\r\n").repeat(17) + "0\r\n\r\n";
        Map<String, String> raw = new java.util.LinkedHashMap<>();
        for (String path : List.of(
                "/v1/municipalities/GM0274%2Fthemes",
                "/v1/municipalities/GM0274%00/themes",
                "/v1/municipalities/GM0274%5Cthemes",
                "/v1/municipalities/GM0274\\themes",
                "/v1/municipalities/{GM0274}/themes",
                "/v1/municipalities/GM0274/themes%2F..%2F",
                "/error",
                "/v1/nothing/here",
                "/v1/municipalities/GM0274;x=1/themes")) {
            raw.put("GET " + path, "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
        }
        raw.put("header over 8 KB", "GET " + theme + " HTTP/1.1\r\nHost: x\r\nX-Big: " + big + "\r\n\r\n");
        raw.put("NUL in a header", "GET " + theme + " HTTP/1.1\r\nHost: x\r\nX-Correlation-Id: a\u0000b\r\n\r\n");
        raw.put("CR in a header", "GET " + theme + " HTTP/1.1\r\nHost: x\r\nX-Correlation-Id: a\rb\r\n\r\n");
        raw.put(
                "bad chunk size",
                "POST " + theme + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + system.token(IdentityProvider.DEVELOPER)
                        + "\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
        raw.put("chunked body over 1 MiB", chunkedOverLimit);
        long before = system.storedEvents();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> c : raw.entrySet()) {
            RawResponse r = RawResponse.exchange(system.commandUrl(), c.getValue());
            String why = r.status() < 400 || r.status() >= 500
                    ? "status " + r.status()
                    : !r.header("content-type").startsWith("application/problem+json")
                            ? "content type " + r.header("content-type")
                            : !"nosniff".equals(r.header("x-content-type-options"))
                                    ? "no security headers"
                                    : r.body().contains("static resource")
                                                    || r.body().contains("<html")
                                            ? "leaks internals: " + r.body()
                                            : null;
            if (c.getKey().equals("chunked body over 1 MiB") && r.status() != 413) {
                why = "status " + r.status() + " instead of 413";
            }
            if (why != null) {
                failures.add(c.getKey() + ": " + why + " " + r.body());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(system.storedEvents()).isEqualTo(before);
    }

    /** A response read off a socket: enough HTTP/1.1 for one request on a fresh connection. */
    record RawResponse(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        static RawResponse exchange(String baseUrl, String request) throws IOException {
            URI uri = URI.create(baseUrl);
            try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
                socket.setSoTimeout(10_000);
                java.io.OutputStream out = socket.getOutputStream();
                try {
                    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException closedEarly) {
                    // the server may answer and close before the whole body is sent
                }
                java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
                String status = readLine(in);
                Map<String, String> headers = new java.util.HashMap<>();
                for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                    int colon = line.indexOf(':');
                    headers.put(
                            line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
                String body;
                if (headers.containsKey("content-length")) {
                    byte[] b = new byte[Integer.parseInt(headers.get("content-length"))];
                    in.readFully(b);
                    body = new String(b, StandardCharsets.UTF_8);
                } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                    StringBuilder sb = new StringBuilder();
                    for (int size = Integer.parseInt(readLine(in).strip(), 16);
                            size > 0;
                            size = Integer.parseInt(readLine(in).strip(), 16)) {
                        byte[] b = new byte[size];
                        in.readFully(b);
                        sb.append(new String(b, StandardCharsets.UTF_8));
                        readLine(in);
                    }
                    body = sb.toString();
                } else {
                    body = "";
                }
                return new RawResponse(Integer.parseInt(status.split(" ")[1]), headers, body);
            }
        }

        private static String readLine(java.io.DataInputStream in) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    sb.append((char) b);
                }
            }
            return sb.toString();
        }
    }

    /**
     * Every limit the contract states for a request body is the server's: a text of exactly
     * {@code maxLength} characters is not refused for its length and one more is refused naming the
     * field; a list of {@code maxItems + 1} is refused naming it; a required field left out and a value
     * that breaks a {@code pattern} are refused naming the field. And every text and list field of every
     * request body states its limit (dates, enums and patterned values are bounded by their form).
     */
    @Test
    void everyLimitTheContractStatesIsTheServersLimit() throws IOException {
        JsonNode contract = RunningSystem.JSON.readTree(java.nio.file.Files.readString(
                java.nio.file.Path.of("..", "api-spec", "command-service.openapi.json")));
        List<String> failures = new ArrayList<>();
        int checks = 0;
        for (Endpoint e : endpoints) {
            if (!e.contentType().equals("application/json")) {
                continue; // the CSV upload's limits are its rows' (IndicatorsTest)
            }
            JsonNode schema = requestSchema(contract, e);
            if (schema == null) {
                failures.add(e.method() + " " + e.path() + ": no request schema in the contract");
                continue;
            }
            com.fasterxml.jackson.databind.node.ObjectNode valid =
                    (com.fasterxml.jackson.databind.node.ObjectNode) RunningSystem.JSON.readTree(e.validBody());
            java.util.Set<String> required = new java.util.HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            for (java.util.Iterator<Map.Entry<String, JsonNode>> it =
                            schema.path("properties").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                String field = property.getKey();
                JsonNode p = resolve(contract, property.getValue());
                String where = e.method() + " " + e.path() + " " + field;
                boolean bounded = p.has("format")
                        || p.has("enum")
                        || p.has("pattern")
                        || p.has("$ref")
                        || p.path("properties").size() > 0;
                if ("string".equals(p.path("type").asText()) && !bounded && !p.has("maxLength")) {
                    failures.add(where + ": a text without maxLength in the contract");
                }
                if ("array".equals(p.path("type").asText())
                        && !p.has("maxItems")
                        && !resolve(contract, p.path("items")).has("enum")) {
                    failures.add(where + ": a list without maxItems in the contract");
                }
                if (p.has("maxLength")) {
                    int max = p.get("maxLength").asInt();
                    // an address must stay an address at its limit
                    String prefix = "uri".equals(p.path("format").asText()) ? "https://example.org/" : "";
                    if (valid.has(field)) {
                        checks++;
                        RunningSystem.Response atMax =
                                send(e, valid.deepCopy().put(field, prefix + "a".repeat(max - prefix.length())));
                        if (atMax.status() == 400 && errors(atMax).containsKey(field)) {
                            failures.add(where + ": " + max + " characters refused: " + atMax.body());
                        }
                    }
                    checks++;
                    RunningSystem.Response over =
                            send(e, valid.deepCopy().put(field, prefix + "a".repeat(max + 1 - prefix.length())));
                    if (over.status() != 400
                            || !String.valueOf(errors(over).get(field)).contains("at most " + max)) {
                        failures.add(
                                where + ": " + (max + 1) + " characters not refused for their length: " + over.body());
                    }
                }
                if (p.has("pattern") && "string".equals(p.path("type").asText())) {
                    checks++;
                    RunningSystem.Response broken = send(e, valid.deepCopy().put(field, "Not of the form!"));
                    if (broken.status() != 400 || !errors(broken).containsKey(field)) {
                        failures.add(
                                where + ": a value breaking the pattern was not refused naming it: " + broken.body());
                    }
                }
                if (required.contains(field) && valid.has(field)) {
                    checks++;
                    com.fasterxml.jackson.databind.node.ObjectNode without = valid.deepCopy();
                    without.remove(field);
                    RunningSystem.Response missing = send(e, without);
                    if (missing.status() != 400
                            || errors(missing).keySet().stream().noneMatch(f -> f.startsWith(field))) {
                        failures.add(where + ": left out but not refused naming it: " + missing.body());
                    }
                }
                if (p.has("maxItems") && valid.path(field).size() > 0) {
                    int max = p.get("maxItems").asInt();
                    com.fasterxml.jackson.databind.node.ArrayNode many = RunningSystem.JSON.createArrayNode();
                    for (int i = 0; i <= max; i++) {
                        many.add(valid.get(field).get(0));
                    }
                    checks++;
                    RunningSystem.Response tooMany = send(e, valid.deepCopy().set(field, many));
                    if (tooMany.status() != 400
                            || !String.valueOf(errors(tooMany).get(field)).contains(String.valueOf(max))) {
                        failures.add(
                                where + ": " + (max + 1) + " elements not refused for their number: " + tooMany.body());
                    }
                    JsonNode item = resolve(contract, p.path("items"));
                    for (java.util.Iterator<Map.Entry<String, JsonNode>> in =
                                    item.path("properties").fields();
                            in.hasNext(); ) {
                        Map.Entry<String, JsonNode> nested = in.next();
                        JsonNode n = resolve(contract, nested.getValue());
                        if (n.has("maxLength") && valid.get(field).get(0).isObject()) {
                            int len = n.get("maxLength").asInt();
                            com.fasterxml.jackson.databind.node.ObjectNode element =
                                    ((com.fasterxml.jackson.databind.node.ObjectNode)
                                                    valid.get(field).get(0))
                                            .deepCopy();
                            element.put(nested.getKey(), "a".repeat(len + 1));
                            checks++;
                            RunningSystem.Response over = send(
                                    e,
                                    valid.deepCopy()
                                            .set(
                                                    field,
                                                    RunningSystem.JSON
                                                            .createArrayNode()
                                                            .add(element)));
                            String reasons = errors(over).toString();
                            if (over.status() != 400
                                    || !reasons.contains(field + "[0]")
                                    || !reasons.contains("at most " + len)) {
                                failures.add(where + "[0]." + nested.getKey() + ": " + (len + 1)
                                        + " characters not refused for their length: " + over.body());
                            }
                        }
                    }
                }
            }
        }
        System.out.println("Contract limits: " + checks + " checks over " + endpoints.size() + " command endpoints");
        assertThat(checks).isGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    private static RunningSystem.Response send(Endpoint e, JsonNode body) {
        return system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + e.path()))
                .header("Content-Type", "application/json")
                .method(e.method(), HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /**
     * Authorization values that must be refused with 401: the developer's valid token altered (signature,
     * payload, algorithm none), cut short, or sent under another scheme.
     */
    static Map<String, String> badTokens(String token) {
        String[] parts = token.split("\\.");
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String morePayload = b64.encodeToString(payload.replace("\"GM0274\"", "\"GM0275\"")
                .replace("\"municipalities\":[", "\"municipalities\":[\"GM0999\",")
                .getBytes(StandardCharsets.UTF_8));
        char last = parts[2].charAt(parts[2].length() / 2);
        String flipped = parts[2].substring(0, parts[2].length() / 2)
                + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(parts[2].length() / 2 + 1);
        String none = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("a token with its signature altered", "Bearer " + parts[0] + "." + parts[1] + "." + flipped);
        bad.put("a token with its claims altered", "Bearer " + parts[0] + "." + morePayload + "." + parts[2]);
        bad.put("a token signed with alg none", "Bearer " + none + "." + parts[1] + ".");
        bad.put("a token cut short", "Bearer " + parts[0] + "." + parts[1]);
        bad.put("an empty bearer", "Bearer ");
        bad.put("a token as Basic", "Basic " + token);
        return bad;
    }

    /** The fields at fault in a problem, with their reasons. */
    private static Map<String, String> errors(RunningSystem.Response r) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (r.contentType().startsWith("application/problem+json")) {
            r.json()
                    .path("errors")
                    .forEach(x ->
                            out.merge(x.path("field").asText(), x.path("reason").asText(), (a, b) -> a + "; " + b));
        }
        return out;
    }

    /** The request body schema the contract gives for this endpoint's operation. */
    private static JsonNode requestSchema(JsonNode contract, Endpoint e) {
        String path = e.path().replaceFirst("^/v1", "");
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it =
                        contract.path("paths").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String regex = "^" + p.getKey().replaceAll("\\{[^}]+}", "[^/]+") + "$";
            if (path.matches(regex) && p.getValue().has(e.method().toLowerCase(java.util.Locale.ROOT))) {
                JsonNode body = p.getValue()
                        .get(e.method().toLowerCase(java.util.Locale.ROOT))
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                return body.isMissingNode() ? null : resolve(contract, body);
            }
        }
        return null;
    }

    private static JsonNode resolve(JsonNode contract, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return contract.path("components").path("schemas").path(name);
        }
        return schema;
    }

    private static String verdict(RunningSystem.Response r) {
        if (r.status() < 400 || r.status() >= 500) {
            return "status " + r.status() + " " + r.body();
        }
        if (!r.contentType().startsWith("application/problem+json")) {
            return "content type " + r.contentType();
        }
        JsonNode p = r.json();
        if (p.path("status").asInt() != r.status()
                || p.path("type").asText().isEmpty()
                || p.path("title").asText().isEmpty()) {
            return "not a complete problem: " + r.body();
        }
        if (r.status() == 400 && (!p.has("errors") || p.get("errors").isEmpty())) {
            return "400 without the fields at fault: " + r.body();
        }
        if (r.status() == 415 && !p.path("errors").toString().contains("Content-")) {
            return "415 without naming the header at fault: " + r.body();
        }
        if (!"nosniff".equals(r.headers().firstValue("X-Content-Type-Options").orElse(""))) {
            return "no security headers";
        }
        for (JsonNode error : p.path("errors")) {
            String field = error.path("field").asText();
            String detail = p.path("detail").asText();
            if (!field.isEmpty() && detail.indexOf(field + " " + field) >= 0) {
                return "detail repeats the field name: " + detail;
            }
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
        generic.put(
                "over-long story and name",
                "{\"name\":\"" + longText + "\",\"story\":\"" + longText + "\",\"outcome\":\"" + longText + "\"}");
        generic.put("invalid buurt codes", "{\"buurten\":[\"BU0274\",\"WK027401\",\"bu02740101\",null]}");
        generic.put("invalid ids", "{\"actorId\":\"abc\",\"ingredientIds\":[\"../../etc\"],\"schakels\":[\"{}\"]}");
        generic.put(
                "unknown enum values",
                "{\"type\":\"ROBOT\",\"kind\":\"X\",\"form\":\"CROWD\",\"position\":\"BOSS\",\"take\":[\"KING\"]}");
        generic.put("enum as number", "{\"type\":0,\"form\":1,\"position\":2,\"take\":[3]}");
        List<Case> cases = new ArrayList<>();
        for (Endpoint e : endpoints) {
            generic.forEach(
                    (name, body) -> cases.add(new Case(name, e, e.path(), "application/json", SIGNED_IN, body)));
            if (e.listField() != null) {
                String item = switch (e.listField()) {
                    case "ingredients" -> "{\"kind\":\"IDEA\",\"text\":\"x\"}";
                    case "items" -> "{\"kind\":\"EXAMPLE\",\"text\":\"x\"}";
                    case "buurten" -> "\"BU02740101\"";
                    case "take" -> "\"USER\"";
                    default -> "\"00000000-0000-0000-0000-000000000001\"";
                };
                String huge = "{\"" + e.listField() + "\":[" + (item + ",").repeat(5_000) + item + "]}";
                cases.add(new Case("huge array", e, e.path(), "application/json", SIGNED_IN, huge));
                cases.add(new Case(
                        "empty array", e, e.path(), "application/json", SIGNED_IN, "{\"" + e.listField() + "\":[]}"));
            }
            String valid = "{\"reason\":\"would be fine\"}";
            cases.add(new Case("text/plain", e, e.path(), "text/plain", SIGNED_IN, valid));
            cases.add(new Case("application/xml", e, e.path(), "application/xml", SIGNED_IN, "<reason>x</reason>"));
            cases.add(
                    new Case("form encoded", e, e.path(), "application/x-www-form-urlencoded", SIGNED_IN, "reason=x"));
            cases.add(new Case("no access token", e, e.path(), "application/json", null, valid));
            cases.add(new Case(
                    "a bearer that is not a JWT", e, e.path(), "application/json", "raw:Bearer Jan Jansen", valid));
            cases.add(new Case("a Basic credential", e, e.path(), "application/json", "raw:Basic ZGVtbzpkZW1v", valid));
            cases.add(new Case(
                    "invalid municipality code",
                    e,
                    e.path().replace("GM0274", "GM27"),
                    "application/json",
                    SIGNED_IN,
                    valid));
            cases.add(new Case(
                    "lower-case municipality code",
                    e,
                    e.path().replace("GM0274", "gm0274"),
                    "application/json",
                    SIGNED_IN,
                    valid));
            if (e.path().contains("/regions/")) {
                Map<String, String> paths = new java.util.LinkedHashMap<>();
                paths.put("invalid region id", e.path().replaceFirst("/regions/[0-9a-f-]{36}", "/regions/not-a-uuid"));
                paths.put(
                        "unknown region",
                        e.path()
                                .replaceFirst(
                                        "/regions/[0-9a-f-]{36}", "/regions/00000000-0000-0000-0000-000000000000"));
                paths.put(
                        "region of which the municipality is no member",
                        e.path().replace("GM0274", "GM9901"));
                if (e.path().contains("/zelfscans/")) {
                    paths.put("unknown scan moment", e.path().replaceFirst("/zelfscans/\\d+", "/zelfscans/99"));
                    paths.put("scan moment 0", e.path().replaceFirst("/zelfscans/\\d+", "/zelfscans/0"));
                    paths.put("scan moment not a number", e.path().replaceFirst("/zelfscans/\\d+", "/zelfscans/one"));
                    paths.put(
                            "scan moment beyond int",
                            e.path().replaceFirst("/zelfscans/\\d+", "/zelfscans/99999999999"));
                }
                if (e.path().contains("/answers/")) {
                    for (String sequence : List.of("99999", "-1", "0", "one", "1.5", "99999999999999999999")) {
                        paths.put(
                                "answer " + sequence,
                                e.path().replaceFirst("/answers/\\d+/", "/answers/" + sequence + "/"));
                    }
                }
                paths.forEach((name, path) ->
                        cases.add(new Case(name, e, path, "application/json", SIGNED_IN, e.validBody())));
            }
            if (e.path().contains("/themes/")) {
                cases.add(new Case(
                        "invalid theme id",
                        e,
                        e.path().replaceFirst("/themes/[0-9a-f-]{36}", "/themes/not-a-uuid"),
                        "application/json",
                        SIGNED_IN,
                        valid));
                cases.add(new Case(
                        "unknown theme",
                        e,
                        e.path().replaceFirst("/themes/[0-9a-f-]{36}", "/themes/00000000-0000-0000-0000-000000000000"),
                        "application/json",
                        SIGNED_IN,
                        valid));
                cases.add(new Case(
                        "theme of another municipality",
                        e,
                        e.path().replace("GM0274", "GM0202"),
                        "application/json",
                        SIGNED_IN,
                        valid));
            }
        }
        for (Endpoint e : endpoints) {
            cases.addAll(generated(e));
        }
        return cases;
    }

    /** Invisible-only and blank texts: every text field needs a visible character. */
    static final List<String> INVISIBLE = List.of(
            "\u200D",
            "\u200C",
            "\u00A0",
            "\u3164",
            "\u2800",
            "\u034F",
            "\uFE0F",
            "\uFE00",
            "\u0301",
            "\uDB40\uDC41",
            "\u115F",
            "\u1160",
            "\uFFA0",
            "\u2003",
            "\u3000",
            "\u180E",
            "\u2060");

    /** Date forms the one date parser refuses. */
    static final List<String> BAD_DATES = List.of(
            "\" 2024-01-01\"",
            "\"2024-01-01 \"",
            "\"2024-01-01\\n\"",
            "\"2024-01-01\\u0000\"",
            "\"\\t2024-01-01\"",
            "[2024,1,1]",
            "[\"2024-01-01\"]",
            "\"0000-01-01\"",
            "\"-0001-01-01\"",
            "\"+10000-01-01\"",
            "\"+2024-01-01\"",
            "\"1899-12-31\"",
            "\"2024-01-01T00:00\"",
            "\"20240101\"",
            "\"2024/01/01\"",
            "\"2024-13-01\"",
            "\"" + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(1) + "\"",
            "null1");

    /** Raw bodies that are not valid, shortest-form UTF-8. */
    static List<byte[]> badEncodings(String validBody) {
        List<byte[]> out = new ArrayList<>();
        for (int[] seq : new int[][] {
            {0xC0, 0xAF},
            {0xE0, 0x80, 0xAF},
            {0xF0, 0x80, 0x80, 0xAF},
            {0xC1, 0xBF},
            {0xED, 0xA0, 0x80},
            {0xC3},
            {0xFF},
            {0xF8, 0x88, 0x80, 0x80, 0x80}
        }) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            b.writeBytes("{\"reason\":\"a".getBytes(StandardCharsets.UTF_8));
            for (int x : seq) {
                b.write(x);
            }
            b.writeBytes("b\"}".getBytes(StandardCharsets.UTF_8));
            out.add(b.toByteArray());
        }
        out.add(validBody.getBytes(StandardCharsets.UTF_16LE));
        out.add(validBody.getBytes(StandardCharsets.UTF_16BE));
        out.add(validBody.getBytes(StandardCharsets.UTF_16));
        byte[] bom = validBody.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bom, 0, withBom, 3, bom.length);
        out.add(withBom);
        return out;
    }

    private static List<Case> generated(Endpoint e) {
        List<Case> cases = new ArrayList<>();
        String by = SIGNED_IN;
        for (String cp : INVISIBLE) {
            for (String text : List.of(cp, cp + cp + cp, " " + cp + " ")) {
                String json = RunningSystem.JSON.valueToTree(text).toString();
                cases.add(new Case(
                        "invisible reason U+" + Integer.toHexString(cp.codePointAt(0)),
                        e,
                        e.path(),
                        "application/json",
                        by,
                        "{\"reason\":" + json + "}"));
                String texts = e.validBody()
                        .replaceAll(
                                "\"(name|story|text|outcome|organisationName|title)\":\"[^\"]*\"",
                                "\"$1\":" + java.util.regex.Matcher.quoteReplacement(json));
                if (!texts.equals(e.validBody())) {
                    cases.add(new Case(
                            "invisible texts U+" + Integer.toHexString(cp.codePointAt(0)),
                            e,
                            e.path(),
                            "application/json",
                            by,
                            texts));
                }
            }
        }
        for (String date : BAD_DATES) {
            cases.add(new Case(
                    "effective date " + date,
                    e,
                    e.path(),
                    "application/json",
                    by,
                    e.validBody()
                            .replaceFirst(
                                    "\\{",
                                    "{\"effectiveDate\":" + java.util.regex.Matcher.quoteReplacement(date)
                                            + (e.validBody().equals("{}") ? "" : ","))));
        }
        // an integer field given a fraction is refused, never cut to the integer below it
        String fractions =
                e.validBody().replaceAll("\"(cycle|step|level|scan|sequence|version)\":(\\d+)", "\"$1\":$2.5");
        if (!fractions.equals(e.validBody())) {
            cases.add(new Case("fraction for an integer", e, e.path(), "application/json", by, fractions));
        }
        if ("scores".equals(e.listField())) {
            for (String level : List.of("0", "6", "-1", "3.5", "\"3\"", "null", "1e9", "99999999999", "true", "[3]")) {
                cases.add(new Case(
                        "level " + level,
                        e,
                        e.path(),
                        "application/json",
                        by,
                        e.validBody().replace("\"level\":3", "\"level\":" + level)));
            }
            for (String role : List.of("\"MANAGER\"", "\"designer\"", "\"\"", "null", "1")) {
                cases.add(new Case(
                        "role " + role,
                        e,
                        e.path(),
                        "application/json",
                        by,
                        e.validBody().replace("\"role\":\"DESIGNER\"", "\"role\":" + role)));
            }
            for (String sector : List.of("\"POLICE\"", "\"education\"", "\"\"", "7")) {
                cases.add(new Case(
                        "sector " + sector,
                        e,
                        e.path(),
                        "application/json",
                        by,
                        e.validBody().replace("\"sector\":\"EDUCATION\"", "\"sector\":" + sector)));
            }
            cases.add(new Case(
                    "five roles",
                    e,
                    e.path(),
                    "application/json",
                    by,
                    e.validBody()
                            .replace(
                                    "\"scores\":[",
                                    "\"scores\":[{\"role\":\"CONNECTOR\",\"level\":2},{\"role\":\"CONDUCTOR\","
                                            + "\"level\":2},{\"role\":\"QUARTERMASTER\",\"level\":2},"
                                            + "{\"role\":\"CONNECTOR\",\"level\":2},")));
            cases.add(new Case(
                    "no respondent",
                    e,
                    e.path(),
                    "application/json",
                    by,
                    e.validBody().replaceFirst("\"respondent\":\"[^\"]*\",", "")));
        }
        if ("members".equals(e.listField())) {
            for (String members : List.of(
                    "[\"GM0274\"]",
                    "[\"GM0274\",\"GM0274\"]",
                    "[\"GM0274\",\"gm0202\"]",
                    "[\"GM0274\",\"GM020\"]",
                    "[\"GM0274\",null]",
                    "[\"GM0274\",202]",
                    "[\"GM0202\",\"GM0221\"]",
                    "\"GM0274,GM0202\"")) {
                cases.add(new Case(
                        "members " + members,
                        e,
                        e.path(),
                        "application/json",
                        by,
                        e.validBody().replace("[\"GM0274\",\"GM0202\"]", members)));
            }
            cases.add(new Case(
                    "sector twice",
                    e,
                    e.path(),
                    "application/json",
                    by,
                    e.validBody().replace("}", ",\"sectors\":[\"CARE\",\"CARE\"]}")));
        }
        if (e.listField() != null && e.listField().equals("ingredients")) {
            for (String date : BAD_DATES) {
                cases.add(new Case(
                        "session date " + date,
                        e,
                        e.path(),
                        "application/json",
                        by,
                        "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"x\"}],\"session\":{\"date\":" + date
                                + ",\"participants\":[]}}"));
            }
        }
        if (e.path().endsWith("/themes")) {
            for (String date : BAD_DATES) {
                if (!date.contains(String.valueOf(
                        LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(1)))) {
                    cases.add(new Case(
                            "development start " + date,
                            e,
                            e.path(),
                            "application/json",
                            by,
                            THEME.replace("\"start\":\"2024-01-01\"", "\"start\":" + date)));
                }
            }
        }
        for (String variant : List.of("%s ", " %s", "%s\\t", "%s\\u00A0")) {
            for (String[] field : new String[][] {
                {"take", "USER"},
                {"position", "PARTNER"},
                {"kind", "IDEA"},
                {"kind", "EXAMPLE"},
                {"form", "INDIVIDUAL"},
                {"type", "ORGANISATION"}
            }) {
                String bad = String.format(variant, field[1]);
                String body = e.validBody().replace("\"" + field[1] + "\"", "\"" + bad + "\"");
                if (!body.equals(e.validBody())) {
                    cases.add(
                            new Case("enum " + field[0] + " '" + bad + "'", e, e.path(), "application/json", by, body));
                }
            }
        }
        for (String lower : List.of("user", "User")) {
            String body = e.validBody().replace("\"USER\"", "\"" + lower + "\"");
            if (!body.equals(e.validBody())) {
                cases.add(new Case("enum in another case " + lower, e, e.path(), "application/json", by, body));
            }
        }
        if (e.listField() != null && e.listField().equals("take")) {
            String actor = e.validBody().replaceAll(".*\"actorId\":\"([^\"]+)\".*", "$1");
            for (String sets : List.of(
                    "\"take\":[\"PARTNER\",\"PARTNER\"]",
                    "\"leave\":[\"USER\",\"USER\"]",
                    "\"take\":[\"SUPPLIER\",\"PARTNER\",\"SUPPLIER\"]",
                    "\"take\":[\"PARTNER\",null]")) {
                cases.add(new Case(
                        "duplicates in " + sets,
                        e,
                        e.path(),
                        "application/json",
                        by,
                        "{\"actorId\":\"" + actor + "\"," + sets + "}"));
            }
        }
        int n = 0;
        for (byte[] raw : badEncodings(e.validBody())) {
            cases.add(new Case("bad encoding " + n++, e, e.path(), "application/json", by, raw, List.of()));
        }
        byte[] valid = e.validBody().getBytes(StandardCharsets.UTF_8);
        for (String type : List.of(
                "application/json-patch+json",
                "application/merge-patch+json",
                "application/vnd.api+json",
                "application/problem+json",
                "application/*",
                "*/*",
                "text/json",
                "application/json;charset=utf-16",
                "application/json;charset=iso-8859-1",
                "application/jsonx",
                "application/json, text/plain")) {
            cases.add(new Case("media type " + type, e, e.path(), type, by, valid, List.of()));
        }
        cases.add(new Case(
                "two Content-Type headers",
                e,
                e.path(),
                "application/json",
                by,
                valid,
                List.of("Content-Type", "application/json")));
        String token = system.token(IdentityProvider.DEVELOPER);
        cases.add(new Case(
                "Authorization twice",
                e,
                e.path(),
                "application/json",
                by,
                valid,
                List.of("Authorization", "Bearer " + token, "Authorization", "Bearer " + token)));
        cases.add(new Case(
                "Idempotency-Key twice",
                e,
                e.path(),
                "application/json",
                by,
                valid,
                List.of("Idempotency-Key", "k1", "Idempotency-Key", "k2")));
        for (String coding : List.of("gzip", "br", "deflate", "compress", "gzip, identity")) {
            cases.add(new Case(
                    "Content-Encoding " + coding,
                    e,
                    e.path(),
                    "application/json",
                    by,
                    valid,
                    List.of("Content-Encoding", coding)));
        }
        for (String accept : List.of(
                "application/xml",
                "text/html",
                "image/png",
                "text/plain",
                "application/yaml",
                "application/problem+xml",
                "application/json;q=0")) {
            cases.add(new Case(
                    "Accept " + accept, e, e.path(), "application/json", by, valid, List.of("Accept", accept)));
        }
        for (Map.Entry<String, String> bad : badTokens(token).entrySet()) {
            cases.add(
                    new Case(bad.getKey(), e, e.path(), "application/json", "raw:" + bad.getValue(), valid, List.of()));
        }
        for (String matrix : List.of(";x=1", ";jsessionid=abc", ";")) {
            cases.add(new Case(
                    "matrix parameter " + matrix,
                    e,
                    e.path().replace("/GM0274", "/GM0274" + matrix),
                    "application/json",
                    by,
                    valid,
                    List.of()));
        }
        return cases;
    }
}
