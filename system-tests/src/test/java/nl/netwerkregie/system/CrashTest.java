package nl.netwerkregie.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.netwerkregie.command.CommandServiceApplication;
import nl.netwerkregie.query.QueryServiceApplication;
import nl.netwerkregie.store.EmbeddedStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the embedded store, the command service and the query service — each its own
 * process, as {@code ./run.sh} runs them — at random moments while two clients send commands. After
 * the last restart every acknowledged command is in the event store exactly once, and every view
 * equals a replay of the event store from scratch. Loopback only; a bounded number of kills.
 */
class CrashTest {
    private static final String GM = "GM0274";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> VIEWS = List.of(
            "actors",
            "theme_networks",
            "theme_network_actors",
            "theme_history",
            "theme_history_heads",
            "theme_summaries",
            "municipality_themes",
            "buurt_themes");

    /** Kept when the test fails: the three processes' logs are in it. */
    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final IdentityProvider identity = IdentityProvider.shared();
    /** The per-person keys live apart from the event store; this test kills the event store, not them. */
    private final EmbeddedStore keyStore = EmbeddedStore.inMemory(0);

    private int storePort;
    private int commandPort;
    private int queryPort;

    @Test
    void acknowledgedCommandsSurviveKillMinusNineOfEveryProcessAndViewsEqualAReplay() throws Exception {
        storePort = freePort();
        commandPort = freePort();
        queryPort = freePort();
        startStore();
        startCommandService();
        startQueryService();

        String theme =
                post("/v1/municipalities/" + GM + "/themes", """
                {"name":"Thema onder belasting","story":"Een thema dat crashes doorstaat","buurten":["BU02740101"],
                 "developmentPeriod":{"start":"2025-01-06","end":"2028-01-05"},"effectiveDate":"2025-01-06"}""").get("themeId").asText();

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = List.of(
                client(
                        stop,
                        acknowledged,
                        "Organisatie ",
                        n -> post(
                                "/v1/municipalities/" + GM + "/actors",
                                "{\"type\":\"ORGANISATION\",\"organisationName\":\"Organisatie " + n + "\"}")),
                client(
                        stop,
                        acknowledged,
                        "Idee ",
                        n -> post(
                                "/v1/municipalities/" + GM + "/themes/" + theme + "/ingredients",
                                "{\"ingredients\":[{\"kind\":\"IDEA\",\"text\":\"Idee " + n
                                        + "\"}],\"effectiveDate\":\"2025-02-01\"}")));
        clients.forEach(Thread::start);

        Random random = new Random(20261123);
        for (String victim :
                List.of("embedded-store", "command-service", "query-service", "embedded-store", "query-service")) {
            Thread.sleep(1_500 + random.nextInt(2_000));
            int before = acknowledged.size();
            processes.get(victim).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            switch (victim) {
                case "embedded-store" -> startStore();
                case "command-service" -> startCommandService();
                default -> startQueryService();
            }
            awaitMoreAcknowledged(acknowledged, before + 5);
            System.out.printf("crash test: kill -9 %s after %d acknowledged commands; restarted%n", victim, before);
        }
        stop.set(true);
        for (Thread client : clients) {
            client.join();
        }

        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + storePort)) {
            MongoDatabase db = mongo.getDatabase("crash");
            List<Document> events = RunningSystem.eventsIn(db);
            Map<String, Integer> stored = storedTexts(events);
            long missing = acknowledged.stream()
                    .filter(text -> !stored.containsKey(text))
                    .count();
            long twice = acknowledged.stream()
                    .filter(text -> stored.getOrDefault(text, 0) > 1)
                    .count();
            System.out.printf(
                    "crash test: %d commands acknowledged, %d events stored, %d acknowledged missing, %d stored twice%n",
                    acknowledged.size(),
                    stored.values().stream().mapToInt(Integer::intValue).sum(),
                    missing,
                    twice);
            assertThat(acknowledged).hasSizeGreaterThan(50);
            assertThat(missing)
                    .as("acknowledged commands missing from the event store")
                    .isZero();
            assertThat(twice).as("acknowledged commands stored twice").isZero();

            long themeEvents = events.stream()
                    .filter(e -> theme.equals(e.getString("aggregateIdentifier")))
                    .count();
            awaitCaughtUp(theme, themeEvents, events.size());
            int organisations = (int) stored.keySet().stream()
                    .filter(t -> t.startsWith("Organisatie "))
                    .count();
            // the status can report caught up while the last batch of a segment is still being written
            long caughtUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Map<String, List<Document>> afterCrashes = views(db);
            while (afterCrashes.get("actors").size() != organisations && System.nanoTime() < caughtUp) {
                sleep(500);
                afterCrashes = views(db);
            }
            assertThat(afterCrashes.get("actors").size())
                    .as(() -> "actor views against organisations stored; " + missingActors(db, events, dir))
                    .isEqualTo(organisations);

            assertThat(send(HttpRequest.newBuilder(URI.create(queryUrl() + "/v1/projections/replays"))
                                    .POST(HttpRequest.BodyPublishers.noBody()))
                            .statusCode())
                    .isEqualTo(202);
            awaitCaughtUp(theme, themeEvents, events.size());
            // the status can report caught up while the last batches of other segments are written
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Map<String, List<Document>> replayed = views(db);
            while (!replayed.equals(afterCrashes) && System.nanoTime() < deadline) {
                sleep(500);
                replayed = views(db);
            }
            assertThat(difference(afterCrashes, replayed))
                    .as("views after the crashes against a replay from scratch")
                    .isEmpty();
        } finally {
            processes.values().forEach(Process::destroyForcibly);
            keyStore.close();
        }
    }

    private interface Command {
        JsonNode send(int n) throws Exception;
    }

    /** A client that sends commands one after another, and remembers the text of each acknowledged one. */
    private Thread client(AtomicBoolean stop, Set<String> acknowledged, String prefix, Command command) {
        return new Thread(() -> {
            for (int n = 0; !stop.get(); n++) {
                try {
                    command.send(n);
                    acknowledged.add(prefix + n);
                } catch (Exception refusedOrDown) {
                    sleep(50); // not acknowledged: the process is down or the command failed
                }
            }
        });
    }

    /** How often each organisation name and ingredient text occurs in the stored events. */
    private static Map<String, Integer> storedTexts(List<Document> events) {
        Map<String, Integer> texts = new TreeMap<>();
        for (Document event : events) {
            Document payload = event.get("payload", Document.class);
            if (payload == null) {
                continue;
            }
            if (payload.getString("organisationName") != null) {
                texts.merge(payload.getString("organisationName"), 1, Integer::sum);
            }
            List<Document> ingredients = payload.getList("ingredients", Document.class);
            if (ingredients != null) {
                ingredients.forEach(i -> texts.merge(i.getString("text"), 1, Integer::sum));
            }
        }
        return texts;
    }

    private void awaitCaughtUp(String theme, long themeEvents, long events) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                JsonNode status = get("/v1/projections");
                JsonNode history = get("/v1/municipalities/" + GM + "/themes/" + theme + "/history?pageSize=1");
                last = status + " history total " + history.get("total") + " of " + themeEvents;
                boolean everyFamily = status.get("families").size() == RunningSystem.FAMILIES.size();
                for (JsonNode family : status.get("families")) {
                    everyFamily &= family.get("caughtUp").asBoolean()
                            && !family.get("replaying").asBoolean();
                }
                if (everyFamily && history.get("total").asLong() == themeEvents) {
                    return;
                }
            } catch (Exception notYet) {
                last = notYet.toString(); // the query service is starting or rebuilding
            }
            sleep(250);
        }
        List<String> log = java.nio.file.Files.readAllLines(dir.resolve("query-service.log"));
        throw new AssertionError("the views did not catch up with " + events + " events: " + last
                + "\nquery-service log:\n" + String.join("\n", log.subList(Math.max(0, log.size() - 15), log.size())));
    }

    /** The organisations stored without an actor view, where they are in the log, and the family's tokens. */
    private static String missingActors(MongoDatabase db, List<Document> events, Path logs) {
        Set<Object> viewed = new java.util.HashSet<>();
        db.getCollection("actors").find().forEach(d -> viewed.add(d.get("_id")));
        List<String> missing = new ArrayList<>();
        for (Document commit : db.getCollection("events").find()) {
            for (Document event : nl.netwerkregie.eventstore.EventCommits.events(commit)) {
                Document payload = event.get("payload", Document.class);
                if (payload != null
                        && payload.getString("organisationName") != null
                        && !viewed.contains(payload.getString("actorId"))) {
                    missing.add(
                            payload.toJson() + " in commit " + commit.toJson().replaceAll("\"payload\".*", ""));
                }
            }
        }
        // whether the theme's events of the same moments reached another family: the history holds one entry each
        Set<Object> entries = new java.util.HashSet<>();
        db.getCollection("theme_history").find().forEach(d -> entries.add(d.get("_id")));
        List<String> notInHistory = new ArrayList<>();
        for (Document commit : db.getCollection("events").find()) {
            for (Document event : nl.netwerkregie.eventstore.EventCommits.events(commit)) {
                Document payload = event.get("payload", Document.class);
                String themeId = payload == null ? null : payload.getString("themeId");
                Object sequence = event.get("sequenceNumber");
                if (themeId != null
                        && sequence instanceof Number n
                        && !entries.contains(themeId + ":" + String.format("%010d", n.longValue()))) {
                    notInHistory.add(commit.get("_id") + "/" + n);
                }
            }
        }
        List<String> tokens = new ArrayList<>();
        for (String name : db.listCollectionNames()) {
            if (name.toLowerCase(java.util.Locale.ROOT).contains("token")) {
                db.getCollection(name).find().forEach(t -> tokens.add(name + " " + t.toJson()));
            }
        }
        return "missing " + missing + "\ntheme events not in the history (commit/sequence) " + notInHistory
                + "\ntokens " + tokens + "\nlogs in " + logs;
    }

    private static Map<String, List<Document>> views(MongoDatabase db) {
        Map<String, List<Document>> views = new LinkedHashMap<>();
        for (String view : VIEWS) {
            views.put(
                    view,
                    db.getCollection(view).find().sort(new Document("_id", 1)).into(new ArrayList<>()));
        }
        return views;
    }

    /** Per view, the first document that differs, or the sizes when they differ. */
    private static List<String> difference(Map<String, List<Document>> expected, Map<String, List<Document>> actual) {
        List<String> differences = new ArrayList<>();
        for (String view : VIEWS) {
            List<Document> e = expected.get(view);
            List<Document> a = actual.get(view);
            if (e.size() != a.size()) {
                differences.add(
                        view + ": " + e.size() + " documents after the crashes, " + a.size() + " after the replay");
                continue;
            }
            for (int i = 0; i < e.size(); i++) {
                if (!e.get(i).equals(a.get(i))) {
                    differences.add(view + ": after the crashes " + e.get(i).toJson() + "\n after the replay "
                            + a.get(i).toJson());
                    break;
                }
            }
        }
        return differences;
    }

    private void awaitMoreAcknowledged(Set<String> acknowledged, int atLeast) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (acknowledged.size() < atLeast && System.nanoTime() < deadline) {
            sleep(100);
        }
        assertThat(acknowledged.size())
                .as("commands acknowledged again after the restart")
                .isGreaterThanOrEqualTo(atLeast);
    }

    // ---- processes ----

    private void startStore() throws Exception {
        start(
                "embedded-store",
                List.of(
                        EmbeddedStore.class.getName(),
                        "--port",
                        String.valueOf(storePort),
                        "--data",
                        dir.resolve("store.mv").toString(),
                        "--cache-mb",
                        "64"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", storePort)) {
                return;
            } catch (IOException notYet) {
                sleep(50);
            }
        }
        throw new IllegalStateException("the store did not start");
    }

    private void startCommandService() throws Exception {
        start("command-service", serviceArgs(CommandServiceApplication.class.getName(), commandPort));
        awaitHealth(commandPort);
    }

    private void startQueryService() throws Exception {
        start("query-service", serviceArgs(QueryServiceApplication.class.getName(), queryPort));
        awaitHealth(queryPort);
    }

    private List<String> serviceArgs(String main, int port) {
        return List.of(
                main,
                "--server.port=" + port,
                "--netwerkregie.mongodb.uri=mongodb://127.0.0.1:" + storePort,
                "--netwerkregie.mongodb.database=crash",
                "--netwerkregie.personal-data.uri=" + keyStore.uri(),
                "--netwerkregie.security.issuer-uri=" + identity.issuer(),
                "--netwerkregie.security.rate-limit.requests-per-second=0",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off");
    }

    private void start(String name, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true",
                "-cp",
                System.getProperty("java.class.path")));
        command.addAll(args);
        processes.put(
                name,
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(
                                dir.resolve(name + ".log").toFile()))
                        .start());
    }

    private void awaitHealth(int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(
                                                        "http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("the service on port " + port + " did not become ready; logs in " + dir);
    }

    // ---- HTTP ----

    private String queryUrl() {
        return "http://127.0.0.1:" + queryPort;
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + commandPort + path))
                        .header("Authorization", "Bearer " + identity.token(IdentityProvider.DEVELOPER))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r =
                send(HttpRequest.newBuilder(URI.create(queryUrl() + path)).GET());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(
                request.timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + identity.token(IdentityProvider.DEVELOPER))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
