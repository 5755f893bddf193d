package nl.netwerkregie.benchmark;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The system under measurement, started the way {@code ./run.sh} starts it: the embedded store and
 * both services as processes of their own, from the same jars. Tracks each process's peak memory.
 */
final class Processes implements AutoCloseable {
    private final Options options;
    private final Map<String, Process> running = new LinkedHashMap<>();
    private final Map<String, Long> peakRssKb = new LinkedHashMap<>();
    final String mongoUri;
    final String keysUri;
    /** The development Keycloak's issuer; the loader client signs in with client credentials. */
    final String issuer;

    final String database;
    final int commandPort;
    final int queryPort;

    Processes(Options options) throws IOException {
        this.options = options;
        Files.createDirectories(options.work);
        this.database = "netwerkregie_benchmark_" + options.seed;
        if (options.mongoUri == null) {
            int storePort = freePort();
            Path data = options.work.resolve("store.mv");
            Files.deleteIfExists(data);
            List<String> store = new ArrayList<>(List.of("java", "-Xmx4g"));
            store.addAll(STORE_JAVA_OPTS);
            store.addAll(List.of(
                    "-jar",
                    options.storeJar.toString(),
                    "--port",
                    String.valueOf(storePort),
                    "--data",
                    data.toString()));
            start("embedded-store", store, Map.of());
            awaitPort(storePort);
            this.mongoUri = "mongodb://127.0.0.1:" + storePort;
        } else {
            this.mongoUri = options.mongoUri;
        }
        int keysPort = freePort();
        Path keys = options.work.resolve("personal-data.mv");
        Files.deleteIfExists(keys);
        start(
                "personal-data-store",
                List.of(
                        "java",
                        "-jar",
                        options.storeJar.toString(),
                        "--port",
                        String.valueOf(keysPort),
                        "--data",
                        keys.toString()),
                Map.of());
        awaitPort(keysPort);
        this.keysUri = "mongodb://127.0.0.1:" + keysPort;
        this.issuer = startIdentityProvider();
        this.commandPort = freePort();
        this.queryPort = freePort();
        long start = System.nanoTime();
        startCommandService();
        startQueryService();
        awaitReady(commandPort);
        awaitReady(queryPort);
        this.startupSeconds = (System.nanoTime() - start) / 1e9;
    }

    /**
     * The embedded store's default Java options, as in run.sh: a short pause goal, and a young generation allowed to
     * shrink below G1's floor of 5% of the heap to meet it (docs/operations.md).
     */
    static final String STORE_DEFAULT =
            "-XX:MaxGCPauseMillis=20 -XX:+UnlockExperimentalVMOptions -XX:G1NewSizePercent=1";

    /** The embedded store's Java options: {@code STORE_JAVA_OPTS} from the environment, or {@link #STORE_DEFAULT}. */
    static final List<String> STORE_JAVA_OPTS = javaOptions("STORE_JAVA_OPTS", STORE_DEFAULT);

    /**
     * The services' Java options: {@code SERVICE_JAVA_OPTS} from the environment, or the default of run.sh
     * (docs/operations.md).
     */
    static final List<String> SERVICE_JAVA_OPTS = javaOptions("SERVICE_JAVA_OPTS", "-Xmx1g");

    private static List<String> javaOptions(String variable, String otherwise) {
        return List.of(java.util.Optional.ofNullable(System.getenv(variable))
                .filter(o -> !o.isBlank())
                .orElse(otherwise)
                .trim()
                .split("\\s+"));
    }

