package nl.netwerkregie.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import nl.netwerkregie.command.CommandServiceApplication;
import nl.netwerkregie.query.QueryServiceApplication;
import nl.netwerkregie.store.EmbeddedStore;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Both services, started for real on an embedded store and reached over HTTP on loopback. Each
 * system gets a database of its own, so tests do not see each other's data.
 */
final class RunningSystem implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ALLOWED_ORIGIN = "https://front-end.example";
    final EmbeddedStore store;
    /** The store of the per-person keys and the access log, apart from the event store and the views. */
    final EmbeddedStore keyStore;

    final IdentityProvider identity = IdentityProvider.shared();
    final String database = "nr_" + UUID.randomUUID().toString().replace("-", "");
    final MongoClient client;
    private final MongoClient keyClient;
    private final HttpClient http = HttpClient.newHttpClient();
    private ConfigurableApplicationContext command;
    private ConfigurableApplicationContext query;
    private final java.util.List<ConfigurableApplicationContext> extra = new java.util.ArrayList<>();

    private boolean ownsStore;

    /** Both services on a fresh in-memory store that closes with the system. */
    static RunningSystem inMemory() {
        RunningSystem system = new RunningSystem(EmbeddedStore.inMemory(0), EmbeddedStore.inMemory(0));
        system.ownsStore = true;
        return system;
    }

    /** Both services on a fresh H2 file store that closes with the system. */
    static RunningSystem onFile(java.nio.file.Path file) {
        RunningSystem system = new RunningSystem(
                EmbeddedStore.onFile(file, 0),
                EmbeddedStore.onFile(file.resolveSibling(file.getFileName() + "-personal-data"), 0));
        system.ownsStore = true;
        return system;
    }

    /** Both services on {@code store}, with a key store of their own (in memory) that closes with the system. */
    RunningSystem(EmbeddedStore store) {
        this(store, EmbeddedStore.inMemory(0));
    }

    RunningSystem(EmbeddedStore store, EmbeddedStore keyStore) {
        this.store = store;
        this.keyStore = keyStore;
        this.client = MongoClients.create(store.uri());
        this.keyClient = MongoClients.create(keyStore.uri());
        this.command = CommandServiceApplication.builder().run(commandArgs(true));
        this.query = QueryServiceApplication.builder().run(args());
    }

    private String[] args() {
        return new String[] {
            "--server.port=0",
            "--netwerkregie.mongodb.uri=" + store.uri(),
            "--netwerkregie.mongodb.database=" + database,
            "--netwerkregie.personal-data.uri=" + keyStore.uri(),
            "--netwerkregie.personal-data.database=" + database,
            "--netwerkregie.security.issuer-uri=" + identity.issuer(),
            // the rate limit has a test of its own (SignInTest); the other tests send thousands of requests
            "--netwerkregie.security.rate-limit.requests-per-second=0",
            "--logging.level.root=WARN",
            "--logging.level.org.axonframework=ERROR",
            "--spring.main.banner-mode=off",
            "--netwerkregie.cors.allowed-origins=" + ALLOWED_ORIGIN,
            "--netwerkregie.consistency.max-wait-ms=1000"
        };
    }

    /**
     * The first command-service instance keeps no aggregate cache, so every command loads its theme from
     * a snapshot (taken every three events) plus the events after it; other instances cache.
     */
    private String[] commandArgs(boolean first) {
        return java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args()),
                        java.util.stream.Stream.of(
                                "--netwerkregie.aggregates.snapshot-threshold=3",
                                "--netwerkregie.aggregates.cache-size=" + (first ? 0 : 100)))
                .toArray(String[]::new);
    }

    /** Another database of the same store. */
    MongoDatabase db(String name) {
        return client.getDatabase(name);
    }

    MongoDatabase db() {
        return client.getDatabase(database);
    }

    /** The key store's database (personal-data keys and the access log). */
    MongoDatabase keyDb() {
        return keyClient.getDatabase(database);
    }

    String commandUrl() {
        return "http://127.0.0.1:"
                + ((ServletWebServerApplicationContext) command).getWebServer().getPort();
    }

    String queryUrl() {
        return "http://127.0.0.1:"
                + ((ServletWebServerApplicationContext) query).getWebServer().getPort();
    }

    /** Starts another command-service instance on the same store; closed with this system. */
    String startAnotherCommandService() {
        ConfigurableApplicationContext another =
                CommandServiceApplication.builder().run(commandArgs(false));
        extra.add(another);
        return "http://127.0.0.1:"
                + ((ServletWebServerApplicationContext) another).getWebServer().getPort();
    }

    /** Starts another query-service instance on the same store with these extra settings; closed with this system. */
    String startAnotherQueryService(String... settings) {
        java.util.Set<String> keys = java.util.Arrays.stream(settings)
                .map(a -> a.substring(0, a.indexOf('=')))
                .collect(java.util.stream.Collectors.toSet());
        String[] all = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args())
                                .filter(a -> !keys.contains(a.substring(0, Math.max(a.indexOf('='), 0)))),
                        java.util.Arrays.stream(settings))
                .toArray(String[]::new);
        ConfigurableApplicationContext another =
                QueryServiceApplication.builder().run(all);
        extra.add(another);
        return "http://127.0.0.1:"
                + ((ServletWebServerApplicationContext) another).getWebServer().getPort();
    }

    /** Stops an instance {@link #startAnotherQueryService} or {@link #startAnotherCommandService} started. */
    void stopAnother(String url) {
        ConfigurableApplicationContext instance = extra.stream()
                .filter(c -> url.equals("http://127.0.0.1:"
                        + ((ServletWebServerApplicationContext) c)
                                .getWebServer()
                                .getPort()))
                .findFirst()
                .orElseThrow();
        instance.close();
        extra.remove(instance);
    }

    /** Stops every view family's processor in every query-service instance: events are stored but no longer projected. */
    /** Every view family of the query service. */
    static final List<String> FAMILIES = List.of(
            "network", "history", "directory", "actors", "programme", "matrix", "indicators", "instruments", "regions");

    void pauseViews() {
        for (String family : FAMILIES) {
            pauseViews(family);
        }
    }

    /** Stops one view family's processor in every query-service instance. */
    void pauseViews(String family) {
        java.util.List<ConfigurableApplicationContext> all = new java.util.ArrayList<>(extra);
        all.add(query);
        for (ConfigurableApplicationContext c : all) {
            if (c.containsBean("queryServiceApplication")) {
                c.getBean(org.axonframework.config.EventProcessingConfiguration.class)
                        .eventProcessor(family)
                        .ifPresent(org.axonframework.eventhandling.EventProcessor::shutDown);
            }
        }
    }

    void stopQueryService() {
        query.close();
    }

    void startQueryService() {
        query = QueryServiceApplication.builder().run(args());
    }

    /** The number of events in the event store, read with the driver, not through the services. */
    long storedEvents() {
        return storedEventList().size();
    }

    /** Every stored event, read with the driver from the commit documents, each with its commit's aggregate identifier. */
    java.util.List<org.bson.Document> storedEventList() {
        return eventsIn(db());
    }

    /** As {@link #storedEventList()}, for any database of the global-sequence engine. */
    static java.util.List<org.bson.Document> eventsIn(MongoDatabase db) {
        java.util.List<org.bson.Document> all = new java.util.ArrayList<>();
        for (org.bson.Document commit : db.getCollection("events").find()) {
            for (org.bson.Document event : nl.netwerkregie.eventstore.EventCommits.events(commit)) {
                org.bson.Document flat = new org.bson.Document(event);
                flat.put("aggregateIdentifier", commit.getString("aggregateIdentifier"));
                all.add(flat);
            }
        }
        return all;
    }

    record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Response post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(commandUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response put(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(commandUrl() + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(queryUrl() + path)).GET());
    }

    /** One request and its response, kept for checking against the contract. */
    record Exchange(String method, String uri, int status, String contentType, String body, boolean commandService) {}

    /** Every exchange so far, in order. */
    final List<Exchange> exchanges = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /** An access token of a demo account of the realm. */
    String token(String username) {
        return identity.token(username);
    }

    /** The account id (token subject) of a demo account: what events record as recordedBy. */
    String subject(String username) {
        return identity.subject(username);
    }

    /** Sends as the demo account {@code username}. */
    Response sendAs(String username, HttpRequest.Builder request) {
        return send(request.header("Authorization", "Bearer " + token(username)));
    }

    /** Sends without any token. */
    Response sendAnonymous(HttpRequest.Builder request) {
        return exchange(request.timeout(Duration.ofSeconds(30)).build());
    }

    /**
     * Sends the request; one without an Authorization header is sent as {@link IdentityProvider#DEVELOPER},
     * the account with every role for the test municipalities.
     */
    Response send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        if (built.headers().firstValue("Authorization").isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true)
                    .header("Authorization", "Bearer " + token(IdentityProvider.DEVELOPER))
                    .build();
        }
        return exchange(built);
    }

    private Response exchange(HttpRequest built) {
        try {
            HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString());
            exchanges.add(new Exchange(
                    built.method(),
                    built.uri().toString(),
                    r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(""),
                    r.body(),
                    !built.uri().toString().startsWith(queryUrl())));
            return new Response(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The generation a family's rebuild builds, from the answer that started it: a family with few events can finish
     * its rebuild before the answer is written, and then names that generation as its active one.
     */
    static int rebuildingGeneration(com.fasterxml.jackson.databind.JsonNode family) {
        return family.has("rebuildingGeneration")
                ? family.get("rebuildingGeneration").asInt()
                : family.get("generation").asInt();
    }

    /** Polls the query service until {@code done} holds for the answer to {@code path}; fails after 30 s. */
    Response await(String path, Predicate<Response> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("gave up waiting for " + path + "; last answer: " + last);
    }

    @Override
    public void close() {
        extra.forEach(ConfigurableApplicationContext::close);
        query.close();
        command.close();
        client.getDatabase(database).drop();
        client.close();
        keyClient.close();
        keyStore.close();
        if (ownsStore) {
            store.close();
        }
    }
}
