package nl.netwerkregie.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.netwerkregie.platform.json.JsonConfiguration;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import org.bson.Document;

/**
 * Measures the running system over real HTTP and, in the same run and on the same store, the raw
 * MongoDB driver, so that every figure has its physical limit beside it. Prints one table and
 * writes the same as JSON. See {@link Options#USAGE} for the flags and BENCHMARKS.md for a result.
 */
public final class Benchmark {
    private static final String GM = "GM9901";
    private static final LocalDate CYCLE_START = LocalDate.of(2023, 1, 2);
    /** What survives the switch to the large store besides the event store itself. */
    private static final Set<String> KEPT_COLLECTIONS = Set.of("personal_data_keys", "demo_data");

    private final Options options;
    private final Random random;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();

    private Benchmark(Options options) {
        this.options = options;
        this.random = new Random(options.seed);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Instant started = Instant.now();
        Benchmark benchmark = new Benchmark(options);
        Map<String, Double> rss;
        RuntimeException stopped = null;
        try (Processes system = new Processes(options);
                MongoClient client = MongoClients.create(system.mongoUri)) {
            try {
                benchmark.run(system, client.getDatabase(system.database));
            } catch (RuntimeException e) {
                stopped = e; // report what was measured before it stopped
            }
            rss = system.peakRssMib();
        }
        benchmark.report(started, rss);
        if (stopped != null) {
            System.err.println("The run stopped early: " + stopped.getMessage());
            System.exit(1);
        }
    }

    private void run(Processes system, MongoDatabase db) throws Exception {
        EventLog log = new EventLog(options.engine, db);
        Api api = new Api(system.commandPort, system.queryPort, system.issuer);
        figures.add(new Figure(
                "start-up: both service jars to both readiness probes UP",
                system.startupSeconds,
                "s",
                null,
                null,
                null,
                "<= 30 s",
                system.startupSeconds <= 30,
                "the store already running"));
        // 1. a small store, recorded through the API
        List<String> themes = restLoad(api, log, options.smallStore);
        long small = log.count();
        measureCommands(api, db, log, themes, size(options.smallStore), small);
        double smallReplay = measureReplayOperation(api, log, size(options.smallStore));

        // 2. grow the store to the large size by writing events directly, with the query service stopped
        system.stop("query-service");
        for (String name : db.listCollectionNames()) {
            if (!EventLog.COLLECTIONS.contains(name) && !KEPT_COLLECTIONS.contains(name)) {
                db.getCollection(name).drop();
            }
        }
        Seeder seeder = new Seeder(log, JsonConfiguration.eventMapper(), options.seed, options.backdatedPercent);
        long toSeed = options.largeStore - log.count();
        seeder.startClockAt(Instant.now().minusMillis(5 * (toSeed + 1_000)));
        Progress seeding = new Progress("seeding the event store", toSeed);
        seeder.progress(seeding);
        MunicipalityCode gm = new MunicipalityCode(GM);
        Seeder.SeededTheme big = seeder.theme(
                gm,
                new BuurtCode("BU99010001"),
                "Het grote thema",
                CYCLE_START,
                options.bigThemeEvents,
                options.bigThemeActors);
        // a theme with three programme cycles and 10,000 events, for "a cycle on a date"
        Seeder.SeededTheme network = seeder.theme(
                gm,
                new BuurtCode("BU99010002"),
                "Het thema met drie cycli",
                CYCLE_START,
                CYCLED_EVENTS - 476,
                200); // the programme adds 476
        cycled = seeder.programme(network, CYCLE_START, 3);
        // its stelselmatrix in that buurt, 10,000 events, for "a matrix on a date"
        matrixId = seeder.matrix(network, new BuurtCode("BU99010002"), CYCLE_START, MATRIX_EVENTS);
        details.put("cycledThemeEvents", cycled.themeEvents());
        // a municipality of 1,000 buurten with three cycles each, for the researchers' comparison
        long beforeResearch = seeder.written();
        seeder.researchMunicipality(
                new MunicipalityCode(RESEARCH_GM), RESEARCH_BUURTEN, 6, 3, CYCLE_START.minusYears(6));
        details.put("researchMunicipalityEvents", seeder.written() - beforeResearch);
        List<Seeder.SeededTheme> background = new ArrayList<>();
        int perTheme = 200;
        int actorsPerTheme = 20;
        while (seeder.written() + perTheme + actorsPerTheme <= toSeed) {
            int n = background.size();
            background.add(seeder.theme(
                    new MunicipalityCode(String.format("GM99%02d", 2 + n % 20)),
                    new BuurtCode(String.format("BU99%02d%04d", 2 + n % 20, 1 + n % 50)),
                    "Thema " + (n + 1),
                    CYCLE_START.plusDays(n % 300),
                    perTheme,
                    actorsPerTheme));
        }
        seeding.done();
        long large = log.count();
        details.put("largeStoreEvents", large);

        // 3. full replay of every projection: start the query service on an empty projection database
        double rawScan = rawScan(log);
        measureReplay(system, api, db, big, background, large, rawScan);

        // 4. the command rate again, now on the large store, against existing themes of the large store
        List<String> existing = new ArrayList<>();
        background.stream().limit(options.clients).forEach(t -> existing.add(t.municipality() + "/" + t.themeId()));
        measureCommands(api, db, log, existing.isEmpty() ? themes : existing, size(options.largeStore), large);
        Figure smallRate =
                find("commands/s over REST, " + options.clients + " clients, store " + size(options.smallStore));
        Figure largeRate =
                find("commands/s over REST, " + options.clients + " clients, store " + size(options.largeStore));
        double flat = largeRate.value() / smallRate.value();
        figures.add(new Figure(
                "command rate at " + size(options.largeStore) + " / at " + size(options.smallStore),
                flat,
                "ratio",
                null,
                null,
                null,
                ">= 0.8 (flat)",
                flat >= 0.8,
                null));

        // 5. one command at a time on the large theme and on a small one: a snapshot and the cache make them cost the
        // same
        measureCommandLatency(api, big);

        // 6. reads of the large theme, against the same documents read with the raw driver
        measureQueries(api, db, big);
        measureCycles(api, db);
        measureVerification(api, db, big);
        measureMatrix(api, db);
        measureIndicatorUpload(api, db);
        measureComparison(api);
        measureMunicipalityExport(api, system);
        measureThemeExportMemory(api, system, big);
        measureDataPackage(api, system);

        // 6b. ordinary reads of a read-only instance while 400 reads wait there for a version nothing projects yet
        measureWaitingReads(system, api, big);

        // 7. the replay operation on the large store, last: an unfinished replay leaves the views incomplete
        double largeReplay = measureReplayOperation(api, log, size(options.largeStore));
        double replayFlat = largeReplay / smallReplay;
        figures.add(new Figure(
                "replay rate at " + size(options.largeStore) + " / at " + size(options.smallStore),
                replayFlat,
                "ratio",
                null,
                null,
                null,
                ">= 0.8 (flat)",
                replayFlat >= 0.8,
                null));
    }

