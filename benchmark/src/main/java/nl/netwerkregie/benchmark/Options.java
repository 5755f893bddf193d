package nl.netwerkregie.benchmark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The command-line flags of the benchmark, with their defaults. */
final class Options {
    long seed = 42;
    int clients = 8;
    int smallStore = 1_000;
    int largeStore = 100_000;
    int bigThemeEvents = 50_000;
    int bigThemeActors = 5_000;
    int backdatedPercent = 10;
    int commandSeconds = 20;
    int rawSeconds = 10;
    int queries = 200;
    int readSeconds = 150;
    int replayTimeoutSeconds = 480;
    String mongoUri;
    String engine = EventLog.GLOBAL_SEQUENCE;
    Path work = Path.of("target", "benchmark");
    Path out = Path.of("benchmark-result.json");
    Path storeJar;
    Path commandJar;
    Path queryJar;
    /** Keycloak's unpacked distribution (benchmark.sh fetches it into .identity/, as run.sh does). */
    Path keycloakHome;

    Path realm = Path.of("identity/netwerkregie-realm.json");

    static final String USAGE = """
            Usage: ./benchmark.sh [flags]
              --seed N                 seed of the synthetic load (42)
              --clients N              concurrent HTTP clients for the command rate (8)
              --small-store N          events in the store at the first scale point (1000)
              --large-store N          events in the store at the second scale point (100000)
              --big-theme-events N     events of the one large theme (50000)
              --big-theme-actors N     actors in the large theme (5000)
              --backdated-percent N    share of position shifts recorded back-dated, out of order (10)
              --command-seconds N      length of each command-rate window (20)
              --raw-seconds N          length of each raw-driver insert window (10)
              --queries N              requests per read figure, at most (200)
              --read-seconds N         time the read figures may take; fewer requests are made when reads are slow (150)
              --replay-timeout N       seconds the full replay may take before it is reported unfinished (480)
              --engine NAME            event storage engine of the services: global-sequence or axon-mongo (global-sequence)
              --mongodb-uri URI        use this MongoDB instead of starting the embedded store
              --work DIR               data and logs of this run (target/benchmark)
              --out FILE               the JSON result (benchmark-result.json)
            """;

    static Options parse(String[] args) {
        Options o = new Options();
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "\n" + USAGE);
            }
            given.put(args[i].substring(2), args[++i]);
        }
        given.forEach((k, v) -> {
            switch (k) {
                case "seed" -> o.seed = Long.parseLong(v);
                case "clients" -> o.clients = Integer.parseInt(v);
                case "small-store" -> o.smallStore = Integer.parseInt(v);
                case "large-store" -> o.largeStore = Integer.parseInt(v);
                case "big-theme-events" -> o.bigThemeEvents = Integer.parseInt(v);
                case "big-theme-actors" -> o.bigThemeActors = Integer.parseInt(v);
                case "backdated-percent" -> o.backdatedPercent = Integer.parseInt(v);
                case "command-seconds" -> o.commandSeconds = Integer.parseInt(v);
                case "raw-seconds" -> o.rawSeconds = Integer.parseInt(v);
                case "queries" -> o.queries = Integer.parseInt(v);
                case "read-seconds" -> o.readSeconds = Integer.parseInt(v);
                case "replay-timeout" -> o.replayTimeoutSeconds = Integer.parseInt(v);
                case "mongodb-uri" -> o.mongoUri = v;
                case "engine" -> o.engine = v;
                case "work" -> o.work = Path.of(v);
                case "out" -> o.out = Path.of(v);
                case "store-jar" -> o.storeJar = Path.of(v);
                case "command-jar" -> o.commandJar = Path.of(v);
                case "query-jar" -> o.queryJar = Path.of(v);
                case "keycloak-home" -> o.keycloakHome = Path.of(v);
                default -> throw new IllegalArgumentException("unknown flag --" + k + "\n" + USAGE);
            }
        });
        if (o.bigThemeEvents + o.bigThemeActors + o.smallStore > o.largeStore) {
            throw new IllegalArgumentException(
                    "--large-store must hold the large theme, its actors and the small store");
        }
        return o;
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", seed);
        m.put("clients", clients);
        m.put("smallStore", smallStore);
        m.put("largeStore", largeStore);
        m.put("bigThemeEvents", bigThemeEvents);
        m.put("bigThemeActors", bigThemeActors);
        m.put("backdatedPercent", backdatedPercent);
        m.put("commandSeconds", commandSeconds);
        m.put("rawSeconds", rawSeconds);
        m.put("queries", queries);
        m.put("readSeconds", readSeconds);
        m.put("engine", engine);
        m.put("store", mongoUri == null ? "embedded (mongo-java-server, H2 file)" : "given MongoDB URI");
        return m;
    }
}
