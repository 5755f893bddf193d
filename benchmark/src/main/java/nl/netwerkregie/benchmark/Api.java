package nl.netwerkregie.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** The services' REST API as the benchmark's clients use it, over real HTTP. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String command;
    private final String query;

    private final String issuer;
    private volatile String token;
    private volatile long tokenExpires;

    Api(int commandPort, int queryPort, String issuer) {
        this.command = "http://127.0.0.1:" + commandPort;
        this.query = "http://127.0.0.1:" + queryPort;
        this.issuer = issuer;
    }

    /** The loader client's token (client credentials), renewed a minute before it expires. */
    synchronized String token() {
        if (token == null || System.nanoTime() > tokenExpires) {
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "grant_type=client_credentials"
                                                        + "&client_id=netwerkregie-loader&client_secret=netwerkregie-loader-dev-secret"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode body = JSON.readTree(r.body());
                token = body.get("access_token").asText();
                tokenExpires = System.nanoTime()
                        + Duration.ofSeconds(body.get("expires_in").asLong() - 60)
                                .toNanos();
            } catch (IOException e) {
                throw new IllegalStateException("cannot sign in the loader client", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    String registerOrganisation(String gm, String name) {
        return ok(post(gm + "/actors", "{\"type\":\"ORGANISATION\",\"organisationName\":\"" + name + "\"}"), 201)
                .get("actorId")
                .asText();
    }

    String registerPerson(String gm, String name) {
        return ok(post(gm + "/actors", "{\"type\":\"PERSON\",\"name\":\"" + name + "\"}"), 201)
                .get("actorId")
                .asText();
    }

    String nameTheme(String gm, String name, List<String> buurten, LocalDate start) {
        String body = "{\"name\":\"" + name + "\",\"story\":\"Synthetisch thema\",\"buurten\":" + array(buurten)
                + ",\"developmentPeriod\":{\"start\":\"" + start + "\",\"end\":\""
                + start.plusYears(3).minusDays(1)
                + "\"},\"effectiveDate\":\"" + start + "\"}";
        return ok(post(gm + "/themes", body), 201).get("themeId").asText();
    }

    List<String> addIngredients(String gm, String theme, List<String> texts, LocalDate date) {
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < texts.size(); i++) {
            items.append(i == 0 ? "" : ",")
                    .append("{\"kind\":\"IDEA\",\"text\":\"")
                    .append(texts.get(i))
                    .append("\"}");
        }
        items.append(']');
        JsonNode r = ok(
                post(
                        gm + "/themes/" + theme + "/ingredients",
                        "{\"ingredients\":" + items + ",\"effectiveDate\":\"" + date + "\"}"),
                201);
        List<String> ids = new java.util.ArrayList<>();
        r.get("ingredientIds").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    void addSchakel(String gm, String theme, String actor, String ingredient, LocalDate date) {
        ok(
                post(
                        gm + "/themes/" + theme + "/schakels",
                        "{\"actorId\":\"" + actor + "\",\"ingredientIds\":[\"" + ingredient + "\"],\"effectiveDate\":\""
                                + date + "\"}"),
                201);
    }

    void shift(String gm, String theme, String actor, List<String> take, List<String> leave, LocalDate date) {
        ok(
                post(
                        gm + "/themes/" + theme + "/position-shifts",
                        "{\"actorId\":\"" + actor + "\",\"take\":" + array(take) + ",\"leave\":" + array(leave)
                                + (date == null ? "" : ",\"effectiveDate\":\"" + date + "\"") + "}"),
                200);
    }

    /** Changes a theme's story; returns the consistency token of the command's response. */
    String changeStory(String gm, String theme, String story) {
        return ok(put(gm + "/themes/" + theme + "/story", "{\"story\":\"" + story + "\"}"), 200)
                .get("consistencyToken")
                .asText();
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(query + path)).GET());
    }

    /** A read answered once the view family that answers it includes the command of {@code consistencyToken}. */
    Response get(String path, String consistencyToken) {
        return send(HttpRequest.newBuilder(URI.create(query + path))
                .header("X-Consistency-Token", consistencyToken)
                .GET());
    }

    /** A binary answer (an export): its status and bytes. */
    record Download(int status, byte[] body) {}

    Download download(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(query + path)).GET();
        request.header("Authorization", "Bearer " + token());
        try {
            HttpResponse<byte[]> r = http.send(
                    request.timeout(Duration.ofSeconds(600)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The query service's heap in use now, in MiB, from its Prometheus metrics (open, like the health probes). */
    double queryHeapMib() {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(query + "/actuator/prometheus"))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            double bytes = 0;
            for (String line : r.body().split("\n")) {
                if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                    bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return bytes / (1024 * 1024);
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }

    Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(command + "/v1/municipalities/" + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A CSV upload of wijkprofiel indicators. */
    Response uploadIndicators(String gm, String csv) {
        return send(HttpRequest.newBuilder(URI.create(command + "/v1/municipalities/" + gm + "/indicator-uploads"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    Response postQuery(String path) {
        return send(HttpRequest.newBuilder(URI.create(query + path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private Response put(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(command + "/v1/municipalities/" + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Response send(HttpRequest.Builder request) {
        request.header("Authorization", "Bearer " + token());
        try {
            HttpResponse<String> r =
                    http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode ok(Response r, int expected) {
        if (r.status() != expected) {
            throw new IllegalStateException("expected " + expected + " but got " + r.status() + ": " + r.body());
        }
        return r.json();
    }

    private static String array(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(values.get(i)).append('"');
        }
        return sb.append(']').toString();
    }
}