    /** {@code java}, the services' Java options, then {@code -jar jar}. */
    private static List<String> service(Path jar) {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(SERVICE_JAVA_OPTS);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /** Seconds from starting both service jars (the store already up) until both readiness probes answered UP. */
    final double startupSeconds;

    /** Waits until the service's readiness probe answers UP. */
    void awaitReady(int port) {
        await(port, "/actuator/health/readiness");
    }

    void startCommandService() throws IOException {
        start("command-service", service(options.commandJar), env(commandPort));
    }

    void startQueryService() throws IOException {
        start("query-service", service(options.queryJar), env(queryPort));
    }

    /**
     * Starts a read-only query-service instance (it builds no views) that lets reads wait up to a minute
     * for their consistency token; answers its port once it is ready.
     */
    int startReadOnlyQueryService() throws IOException {
        int port = freePort();
        Map<String, String> env = new java.util.HashMap<>(env(port));
        env.put("NETWERKREGIE_VIEWS_PROCESSEVENTS", "false");
        env.put("NETWERKREGIE_CONSISTENCY_MAXWAITMS", "60000");
        start("query-service-read-only", service(options.queryJar), env);
        awaitReady(port);
        return port;
    }

    void stop(String name) {
        Process p = running.remove(name);
        if (p != null) {
            sampleRss(name, p);
            p.destroy();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void awaitHealth(int port) {
        await(port, "/actuator/health");
    }

    private void await(int port, String path) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            running.forEach((name, p) -> {
                if (!p.isAlive()) {
                    throw new IllegalStateException(name + " stopped; see " + options.work.resolve(name + ".log"));
                }
            });
            sleep(250);
        }
        throw new IllegalStateException("service on port " + port + " did not become healthy");
    }

    /**
     * Runs a full garbage collection in the running process {@code name} ({@code jcmd <pid> GC.run}, of this JDK),
     * so that the heap it uses right after is what it still holds.
     */
    void collectGarbage(String name) throws IOException, InterruptedException {
        Process p = running.get(name);
        if (p == null) {
            throw new IllegalStateException(name + " is not running");
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(p.pid()), "GC.run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!gc.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) || gc.exitValue() != 0) {
            gc.destroyForcibly();
            throw new IllegalStateException("jcmd GC.run did not succeed for " + name);
        }
    }

    /**
     * The live objects of the running process {@code name} by class, after a full collection
     * ({@code jcmd <pid> GC.class_histogram}): the histogram's lines, the last one its total. While a thread of the
     * process holds the collector off (a JNI critical section, as the zip streams' {@code Deflater} takes for every
     * block it compresses), the JVM skips that collection and counts every object, dead ones too, logging "{@value
     * #SKIPPED}" to the process's log: such a histogram is taken again, up to {@value #HISTOGRAM_TRIES} times, and
     * when every try was skipped there is none ({@code null}).
     */
    List<String> liveHistogram(String name) throws IOException, InterruptedException {
        Path log = options.work.resolve(name + ".log");
        for (int attempt = 0; attempt < HISTOGRAM_TRIES; attempt++) {
            long skippedBefore = skippedCollections(log);
            List<String> lines = histogram(name);
            if (skippedCollections(log) == skippedBefore) {
                return lines;
            }
            sleep(10);
        }
        return null;
    }

    /** What the JVM logs when it skips the collection before a class histogram. */
    static final String SKIPPED = "pre-dump GC was skipped";

    static final int HISTOGRAM_TRIES = 50;

    /** How many histograms of the process so far were counted without their collection. */
    static long skippedCollections(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        try (java.util.stream.Stream<String> lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            return lines.filter(l -> l.contains(SKIPPED)).count();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<String> histogram(String name) throws IOException, InterruptedException {
        Process p = running.get(name);
        if (p == null) {
            throw new IllegalStateException(name + " is not running");
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process h = new ProcessBuilder(jcmd.toString(), String.valueOf(p.pid()), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        List<String> lines;
        try (java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(h.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            lines = r.lines().toList();
        }
        if (!h.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || h.exitValue() != 0) {
            h.destroyForcibly();
            throw new IllegalStateException("jcmd GC.class_histogram did not succeed for " + name);
        }
        return lines;
    }

    /** The total live bytes of a {@link #liveHistogram}, in MiB. */
    static double liveMib(List<String> histogram) {
        for (int i = histogram.size() - 1; i >= 0; i--) {
            String line = histogram.get(i).trim();
            if (line.startsWith("Total")) {
                String[] parts = line.split("\\s+");
                return Long.parseLong(parts[parts.length - 1]) / (1024.0 * 1024.0);
            }
        }
        throw new IllegalStateException("no total in the class histogram");
    }

    /** Peak resident memory (VmHWM) per process in MiB, sampled now for those still running. */
    Map<String, Double> peakRssMib() {
        running.forEach(this::sampleRss);
        Map<String, Double> out = new LinkedHashMap<>();
        peakRssKb.forEach((k, v) -> out.put(k, v / 1024.0));
        return out;
    }

    private void sampleRss(String name, Process p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    peakRssKb.merge(name, kb, Math::max);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process is gone or /proc is not there: nothing to sample
        }
    }

    /** Keycloak with the committed realm, on a free port and an in-memory database; answers its issuer once up. */
    private String startIdentityProvider() throws IOException {
        if (options.keycloakHome == null) {
            throw new IllegalStateException("--keycloak-home is required (benchmark.sh sets it)");
        }
        int port = freePort();
        Path imports = options.keycloakHome.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(
                options.realm,
                imports.resolve("netwerkregie-realm.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> env = new java.util.HashMap<>();
        Path temurin = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
        if (Files.isExecutable(temurin.resolve("bin/java"))) {
            env.put("JAVA_HOME", temurin.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(
                        options.keycloakHome.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--http-management-port=" + freePort(),
                        "--import-realm",
                        "--db=dev-mem")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        options.work.resolve("keycloak.log").toFile()));
        pb.environment().putAll(env);
        running.put("keycloak", pb.start());
        String issuer = "http://127.0.0.1:" + port + "/realms/netwerkregie";
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return issuer;
                }
            } catch (IOException notYet) {
                // starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak did not start; see " + options.work.resolve("keycloak.log"));
    }

    private Map<String, String> env(int port) {
        return Map.of(
                "OIDC_ISSUER_URI",
                issuer,
                "PERSONAL_DATA_URI",
                keysUri,
                // the benchmark drives the services as one account, far beyond a client's rate limit
                "NETWERKREGIE_SECURITY_RATELIMIT_REQUESTSPERSECOND",
                "0",
                "MONGODB_URI",
                mongoUri,
                "MONGODB_DATABASE",
                database,
                "PORT",
                String.valueOf(port),
                "EVENT_STORE_ENGINE",
                options.engine);
    }

    private void start(String name, List<String> command, Map<String, String> env) throws IOException {
        List<String> cmd = new ArrayList<>(command);
        cmd.add(1, "-Daxoniq.update-checker.disabled=true");
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        options.work.resolve(name + ".log").toFile()));
        pb.environment().putAll(env);
        running.put(name, pb.start());
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port) {
        for (int i = 0; i < 200; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                sleep(100);
            }
        }
        throw new IllegalStateException("embedded store did not start on port " + port);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        List<String> names = new ArrayList<>(running.keySet());
        java.util.Collections.reverse(names);
        names.forEach(this::stop);
    }
}