    // ---- phase 1: a small store through the API ----

    private List<String> restLoad(Api api, EventLog log, int target) {
        Progress progress = new Progress("recording a small store via REST", target);
        List<String> themes = new ArrayList<>();
        List<String> buurten = List.of("BU99010001", "BU99010002");
        long stored = log.count();
        int round = 0;
        while (stored < target) {
            String theme = api.nameTheme(GM, "Thema via de API " + (++round), buurten, CYCLE_START);
            themes.add(GM + "/" + theme);
            List<String> actors = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                actors.add(api.registerOrganisation(GM, "Organisatie " + round + "-" + i));
            }
            List<String> ingredients =
                    api.addIngredients(GM, theme, List.of("Idee A", "Idee B", "Gebouw C"), CYCLE_START);
            api.addSchakel(GM, theme, actors.get(0), ingredients.get(0), CYCLE_START.plusDays(10));
            for (int i = 0; i < 80 && stored + i < target + 10; i++) {
                String actor = actors.get(i % actors.size());
                boolean take = (i / actors.size()) % 2 == 0;
                LocalDate date = CYCLE_START.plusDays(20 + i * 3L);
                api.shift(
                        GM, theme, actor, take ? List.of("USER") : List.of(), take ? List.of() : List.of("USER"), date);
                if (i % 20 == 0) {
                    progress.update(stored + i);
                }
            }
            stored = log.count();
            progress.update(stored);
        }
        progress.done();
        return themes;
    }

    // ---- command rate and projection lag ----

    private void measureCommands(
            Api api, MongoDatabase db, EventLog log, List<String> themes, String size, long storedAtStart)
            throws Exception {
        double raw = rawInserts(db, size);
        int clients = options.clients;
        List<String[]> targets = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String[] gmTheme = themes.get(c % themes.size()).split("/");
            String actor = api.registerOrganisation(gmTheme[0], "Klant " + size + "-" + c);
            targets.add(new String[] {gmTheme[0], gmTheme[1], actor});
        }
        String probeTheme = api.nameTheme(GM, "Meetthema " + size, List.of("BU99010001"), CYCLE_START);
        diagnose(log, targets.get(0)[1], size);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Stats lag = new Stats();
        long deadline =
                System.nanoTime() + Duration.ofSeconds(options.commandSeconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String[] t = targets.get(c);
            int client = c;
            work.add(pool.submit(() -> {
                boolean holdsUser = false;
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    try {
                        switch (i % 4) {
                            case 0 -> api.registerOrganisation(GM, "Nieuw " + size + "-" + client + "-" + i);
                            case 1 ->
                                api.nameTheme(
                                        GM,
                                        "Nieuw thema " + size + "-" + client + "-" + i,
                                        List.of("BU99010002"),
                                        CYCLE_START);
                            case 2 -> api.addIngredients(t[0], t[1], List.of("Meting " + i), LocalDate.now());
                            default -> {
                                api.shift(
                                        t[0],
                                        t[1],
                                        t[2],
                                        holdsUser ? List.of() : List.of("USER"),
                                        holdsUser ? List.of("USER") : List.of(),
                                        null);
                                holdsUser = !holdsUser;
                            }
                        }
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        long windowStart = System.nanoTime();
        // when the window began on the wall clock: to place a slow sample beside the processes' own recordings
        String windowStartedAt = Instant.now().toString();
        List<List<Double>> lagTimeline = java.util.Collections.synchronizedList(new ArrayList<>());
        work.add(pool.submit(() -> probeLag(api, probeTheme, deadline, lag, windowStart, lagTimeline)));
        Progress progress = new Progress("commands at " + size + " (" + clients + " clients)", options.commandSeconds);
        long start = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Processes.sleep(250);
            progress.update((System.nanoTime() - start) / 1_000_000_000L);
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        progress.done();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = done.get() / seconds;
        details.put(
                "commands" + size,
                Map.of(
                        "accepted",
                        done.get(),
                        "failed",
                        failed.get(),
                        "seconds",
                        seconds,
                        "storedEventsAtStart",
                        storedAtStart,
                        "lagSamples",
                        lag.count(),
                        "lagTimeline",
                        List.copyOf(lagTimeline),
                        "windowStartedAt",
                        windowStartedAt));
        figures.add(new Figure(
                "commands/s over REST, " + clients + " clients, store " + size,
                rate,
                "cmd/s",
                raw,
                "raw insertOne/s, " + clients + " threads",
                rate / raw,
                ">= 0.5x",
                rate / raw >= 0.5,
                failed.get() == 0 ? null : failed.get() + " commands failed"));
        double p99 = lag.percentile(99);
        figures.add(new Figure(
                "projection lag p50, store " + size,
                lag.percentile(50),
                "ms",
                null,
                null,
                null,
                "-",
                null,
                lag.count() + " samples after " + LAG_WARM_UP + " warm-up"));
        figures.add(new Figure(
                "projection lag p99, store " + size,
                p99,
                "ms",
                null,
                null,
                null,
                "<= 250 ms",
                p99 <= 250,
                lag.count() + " samples after " + LAG_WARM_UP + " warm-up"));
    }

    /**
     * What the event store engine asks of the store for every command on an existing theme (load its
     * events) and for every poll of a processor that is up to date (the next batch), timed with the
     * raw driver. Axon's engine asks for a filter and a sort, which a server without secondary
     * indexes answers by scanning the event collection; the global-sequence engine asks for keys.
     */
    private void diagnose(EventLog log, String themeId, String size) {
        Stats load = new Stats();
        Stats poll = new Stats();
        for (int i = -2; i < 20; i++) {
            time(i, load, () -> log.loadAggregate(themeId, 1_000));
            time(i, poll, () -> log.poll(1_000));
        }
        figures.add(new Figure(
                "raw: load one theme's events, store " + size,
                load.percentile(50),
                "ms p50",
                null,
                null,
                null,
                "diagnostic",
                null,
                "the query behind every command on an existing theme"));
        figures.add(new Figure(
                "raw: a processor's poll for new events, store " + size,
                poll.percentile(50),
                "ms p50",
                null,
                null,
                null,
                "diagnostic",
                null,
                "the query behind every poll of a processor"));
    }

    private static String size(long events) {
        return events % 1_000 == 0 ? events / 1_000 + "k" : String.valueOf(events);
    }

    /**
     * Samples of the lag left out of its figures, as every read figure leaves out its first three rounds: the first
     * commands and reads of a window run code the services have not compiled yet (the first sample took 2.0 to 3.2 s in
     * runs V, W and reduced run 6, the rest at most 1.0 s). They stay in {@code lagTimeline}.
     */
    private static final int LAG_WARM_UP = 3;

    /**
     * Changes the story of a theme of its own and times until the history shows the new event: a read with the
     * command's consistency token, which the query service answers as soon as the history family includes it
     * (asked again if the gate gives up after its longest wait). The first {@value #LAG_WARM_UP} samples are warm-up.
     */
    private static void probeLag(
            Api api, String theme, long deadline, Stats lag, long windowStart, List<List<Double>> timeline) {
        int events = 1;
        while (System.nanoTime() < deadline) {
            String token = api.changeStory(GM, theme, "Meting " + events);
            long accepted = System.nanoTime();
            events++;
            String page = "/v1/municipalities/" + GM + "/themes/" + theme + "/history?pageSize=1&page=" + events;
            long giveUp = accepted + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < giveUp) {
                Api.Response r = api.get(page, token);
                if (r.status() == 200 && r.json().get("events").size() == 1) {
                    double millis = (System.nanoTime() - accepted) / 1e6;
                    if (events > 1 + LAG_WARM_UP) {
                        lag.add(millis);
                    }
                    // when in the window each sample was taken (the warm-up ones too), so that the slowest can be
                    // placed
                    timeline.add(List.of(Math.round((accepted - windowStart) / 1e6) / 1e3, millis));
                    break;
                }
                if (r.status() == 200) {
                    throw new IllegalStateException("the history answered without the event of " + token);
                }
            }
        }
    }

    private double rawInserts(MongoDatabase db, String size) throws Exception {
        MongoCollection<Document> raw = db.getCollection("benchmark_raw_inserts");
        AtomicLong inserted = new AtomicLong();
        long deadline =
                System.nanoTime() + Duration.ofSeconds(options.rawSeconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(options.clients);
        String payload = "x".repeat(400);
        Progress progress = new Progress("raw driver inserts at " + size, options.rawSeconds);
        long start = System.nanoTime();
        for (int c = 0; c < options.clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    raw.insertOne(new Document(
                                    "aggregateIdentifier", UUID.randomUUID().toString())
                            .append("sequenceNumber", 0L)
                            .append("serializedPayload", payload)
                            .append("timestamp", Instant.now().toString()));
                    inserted.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(250, TimeUnit.MILLISECONDS)) {
            progress.update((System.nanoTime() - start) / 1_000_000_000L);
        }
        progress.done();
        double rate = inserted.get() / ((System.nanoTime() - start) / 1e9);
        raw.drop();
        return rate;
    }

    // ---- replay ----

    private double rawScan(EventLog log) {
        double best = 0;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            long n = log.scan();
            best = Math.max(best, n / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }

    private void measureReplay(
            Processes system,
            Api api,
            MongoDatabase db,
            Seeder.SeededTheme big,
            List<Seeder.SeededTheme> background,
            long events,
            double rawScan)
            throws IOException {
        long start = System.nanoTime();
        system.startQueryService();
        system.awaitHealth(system.queryPort);
        Seeder.SeededTheme last = background.isEmpty() ? big : background.get(background.size() - 1);
        Progress progress = new Progress("full replay of every projection", 1_000);
        long deadline = start + Duration.ofSeconds(options.replayTimeoutSeconds).toNanos();
        boolean finished = false;
        Map<String, Double> familyDone = new java.util.TreeMap<>();
        while (System.nanoTime() < deadline) {
            long bigDone = historyCount(api, big);
            long lastDone = historyCount(api, last);
            progress.update(500 * bigDone / big.themeEvents() + 500 * lastDone / last.themeEvents());
            if (bigDone == big.themeEvents() && lastDone == last.themeEvents() && caughtUp(api, familyDone, start)) {
                finished = true;
                break;
            }
            Processes.sleep(500);
        }
        progress.done();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = events / seconds;
        details.put(
                "replay",
                Map.of("events", events, "seconds", seconds, "finished", finished, "familySeconds", familyDone));
        figures.add(new Figure(
                "full replay of all projections",
                finished ? rate : Double.NaN,
                "events/s",
                rawScan,
                "raw cursor scan of the event collection, events/s",
                finished ? rate / rawScan : null,
                ">= 0.5x",
                finished && rate / rawScan >= 0.5,
                finished
                        ? events + " events in " + String.format(Locale.ROOT, "%.0f s", seconds)
                        : "not finished within " + options.replayTimeoutSeconds + " s"));
        if (!finished) {
            throw new IllegalStateException("the replay did not finish within " + options.replayTimeoutSeconds
                    + " s; the read figures would be of an incomplete view (raise --replay-timeout)");
        }
    }

    /**
     * The replay operation of a running query service ({@code POST /v1/projections/replays}): clears
     * every view and rebuilds it from the event store. Timed from the request until every segment has
     * caught up, so the query service's start-up is not in it (unlike the rebuild on a fresh service).
     */
    private double measureReplayOperation(Api api, EventLog log, String size) {
        awaitCaughtUp(api, 120);
        long events = log.count();
        long start = System.nanoTime();
        Api.Response accepted = api.postQuery("/v1/projections/replays");
        if (accepted.status() != 202) {
            throw new IllegalStateException("replay refused: " + accepted.status() + " " + accepted.body());
        }
        Processes.sleep(200);
        Map<String, Double> familyDone = new java.util.TreeMap<>();
        boolean finished = awaitCaughtUp(api, options.replayTimeoutSeconds, familyDone, start);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = events / seconds;
        details.put(
                "replayOperation" + size,
                Map.of("events", events, "seconds", seconds, "finished", finished, "familySeconds", familyDone));
        figures.add(new Figure(
                "replay via POST /v1/projections/replays, store " + size,
                finished ? rate : Double.NaN,
                "events/s",
                null,
                null,
                null,
                "-",
                null,
                finished ? events + " events in " + String.format(Locale.ROOT, "%.1f s", seconds) : "not finished"));
        return finished ? rate : Double.NaN;
    }

    private static boolean awaitCaughtUp(Api api, int seconds) {
        return awaitCaughtUp(api, seconds, new java.util.HashMap<>(), System.nanoTime());
    }

    /** Waits until every family has caught up, noting in {@code familyDone} since when (seconds from {@code start}) each has stayed caught up. */
    private static boolean awaitCaughtUp(Api api, int seconds, Map<String, Double> familyDone, long start) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < deadline) {
            if (caughtUp(api, familyDone, start)) {
                return true;
            }
            Processes.sleep(100);
        }
        return false;
    }

    private static long historyCount(Api api, Seeder.SeededTheme theme) {
        Api.Response r = api.get(
                "/v1/municipalities/" + theme.municipality() + "/themes/" + theme.themeId() + "/history?pageSize=1");
        return r.status() == 200 ? r.json().get("total").asLong() : 0;
    }

    private static boolean caughtUp(Api api, Map<String, Double> familyDone, long start) {
        JsonNode status = api.get("/v1/projections").json();
        boolean all = status.get("families").size() > 0;
        for (JsonNode family : status.get("families")) {
            boolean done = family.get("caughtUp").asBoolean()
                    && !family.get("replaying").asBoolean();
            String name = family.get("processor").asText();
            if (done) {
                familyDone.putIfAbsent(name, Math.round((System.nanoTime() - start) / 1e8) / 10.0);
            } else {
                familyDone.remove(name);
            }
            all &= done;
        }
        return all;
    }

    // ---- command latency on a large and a small theme ----

    private void measureCommandLatency(Api api, Seeder.SeededTheme big) {
        String small = api.nameTheme(
                big.municipality(),
                "Klein thema",
                List.of(big.municipality().replace("GM", "BU") + "0001"),
                CYCLE_START);
        for (int i = 0; i < 9; i++) {
            api.changeStory(big.municipality(), small, "Verhaal " + i); // a theme of 10 events
        }
        Stats first = new Stats();
        Stats large = new Stats();
        Stats tiny = new Stats();
        int rounds = 200;
        Progress progress = new Progress("one command at a time, large and small theme", 2L * rounds);
        for (int i = -5; i < rounds; i++) {
            String story = "Meting " + i;
            time(i == -5 ? 0 : -1, first, () -> api.changeStory(big.municipality(), big.themeId(), story));
            time(i, large, () -> api.changeStory(big.municipality(), big.themeId(), story + "."));
            time(i, tiny, () -> api.changeStory(big.municipality(), small, story));
            progress.update(2L * Math.max(0, i));
        }
        progress.done();
        double ratio = large.percentile(50) / tiny.percentile(50);
        figures.add(new Figure(
                "command latency p50, " + big.themeEvents() + "-event theme",
                large.percentile(50),
                "ms",
                tiny.percentile(50),
                "the same command on a 10-event theme, p50",
                ratio,
                "<= 1.5x",
                ratio <= 1.5,
                "first command on the large theme after a restart: " + format(first.percentile(50)) + " ms"));
    }

    // ---- reads while consistency-token waits are in flight ----

    private void measureWaitingReads(Processes system, Api api, Seeder.SeededTheme big) throws Exception {
        int port = system.startReadOnlyQueryService();
        Api replica = new Api(system.commandPort, port, system.issuer);
        String ordinary = "/v1/municipalities/" + big.municipality() + "/themes/" + big.themeId()
                + "/history?pageSize=100&page=1";
        Stats idle = new Stats();
        for (int i = -5; i < 200; i++) {
            time(i, idle, () -> expectOk(replica.get(ordinary)));
        }
        system.stop("query-service"); // nothing projects now: the token of a new command waits
        String theme = api.nameTheme(GM, "Wachtend thema", List.of("BU99010001"), CYCLE_START);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<Void>>> waits = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            waits.add(http.sendAsync(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                                    + "/v1/municipalities/" + GM + "/themes/" + theme + "/history"))
                            .header("X-Consistency-Token", theme + ".0")
                            .header("Authorization", "Bearer " + api.token())
                            .timeout(Duration.ofSeconds(90))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int waiting = 0;
        while (System.nanoTime() < deadline && waiting < 400) {
            waiting = replica.get("/v1/projections").json().get("waitingReads").asInt();
            Processes.sleep(50);
        }
        Stats during = new Stats();
        for (int i = -5; i < 200; i++) {
            time(i, during, () -> expectOk(replica.get(ordinary)));
        }
        int stillWaiting =
                replica.get("/v1/projections").json().get("waitingReads").asInt();
        system.startQueryService();
        system.awaitHealth(system.queryPort);
        long answered = 0;
        for (var w : waits) {
            answered += w.get(120, TimeUnit.SECONDS).statusCode() == 200 ? 1 : 0;
        }
        system.stop("query-service-read-only");
        double ratio = during.percentile(95) / idle.percentile(95);
        figures.add(new Figure(
                "ordinary reads p95 with 400 token waits in flight",
                during.percentile(95),
                "ms",
                idle.percentile(95),
                "the same reads, no waits, p95",
                ratio,
                "<= 2x",
                ratio <= 2 && waiting >= 400,
                waiting + " waiting when measured, " + stillWaiting + " after; " + answered
                        + " of 400 answered 200 once the views caught up"));
    }

    // ---- reads ----

    /** Rows of the CSV upload measured. */
    private static final int UPLOAD_ROWS = 100_000;

    /**
     * A CSV upload of 100,000 rows (50 buurten × 50 indicators × 40 periods) over REST until its consistency
     * token is visible in the query service, beside a raw {@code insertMany} of the same rows as documents.
     */
    private void measureIndicatorUpload(Api api, MongoDatabase db) {
        StringBuilder csv = new StringBuilder("buurt,period,indicator,value,level\n");
        List<Document> rows = new ArrayList<>();
        for (int i = 0; i < UPLOAD_ROWS; i++) {
            String buurt = String.format("BU9901%04d", 1 + i % 50);
            String indicator = "indicator." + (i / 50) % 50;
            String period = String.valueOf(1980 + i / 2_500);
            double value = (i % 997) / 10.0;
            csv.append(buurt)
                    .append(',')
                    .append(period)
                    .append(',')
                    .append(indicator)
                    .append(',')
                    .append(value)
                    .append(",LOCAL\n");
            rows.add(new Document("buurt", buurt)
                    .append("period", period)
                    .append("indicator", indicator)
                    .append("value", value)
                    .append("level", "LOCAL"));
        }
        long started = System.nanoTime();
        Api.Response r = api.uploadIndicators(GM, csv.toString());
        if (r.status() != 201) {
            throw new IllegalStateException("upload refused: " + r.status() + " " + r.body());
        }
        double recordedMs = (System.nanoTime() - started) / 1e6;
        String token = r.json().get("consistencyToken").asText();
        String read = "/v1/municipalities/" + GM + "/buurten/BU99010001/indicators?consistencyToken=" + token;
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (api.get(read).status() != 200 && System.nanoTime() < deadline) {
            sleep(50);
        }
        double visibleMs = (System.nanoTime() - started) / 1e6;
        MongoCollection<Document> scratch = db.getCollection("benchmark_upload_rows");
        scratch.drop();
        long rawStarted = System.nanoTime();
        scratch.insertMany(rows);
        double rawMs = (System.nanoTime() - rawStarted) / 1e6;
        scratch.drop();
        double rate = UPLOAD_ROWS / (recordedMs / 1000);
        double rawRate = UPLOAD_ROWS / (rawMs / 1000);
        figures.add(new Figure(
                "indicator upload, 100,000-row CSV (" + csv.length() / 1024 + " KiB): recorded",
                rate,
                "rows/s",
                rawRate,
                "raw insertMany of the same rows, rows/s",
                rate / rawRate,
                "reported",
                null,
                String.format(
                        java.util.Locale.ROOT, "recorded in %.0f ms, in the views in %.0f ms", recordedMs, visibleMs)));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Events of the stelselmatrix measured. */
    private static final int MATRIX_EVENTS = 10_000;

    private String matrixId;

    /** A matrix on a date (10,000 events, 10% back-dated), beside the raw read of the document that read needs. */
    private void measureMatrix(Api api, MongoDatabase db) {
        String base =
                "/v1/municipalities/" + cycled.municipality() + "/themes/" + cycled.themeId() + "/matrices/BU99010002";
        MongoCollection<Document> matrices = db.getCollection("theme_matrices");
        Stats matrix = new Stats();
        Stats raw = new Stats();
        int rounds = Math.min(options.queries, 200);
        Progress progress = new Progress("a matrix on a date", rounds);
        for (int i = -3; i < rounds; i++) {
            LocalDate date = CYCLE_START.plusDays(random.nextInt(6 * 365));
            time(i, matrix, () -> expectOk(api.get(base + "?date=" + date)));
            time(i, raw, () -> {
                // everything an uncached read needs: the head and its sealed chunks
                Document head = matrices.find(Filters.eq("_id", matrixId)).first();
                int sealed = head == null || head.get("sealed") == null
                        ? 0
                        : head.get("sealed", Number.class).intValue();
                List<String> chunks = new ArrayList<>();
                for (int c = 0; c < sealed; c++) {
                    chunks.add(matrixId + "#" + c);
                }
                for (Document ignored : matrices.find(Filters.in("_id", chunks))) {
                    // read every chunk
                }
            });
            progress.update(Math.max(0, i));
        }
        progress.done();
        double p95 = matrix.percentile(95);
        figures.add(new Figure(
                "a matrix on a date p95, " + MATRIX_EVENTS + " events, 10% back-dated",
                p95,
                "ms",
                raw.percentile(95),
                "raw: its head and sealed chunks by _id, p95",
                p95 / raw.percentile(95),
                "<= 50 ms and <= 3x",
                p95 <= 50 && p95 / raw.percentile(95) <= 3,
                matrix.count() + " requests"));
    }

    /** The municipality of {@link #RESEARCH_BUURTEN} buurten with three cycles each. */
    private static final String RESEARCH_GM = "GM9922";

    private static final int RESEARCH_BUURTEN = 1_000;

    /**
     * The researchers' comparison of 1,000 buurten × 3 cycles: the first request after the views were built (every
     * row computed) and then repeated requests (rows used again while their fingerprint holds), each computing the
     * whole comparison and answering its first page of 1,000 rows.
     */
    private void measureComparison(Api api) {
        String path = "/v1/research/comparison?municipality=" + RESEARCH_GM + "&pageSize=1000";
        Stats cold = new Stats();
        time(0, cold, () -> {
            Api.Response r = api.get(path);
            expectOk(r);
            if (!r.body().contains("\"total\":" + (3 * RESEARCH_BUURTEN))) {
                throw new IllegalStateException("the comparison does not hold 3,000 rows: "
                        + r.body().substring(0, Math.min(300, r.body().length())));
            }
        });
        Stats warm = new Stats();
        int rounds = Math.min(options.queries, 50);
        Progress progress = new Progress("the comparison of 1,000 buurten x 3 cycles", rounds);
        for (int i = -2; i < rounds; i++) {
            time(i, warm, () -> expectOk(api.get(path)));
            progress.update(Math.max(0, i));
        }
        progress.done();
        figures.add(new Figure(
                "research comparison, " + RESEARCH_BUURTEN + " buurten x 3 cycles (3,000 rows, page of 1,000), p95",
                warm.percentile(95),
                "ms",
                null,
                null,
                null,
                "<= 500 ms",
                warm.percentile(95) <= 500,
                warm.count() + " requests; the first after the views were built: " + Math.round(cold.percentile(50))
                        + " ms; " + computedAhead()));
    }

    /** What the query service logged of computing the research municipality's comparison ahead of requests. */
    private String computedAhead() {
        try {
            for (String line : Files.readAllLines(options.work.resolve("query-service.log"))) {
                int at = line.indexOf("comparison rows of " + RESEARCH_GM + " computed ahead");
                if (at >= 0) {
                    int end = line.indexOf('"', at);
                    return "the query service, " + line.substring(at, end < 0 ? line.length() : end);
                }
            }
        } catch (IOException e) {
            return "its log unreadable";
        }
        return "not computed ahead in the log";
    }

    /**
     * The audit export of a municipality's whole history, for the research municipality (1,000 themes, 6,000 actors:
     * many small streams) and for the one with the 50,000-event theme (few large streams): events/s, and the
     * query service's heap sampled every 50 ms while it streams (the peak above what it used just before); then the
     * same export again while the query service is made to collect its garbage fully every 250 ms, its heap read
     * right after each collection: what the export still holds (its live set), above the live set just before.
     */
    private void measureMunicipalityExport(Api api, Processes system) throws Exception {
        Map<String, double[]> measured = new LinkedHashMap<>();
        Map<String, double[]> live = new LinkedHashMap<>();
        for (String gm : List.of(RESEARCH_GM, GM)) {
            live.put(gm, liveHeapWhileDownloading(api, system, "/v1/municipalities/" + gm + "/audit-export"));
            double before = api.queryHeapMib();
            double[] peak = {before};
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    double h = api.queryHeapMib();
                    if (!Double.isNaN(h)) {
                        peak[0] = Math.max(peak[0], h);
                    }
                    sleep(50);
                }
            });
            sampler.start();
            long started = System.nanoTime();
            Api.Download d = api.download("/v1/municipalities/" + gm + "/audit-export");
            double seconds = (System.nanoTime() - started) / 1e9;
            running.set(false);
            sampler.join();
            if (d.status() != 200) {
                throw new IllegalStateException("the audit export of " + gm + " answered " + d.status());
            }
            long events = 0;
            long streams = 0;
            try (java.util.zip.ZipInputStream zip =
                    new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(d.body()))) {
                for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().equals("manifest.json")) {
                        com.fasterxml.jackson.databind.JsonNode m =
                                new com.fasterxml.jackson.databind.ObjectMapper().readTree(zip.readAllBytes());
                        events = m.get("events").asLong();
                        streams = m.get("streams").size();
                    }
                }
            }
            measured.put(gm, new double[] {events / seconds, peak[0] - before, events, streams, seconds});
        }
        double[] many = measured.get(RESEARCH_GM);
        double[] large = measured.get(GM);
        for (Map.Entry<String, double[]> e : measured.entrySet()) {
            double[] m = e.getValue();
            figures.add(new Figure(
                    "audit export of municipality " + e.getKey() + " (" + (long) m[2] + " events, " + (long) m[3]
                            + " streams)",
                    m[0],
                    "events/s",
                    null,
                    null,
                    null,
                    "reported",
                    null,
                    Math.round(m[4] * 10) / 10.0 + " s; query-service heap +" + Math.round(m[1]) + " MiB at its peak"));
        }
        double[] liveMany = live.get(RESEARCH_GM);
        double[] liveLarge = live.get(GM);
        // flat: the export of the larger history holds no more than that of the smaller one, give or take the
        // buffers of one stream (16 MiB); holding the history would add tens of MiB for the 47,000 events more
        figures.add(new Figure(
                "audit export: live heap growth, " + (long) large[2] + " events / " + (long) many[2] + " events",
                liveLarge[0] - liveMany[0],
                "MiB",
                null,
                null,
                null,
                "<= 16 MiB (flat in the history's size)",
                liveLarge[0] - liveMany[0] <= 16,
                "live set above the one just before, at its peak: " + Math.round(liveLarge[0] * 10) / 10.0 + " MiB ("
                        + GM + ", " + (int) liveLarge[1] + " full collections) and "
                        + Math.round(liveMany[0] * 10) / 10.0 + " MiB (" + RESEARCH_GM + ", " + (int) liveMany[1]
                        + "); live objects after a full collection (jcmd GC.class_histogram), sampled continuously"));
    }

    /**
     * The query service's live heap while it streams the municipality's audit export: the peak of the heap used right
     * after a full collection, above that just before the export; and how many collections were sampled.
     */
    private double[] liveHeapWhileDownloading(Api api, Processes system, String path) throws Exception {
        // what the download holds, not what view families still working on the previous measure's events hold
        awaitCaughtUp(api, 120);
        List<String> baseline = system.liveHistogram("query-service");
        if (baseline == null) {
            throw new IllegalStateException("no live histogram of the query service before " + path);
        }
        double before = Processes.liveMib(baseline);
        double[] peak = {before, 0};
        List<List<String>> atPeak = new ArrayList<>(List.of(baseline));
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicReference<Exception> failed =
                new java.util.concurrent.atomic.AtomicReference<>();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                try {
                    List<String> histogram = system.liveHistogram("query-service");
                    if (histogram == null) {
                        continue; // every try counted dead objects too: no sample
                    }
                    double h = Processes.liveMib(histogram);
                    peak[1]++;
                    if (h > peak[0]) {
                        peak[0] = h;
                        atPeak.set(0, histogram);
                    }
                } catch (Exception e) {
                    failed.set(e);
                    return;
                }
                sleep(100);
            }
        });
        sampler.start();
        Api.Download d = api.download(path);
        running.set(false);
        sampler.join();
        if (failed.get() != null) {
            throw failed.get();
        }
        if (d.status() != 200) {
            throw new IllegalStateException(path + " answered " + d.status());
        }
        // what the query service held at the peak, beside what it held before: for the notes on memory
        String name = "live-heap-" + path.replaceAll("[^A-Za-z0-9]+", "-") + ".txt";
        List<String> report = new ArrayList<>();
        report.add("# " + path + ": live heap before " + Math.round(before) + " MiB, at the peak " + Math.round(peak[0])
                + " MiB");
        report.add("## at the peak");
        report.addAll(atPeak.get(0).subList(0, Math.min(25, atPeak.get(0).size())));
        report.add("## before");
        report.addAll(baseline.subList(0, Math.min(25, baseline.size())));
        Files.write(options.work.resolve(name), report);
        return new double[] {peak[0] - before, peak[1]};
    }

    /**
     * Flat in the history's size, with nothing else different: the live heap while the theme audit export streams the
     * 50,000-event theme beside the 10,000-event theme with three cycles (both one event per commit).
     */
    private void measureThemeExportMemory(Api api, Processes system, Seeder.SeededTheme big) throws Exception {
        double[] large = liveHeapWhileDownloading(
                api, system, "/v1/municipalities/" + big.municipality() + "/themes/" + big.themeId() + "/audit-export");
        double[] small = liveHeapWhileDownloading(
                api,
                system,
                "/v1/municipalities/" + cycled.municipality() + "/themes/" + cycled.themeId() + "/audit-export");
        figures.add(new Figure(
                "audit export: live heap growth, " + big.themeEvents() + "-event theme minus " + cycled.themeEvents()
                        + "-event theme",
                large[0] - small[0],
                "MiB",
                null,
                null,
                null,
                "<= 16 MiB (flat in the history's size)",
                large[0] - small[0] <= 16,
                "live set above the one just before, at its peak: " + Math.round(large[0] * 10) / 10.0 + " MiB ("
                        + (int) large[1] + " samples) and " + Math.round(small[0] * 10) / 10.0 + " MiB ("
                        + (int) small[1] + ")"));
    }

    /**
     * The researchers' Data Package of the research municipality (1,000 themes) and of the one with the 50,000-event
     * theme: rows/s and seconds, then the live heap while it streams, as for the audit export.
     */
    private void measureDataPackage(Api api, Processes system) throws Exception {
        Map<String, double[]> measured = new LinkedHashMap<>();
        for (String gm : List.of(RESEARCH_GM, GM)) {
            String path = "/v1/municipalities/" + gm + "/research/data-package?date=2030-12-31&study=benchmark";
            double[] live = liveHeapWhileDownloading(api, system, path);
            long started = System.nanoTime();
            Api.Download d = api.download(path);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (d.status() != 200) {
                throw new IllegalStateException("the data package of " + gm + " answered " + d.status());
            }
            long rows = 0;
            try (java.util.zip.ZipInputStream zip =
                    new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(d.body()))) {
                for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().equals("datapackage.json")) {
                        for (com.fasterxml.jackson.databind.JsonNode r :
                                new com.fasterxml.jackson.databind.ObjectMapper()
                                        .readTree(zip.readAllBytes())
                                        .get("resources")) {
                            rows += r.get("rows").asLong();
                        }
                    }
                }
            }
            measured.put(gm, new double[] {rows / seconds, seconds, rows, d.body().length, live[0], live[1]});
            figures.add(new Figure(
                    "research data package of " + gm + " (" + rows + " rows)",
                    rows / seconds,
                    "rows/s",
                    null,
                    null,
                    null,
                    "reported",
                    null,
                    Math.round(seconds * 10) / 10.0 + " s; " + Math.round(d.body().length / 1024.0) + " KiB zipped"));
        }
        double[] many = measured.get(RESEARCH_GM);
        double[] large = measured.get(GM);
        double bigger = Math.max(many[4], large[4]);
        figures.add(new Figure(
                "research data package: live heap growth, the larger of " + RESEARCH_GM + " and " + GM,
                bigger,
                "MiB",
                null,
                null,
                null,
                "<= 64 MiB (a batch of 100 themes, whatever the history)",
                bigger <= 64,
                "live set above the one just before, at its peak: " + Math.round(many[4] * 10) / 10.0 + " MiB ("
                        + RESEARCH_GM + ", " + (long) many[2] + " rows, " + (int) many[5] + " full collections) and "
                        + Math.round(large[4] * 10) / 10.0 + " MiB (" + GM + ", " + (long) large[2] + " rows, "
                        + (int) large[5] + ")"));
    }

    /** Events of the theme with three programme cycles. */
    private static final int CYCLED_EVENTS = 10_000;

    private Seeder.SeededTheme cycled;

    /** A cycle on a date, on the theme with three cycles, beside the raw read of the document that read needs. */
    /**
     * Verifying the large theme's hash chain and exporting its history for an audit, against reading the same
     * commits with the raw driver (key windows of 1,000, as the engine reads them) and doing nothing with them.
     */
    private void measureVerification(Api api, MongoDatabase db, Seeder.SeededTheme big) {
        String base = "/v1/municipalities/" + big.municipality() + "/themes/" + big.themeId();
        MongoCollection<Document> events = db.getCollection("events");
        Stats verify = new Stats();
        Stats export = new Stats();
        Stats raw = new Stats();
        long[] read = {0};
        Progress progress = new Progress("verify and export the large theme", 5);
        for (int i = -1; i < 5; i++) {
            time(i, verify, () -> {
                Api.Response r = api.get(base + "/verification");
                expectOk(r);
                if (!r.body().contains("\"intact\":true")) {
                    throw new IllegalStateException("the seeded chain does not verify: " + r.body());
                }
            });
            time(i, export, () -> expectOk(api.get(base + "/audit-export")));
            time(i, raw, () -> {
                long n = 0;
                for (long from = 0; ; from += 1_000) {
                    List<String> keys = new ArrayList<>();
                    for (long s = from; s < from + 1_000; s++) {
                        keys.add(big.themeId() + ":" + s);
                    }
                    int found = 0;
                    for (Document c : events.find(Filters.in("aggregateKey", keys))) {
                        n += c.getList("events", Document.class).size();
                        found++;
                    }
                    if (found == 0) {
                        break;
                    }
                }
                read[0] = n;
            });
            progress.update(Math.max(0, i));
        }
        progress.done();
        double rawRate = read[0] / (raw.percentile(50) / 1000);
        double verifyRate = read[0] / (verify.percentile(50) / 1000);
        double exportRate = read[0] / (export.percentile(50) / 1000);
        figures.add(new Figure(
                "verify the hash chain of the " + read[0] + "-event theme, p50",
                verifyRate,
                "events/s",
                rawRate,
                "raw: read its commits by key, events/s",
                verifyRate / rawRate,
                ">= 0.5x",
                verifyRate / rawRate >= 0.5,
                verify.count() + " requests, p50 " + Math.round(verify.percentile(50)) + " ms"));
        figures.add(new Figure(
                "audit export of the " + read[0] + "-event theme, p50",
                exportRate,
                "events/s",
                rawRate,
                "raw: read its commits by key, events/s",
                exportRate / rawRate,
                "reported",
                null,
                export.count() + " requests, p50 " + Math.round(export.percentile(50)) + " ms"));
    }

    private void measureCycles(Api api, MongoDatabase db) {
        String base = "/v1/municipalities/" + cycled.municipality() + "/themes/" + cycled.themeId();
        MongoCollection<Document> programmes = db.getCollection("theme_programmes");
        Stats cycle = new Stats();
        Stats raw = new Stats();
        int rounds = Math.min(options.queries, 200);
        Progress progress = new Progress("a cycle on a date", rounds);
        for (int i = -3; i < rounds; i++) {
            int n = 1 + random.nextInt(3);
            LocalDate date = CYCLE_START.plusYears(3L * (n - 1)).plusDays(random.nextInt(3 * 365));
            time(i, cycle, () -> expectOk(api.get(base + "/cycles/" + n + "?date=" + date)));
            time(
                    i,
                    raw,
                    () -> programmes.find(Filters.eq("_id", cycled.themeId())).first());
            progress.update(Math.max(0, i));
        }
        progress.done();
        double p95 = cycle.percentile(95);
        figures.add(new Figure(
                "a cycle on a date p95, theme with 3 cycles and " + cycled.themeEvents() + " events",
                p95,
                "ms",
                raw.percentile(95),
                "raw: its programme document by _id, p95",
                p95 / raw.percentile(95),
                "<= 50 ms and <= 3x",
                p95 <= 50 && p95 / raw.percentile(95) <= 3,
                cycle.count() + " requests"));
    }

    /** Rounds of the diagnostic read of every network document of the large theme. */
    private static final int RAW_ALL_ROUNDS = 50;

    private void measureQueries(Api api, MongoDatabase db, Seeder.SeededTheme big) {
        String base = "/v1/municipalities/" + big.municipality() + "/themes/" + big.themeId();
        int days = 3 * 365 - 2;
        MongoCollection<Document> networks = db.getCollection("theme_networks");
        MongoCollection<Document> chunks = db.getCollection("theme_network_actors");
        MongoCollection<Document> history = db.getCollection("theme_history");
        List<String> chunkIds = new ArrayList<>();
        for (int b = 0; b < 64; b++) {
            chunkIds.add(big.themeId() + ":" + String.format("%02d", b));
        }
        Runnable rawDocuments = () -> {
            networks.find(Filters.eq("_id", big.themeId())).first();
            for (Document ignored : chunks.find(Filters.in("_id", chunkIds))) {
                // read every document of the theme's network
            }
        };
        // what a read on a date needs once the theme's network is cached: its version, and the actors it shows
        MongoCollection<Document> progressDocs = db.getCollection("network_progress");
        MongoCollection<Document> actorDocs = db.getCollection("actors");
        Runnable rawNetwork = () -> {
            progressDocs.find(Filters.eq("_id", big.themeId())).first();
            for (Document ignored : actorDocs.find(Filters.in("_id", big.actorIds()))) {
                // every actor of the theme: an upper bound of those involved on the date
            }
        };
        int pageSize = 100;
        int pages = (big.themeEvents() + pageSize - 1) / pageSize;

        Stats network = new Stats();
        Stats shifts = new Stats();
        Stats historyPage = new Stats();
        Stats rawNet = new Stats();
        Stats rawAll = new Stats();
        Stats rawHistory = new Stats();
        Progress progress = new Progress("reads of the large theme", options.readSeconds);
        long readDeadline =
                System.nanoTime() + Duration.ofSeconds(options.readSeconds).toNanos();
        long readStart = System.nanoTime();
        for (int i = -3; i < options.queries && System.nanoTime() < readDeadline; i++) { // three warm-up rounds first
            LocalDate date = CYCLE_START.plusDays(random.nextInt(days));
            LocalDate other = CYCLE_START.plusDays(random.nextInt(days));
            LocalDate from = date.isBefore(other) ? date : other;
            LocalDate to = date.isBefore(other) ? other : date.plusDays(1);
            int page = 1 + random.nextInt(pages);
            time(i, network, () -> expectOk(api.get(base + "/network?date=" + date)));
            time(i, shifts, () -> expectOk(api.get(base + "/position-shifts?from=" + from + "&to=" + to)));
            time(i, historyPage, () -> expectOk(api.get(base + "/history?pageSize=" + pageSize + "&page=" + page)));
            time(i, rawNet, rawNetwork);
            List<String> ids = new ArrayList<>();
            for (long s = (long) (page - 1) * pageSize; s < Math.min(big.themeEvents(), (long) page * pageSize); s++) {
                ids.add(big.themeId() + ":" + String.format("%010d", s));
            }
            time(i, rawHistory, () -> {
                for (Document ignored : history.find(Filters.in("_id", ids))) {
                    // read every document, as the service does
                }
            });
            progress.update((System.nanoTime() - readStart) / 1_000_000_000L);
        }
        progress.done();
        details.put("readRounds", network.count());
        // the diagnostic read of every network document of the theme runs after the measured reads, not between them:
        // some 10 MB read and parsed per round kept the store's and this client's collectors busy into the next
        // round's requests (in the lab it doubled the history page's p95 against its raw read; BENCHMARKS.md, run BB)
        for (int i = -3; i < Math.min(RAW_ALL_ROUNDS, network.count()); i++) {
            time(i, rawAll, rawDocuments);
        }
        double netP95 = network.percentile(95);
        figures.add(new Figure(
                "network on a date p50, " + big.themeEvents() + "-event theme",
                network.percentile(50),
                "ms",
                rawNet.percentile(50),
                "raw: its version and its actors, p50",
                network.percentile(50) / rawNet.percentile(50),
                "-",
                null,
                network.count() + " requests"));
        figures.add(new Figure(
                "network on a date p95, " + big.themeEvents() + "-event theme",
                netP95,
                "ms",
                rawNet.percentile(95),
                "raw: its version and its actors, p95",
                netP95 / rawNet.percentile(95),
                "<= 50 ms and <= 3x",
                netP95 <= 50 && netP95 / rawNet.percentile(95) <= 3,
                null));
        figures.add(new Figure(
                "raw: every network document of the theme p95",
                rawAll.percentile(95),
                "ms",
                null,
                null,
                null,
                "diagnostic",
                null,
                "what a read without the cache fetches and parses"));
        double shiftsP95 = shifts.percentile(95);
        figures.add(new Figure(
                "shifts between two dates p95",
                shiftsP95,
                "ms",
                rawNet.percentile(95),
                "raw: its version and its actors, p95",
                shiftsP95 / rawNet.percentile(95),
                "<= 50 ms and <= 3x",
                shiftsP95 <= 50 && shiftsP95 / rawNet.percentile(95) <= 3,
                null));
        double historyP95 = historyPage.percentile(95);
        figures.add(new Figure(
                "history page (" + pageSize + " events) p50",
                historyPage.percentile(50),
                "ms",
                rawHistory.percentile(50),
                "raw $in of the page's _ids p50",
                historyPage.percentile(50) / rawHistory.percentile(50),
                "-",
                null,
                null));
        figures.add(new Figure(
                "history page (" + pageSize + " events) p95",
                historyP95,
                "ms",
                rawHistory.percentile(95),
                "raw $in of the page's _ids p95",
                historyP95 / rawHistory.percentile(95),
                "<= 3x",
                historyP95 / rawHistory.percentile(95) <= 3,
                null));
    }

    private static void time(int round, Stats stats, Runnable call) {
        long start = System.nanoTime();
        call.run();
        if (round >= 0) {
            stats.add((System.nanoTime() - start) / 1e6);
        }
    }

    private static void expectOk(Api.Response r) {
        if (r.status() != 200) {
            throw new IllegalStateException("read failed: " + r.status() + " " + r.body());
        }
    }

    // ---- report ----

    private Figure find(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private void report(Instant started, Map<String, Double> rss) throws IOException {
        for (Map.Entry<String, Double> e : rss.entrySet()) {
            figures.add(new Figure(
                    "peak memory (RSS), " + e.getKey(), e.getValue(), "MiB", null, null, null, "reported", null, null));
        }
        StringBuilder table = new StringBuilder();
        String row = "| %-52s | %12s | %-44s | %7s | %-18s | %-4s |%n";
        table.append(String.format(
                Locale.ROOT, row, "figure", "value", "limit (same run, same store)", "ratio", "target", "met"));
        table.append(String.format(
                Locale.ROOT,
                row,
                "-".repeat(52),
                "-".repeat(12),
                "-".repeat(44),
                "-".repeat(7),
                "-".repeat(18),
                "-".repeat(4)));
        for (Figure f : figures) {
            table.append(String.format(
                    Locale.ROOT,
                    row,
                    f.name(),
                    format(f.value()) + " " + f.unit(),
                    f.limit() == null ? "" : format(f.limit()) + " (" + f.limitName() + ")",
                    f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", f.ratio()),
                    f.target(),
                    f.met() == null ? "" : f.met() ? "yes" : "NO"));
        }
        System.out.println();
        System.out.print(table);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("started", started.toString());
        result.put("finished", Instant.now().toString());
        result.put("machine", machine());
        result.put("options", options.asMap());
        result.put("figures", figures);
        result.put("details", details);
        ObjectMapper out = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(options.out, out.writeValueAsString(result));
        System.out.println("\nWritten to " + options.out.toAbsolutePath());
    }

    private static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .ifPresent(l -> m.put("cpu", l.substring(l.indexOf(':') + 1).trim()));
            Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .ifPresent(l -> m.put("memoryGiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024));
        } catch (IOException e) {
            // not Linux: leave it out
        }
        return m;
    }
}
