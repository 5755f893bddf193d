package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Wijkprofiel indicators over real HTTP: a CSV upload recorded whole, a later one superseding a value, a
 * faulty file refused naming its lines and recording nothing, a buurt of another municipality refused, the
 * series of a buurt read with a consistency token, isolation, CORS and a replay of the family.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorsTest {
    private static final String GM = "/v1/municipalities/GM0274";
    private static final String UPLOADS = GM + "/indicator-uploads";
    private static final String DOORWERTH = GM + "/buurten/BU02740101/indicators";
    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.inMemory();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static RunningSystem.Response upload(String path, String csv, String contentType) {
        return system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    @Test
    @Order(1)
    void anUploadIsRecordedWholeAndReadPerBuurtOverTime() {
        StringBuilder csv = new StringBuilder("buurt,period,indicator,value,level\n");
        for (int year = 2010; year <= 2015; year++) {
            csv.append("BU02740101,")
                    .append(year)
                    .append(",zelfredzaamheid,")
                    .append(6 + (year - 2010) / 10.0)
                    .append(",LOCAL\n");
            csv.append("BU02740101,")
                    .append(year)
                    .append(",inzet.tweede-lijn,")
                    .append(40 - year + 2010)
                    .append(",REGIONAL\n");
            csv.append("BU02740201,").append(year).append(",zelfredzaamheid,5.5,LOCAL\n");
        }
        RunningSystem.Response first = upload(UPLOADS + "?effectiveDate=2016-02-01", csv.toString(), "text/csv");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("rows").asInt()).isEqualTo(18);
        String token = first.json().get("consistencyToken").asText();
        assertThat(token).startsWith("GM0274:indicators:");
        RunningSystem.Response read = system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + DOORWERTH))
                .header("X-Consistency-Token", token));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonNode series = read.json().get("indicators");
        assertThat(series).hasSize(2);
        assertThat(series.get(0).get("indicator").asText()).isEqualTo("inzet.tweede-lijn");
        assertThat(series.get(1).get("values")).hasSize(6);
        assertThat(series.get(1).get("values").get(5).get("value").asDouble()).isEqualTo(6.5);
        // a correction of 2015 supersedes the first upload's value
        RunningSystem.Response second = upload(
                UPLOADS,
                "buurt,period,indicator,value,level\nBU02740101,2015,zelfredzaamheid,6.8,LOCAL\n",
                "text/csv; charset=utf-8");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        JsonNode corrected = system.send(HttpRequest.newBuilder(
                                URI.create(system.queryUrl() + DOORWERTH + "?indicator=zelfredzaamheid&from=2014"))
                        .header(
                                "X-Consistency-Token",
                                second.json().get("consistencyToken").asText()))
                .json()
                .get("indicators");
        assertThat(corrected).hasSize(1);
        assertThat(corrected.get(0).get("values")).hasSize(2);
        assertThat(corrected.get(0).get("values").get(1).get("value").asDouble())
                .isEqualTo(6.8);
    }

    @Test
    @Order(2)
    void aFaultyFileIsRefusedNamingItsLinesAndRecordsNothing() {
        long before = system.storedEvents();
        RunningSystem.Response bad = upload(
                UPLOADS,
                "buurt,period,indicator,value,level\nBU02740101,2014,zelfredzaamheid,7.1,LOCAL\n"
                        + "BU02740101,2014,zelfredzaamheid,7,1,LOCAL\nBU02740101,14,x,1.0,LOCAL\n",
                "text/csv");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("line[3]", "line[4].period");
        RunningSystem.Response other = upload(
                UPLOADS, "buurt,period,indicator,value,level\nBU02020101,2014,zelfredzaamheid,7.1,LOCAL\n", "text/csv");
        assertThat(other.status()).as(other.body()).isEqualTo(409);
        assertThat(other.json().get("rule").asText()).isEqualTo("buurt-outside-municipality");
        assertThat(other.json().get("field").asText()).isEqualTo("line[2].buurt");
        assertThat(upload(UPLOADS, "{\"rows\":[]}", "application/json").status())
                .isEqualTo(415);
        assertThat(upload(UPLOADS, "buurt,period,indicator,value,level\n", "text/csv")
                        .status())
                .isEqualTo(400);
        StringBuilder tooMany = new StringBuilder("buurt,period,indicator,value,level\n");
        for (int i = 0; i <= 100_000; i++) {
            tooMany.append("BU02740101,2014,i").append(i).append(",1,LOCAL\n");
        }
        RunningSystem.Response many = upload(UPLOADS, tooMany.toString(), "text/csv");
        assertThat(many.status()).as(many.body()).isEqualTo(400);
        assertThat(many.body()).contains("at most 100000 rows");
        assertThat(upload(UPLOADS, "x".repeat(8_388_609), "text/csv").status()).isEqualTo(413);
        // without a declared length the stream is cut off at the same limit
        byte[] endless = ("buurt,period,indicator,value,level\nBU02740101,2014,a," + "1".repeat(9_000_000))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RunningSystem.Response chunked = system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + UPLOADS))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(endless))));
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.contentType()).startsWith("application/problem+json");
        byte[] overlong = "buurt,period,indicator,value,level\nBU02740101,2014,a\u00c0\u00af,1,LOCAL\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        RunningSystem.Response malformed = system.send(HttpRequest.newBuilder(URI.create(system.commandUrl() + UPLOADS))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(overlong)));
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        assertThat(malformed.body()).contains("shortest-form UTF-8");
        assertThat(system.storedEvents()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void anotherMunicipalitySeesNothingAndCorsAdmitsTheUpload() throws Exception {
        RunningSystem.Response other = system.get("/v1/municipalities/GM0202/buurten/BU02020101/indicators");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.json().get("indicators")).isEmpty();
        assertThat(system.get("/v1/municipalities/GM0202/buurten/BU02740101/indicators")
                        .status())
                .isEqualTo(400);
        HttpResponse<String> preflight = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(system.commandUrl() + UPLOADS))
                                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                                .header("Origin", RunningSystem.ALLOWED_ORIGIN)
                                .header("Access-Control-Request-Method", "POST")
                                .header("Access-Control-Request-Headers", "content-type,idempotency-key,authorization")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElse(""))
                .contains("POST");
    }

    @Test
    @Order(4)
    void aReplayOfTheIndicatorsFamilyGivesIdenticalViews() {
        String before = system.get(DOORWERTH).body();
        List<String> documents = documents(0);
        RunningSystem.Response accepted =
                system.send(HttpRequest.newBuilder(URI.create(system.queryUrl() + "/v1/projections/indicators/replays"))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        int generation = RunningSystem.rebuildingGeneration(accepted.json());
        system.await(
                "/v1/projections/indicators",
                r -> r.status() == 200 && r.json().get("generation").asInt() == generation);
        assertThat(system.get(DOORWERTH).body()).isEqualTo(before);
        assertThat(documents(generation)).isEqualTo(documents);
    }

    private static List<String> documents(int generation) {
        List<String> out = new ArrayList<>();
        String name = generation == 0 ? "buurt_indicators" : "buurt_indicators_g" + generation;
        system.db().getCollection(name).find().sort(new Document("_id", 1)).forEach(d -> out.add(d.toJson()));
        assertThat(out).hasSize(4); // two uploads: three buurt × indicator documents and one more
        return out;
    }
}
