package nl.netwerkregie.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the store process with {@code kill -9} while a client writes, restarts it on the same file
 * and checks which acknowledged writes survived.
 */
class StoreCrashTest {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesKillMinusNine() throws Exception {
        Random random = new Random(42);
        Path file = dir.resolve("durable.mv");
        int rounds = 3;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < rounds; round++) {
            writeUntilKilled(file, List.of(), round, 150 + random.nextInt(400), acknowledged);
            Set<String> stored = idsAfterRestart(file);
            System.out.printf(
                    "store crash round %d: %d acknowledged so far, %d stored after kill -9, %d acknowledged missing%n",
                    round,
                    acknowledged.size(),
                    stored.size(),
                    acknowledged.stream().filter(id -> !stored.contains(id)).count());
            // a write can be stored without its acknowledgement reaching the client, never the other way round
            assertThat(stored)
                    .as("acknowledged writes after kill -9 (round %d)", round)
                    .containsAll(acknowledged);
            assertThat(stored.size() - acknowledged.size())
                    .as("unacknowledged writes stored")
                    .isBetween(0, 4 * (round + 1));
        }
    }

    @Test
    void lazyCommitLosesRecentWritesWhichIsWhyItIsNotTheDefault() throws Exception {
        Path file = dir.resolve("lazy.mv");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        writeUntilKilled(file, List.of("--lazy-commit"), 0, 300, acknowledged);
        Set<String> stored = idsAfterRestart(file);
        long lost = acknowledged.stream().filter(id -> !stored.contains(id)).count();
        System.out.printf(
                "store crash with --lazy-commit: %d acknowledged, %d stored, %d acknowledged lost%n",
                acknowledged.size(), stored.size(), lost);
        assertThat(lost).isBetween(0L, (long) acknowledged.size());
    }

    /**
     * The way event processors write: a batch of views that does not wait for the journal
     * ({@code j: false}), then the token, which does. Once the token is acknowledged, the views written
     * before it must survive a {@code kill -9} as well.
     */
    @Test
    void unjournalledWritesSurviveOnceALaterJournalledWriteIsAcknowledged() throws Exception {
        Path file = dir.resolve("views.mv");
        int port = freePort();
        Process store = startStore(file, port, List.of());
        Set<String> covered = ConcurrentHashMap.newKeySet();
        AtomicLong tokens = new AtomicLong();
        AtomicBoolean killed = new AtomicBoolean();
        try (MongoClient client = MongoClients.create(
                "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=5000&socketTimeoutMS=3000")) {
            MongoCollection<Document> writes = client.getDatabase("crash").getCollection("writes");
            MongoCollection<Document> views = writes.withWriteConcern(WriteConcern.W1.withJournal(false));
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(new Thread(() -> {
                    for (int batch = 0; ; batch++) {
                        if (tokens.get() >= 120 && killed.compareAndSet(false, true)) {
                            new Thread(store::destroyForcibly).start();
                        }
                        try {
                            List<String> batchIds = new ArrayList<>();
                            for (int v = 0; v < 3; v++) {
                                String id = "view-" + writer + "-" + batch + "-" + v;
                                views.insertOne(new Document("_id", id).append("payload", "x".repeat(200)));
                                batchIds.add(id);
                            }
                            String token = "token-" + writer + "-" + batch;
                            writes.insertOne(new Document("_id", token));
                            batchIds.add(token);
                            covered.addAll(batchIds);
                            tokens.incrementAndGet();
                        } catch (MongoException e) {
                            return;
                        }
                    }
                }));
            }
            writers.forEach(Thread::start);
            for (Thread writer : writers) {
                writer.join();
            }
        } finally {
            store.destroyForcibly();
            store.waitFor(10, TimeUnit.SECONDS);
        }
        Set<String> stored = idsAfterRestart(file);
        System.out.printf(
                "store crash with unjournalled views: %d tokens acknowledged, %d writes covered, %d stored%n",
                tokens.get(), covered.size(), stored.size());
        assertThat(tokens.get()).isGreaterThanOrEqualTo(120);
        assertThat(stored).containsAll(covered);
    }

    /**
     * Views and tokens both without waiting for the journal, while another client's journalled writes make the
     * store commit all the time, alongside them: after a {@code kill -9} each writer's documents must be a prefix
     * of what it wrote (a token never survives a view written before it), and every document a scan finds must
     * also be found by its {@code _id} (no write stored half, its document without its index entry).
     */
    @Test
    void aCrashLeavesEveryWritersWritesAsAPrefixAndNoneOfThemHalfStored() throws Exception {
        Path file = dir.resolve("prefix.mv");
        int port = freePort();
        Process store = startStore(file, port, List.of());
        AtomicLong written = new AtomicLong();
        AtomicBoolean killed = new AtomicBoolean();
        try (MongoClient client = MongoClients.create(
                "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=5000&socketTimeoutMS=3000")) {
            MongoCollection<Document> journalled = client.getDatabase("crash").getCollection("commands");
            MongoCollection<Document> unjournalled = client.getDatabase("crash")
                    .getCollection("writes")
                    .withWriteConcern(WriteConcern.W1.withJournal(false));
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(new Thread(() -> {
                    for (int i = 0; ; i++) {
                        if (written.get() >= 1_500 && killed.compareAndSet(false, true)) {
                            new Thread(store::destroyForcibly).start();
                        }
                        try {
                            // a view with two indexed fields, then the next; an update of the writer's token
                            unjournalled.insertOne(new Document("_id", writer + "-" + i)
                                    .append("writer", writer)
                                    .append("n", i)
                                    .append("payload", "x".repeat(300)));
                            unjournalled.replaceOne(
                                    new Document("_id", "token-" + writer),
                                    new Document("_id", "token-" + writer)
                                            .append("writer", writer)
                                            .append("n", i),
                                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
                            written.incrementAndGet();
                        } catch (MongoException e) {
                            return;
                        }
                    }
                }));
            }
            writers.add(new Thread(() -> {
                for (int i = 0; ; i++) {
                    try {
                        journalled.insertOne(new Document("_id", i));
                    } catch (MongoException e) {
                        return;
                    }
                }
            }));
            unjournalled.createIndex(new Document("writer", 1).append("n", 1));
            writers.forEach(Thread::start);
            for (Thread writer : writers) {
                writer.join();
            }
        } finally {
            store.destroyForcibly();
            store.waitFor(10, TimeUnit.SECONDS);
        }
        int restartPort = freePort();
        Process restarted = startStore(file, restartPort, List.of());
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + restartPort)) {
            MongoCollection<Document> writes = client.getDatabase("crash").getCollection("writes");
            java.util.Map<Integer, java.util.TreeSet<Integer>> views = new java.util.HashMap<>();
            java.util.Map<Integer, Integer> tokens = new java.util.HashMap<>();
            int scanned = 0;
            for (Document d : writes.find()) {
                scanned++;
                String id = d.getString("_id");
                assertThat(writes.find(new Document("_id", id)).first())
                        .as("found by its _id: " + id)
                        .isNotNull();
                if (id.startsWith("token-")) {
                    tokens.put(d.getInteger("writer"), d.getInteger("n"));
                } else {
                    views.computeIfAbsent(d.getInteger("writer"), k -> new java.util.TreeSet<>())
                            .add(d.getInteger("n"));
                }
            }
            System.out.printf("store crash, all unjournalled: %d written, %d stored%n", written.get(), scanned);
            assertThat(written.get()).isGreaterThanOrEqualTo(1_500);
            for (var entry : views.entrySet()) {
                java.util.TreeSet<Integer> ns = entry.getValue();
                assertThat(ns.last())
                        .as("writer " + entry.getKey() + " a prefix")
                        .isEqualTo(ns.size() - 1);
                Integer token = tokens.get(entry.getKey());
                // the token is written after its view: it names that view or the one before it
                assertThat(token).as("writer " + entry.getKey() + " token").isNotNull();
                assertThat(ns.last() - token).isBetween(0, 1);
            }
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * What a processor does: it reads the event log with read concern {@code majority} while writes that do not
     * wait for the journal keep arriving, and builds on what it read. Whatever such a read (and its further
     * batches) returned must survive a {@code kill -9}: a read that saw a write a crash then took back would leave
     * views of an event that is not in the store.
     */
    @Test
    void whatAMajorityReadReturnedSurvivesKillMinusNine() throws Exception {
        Path file = dir.resolve("majority.mv");
        int port = freePort();
        Process store = startStore(file, port, List.of());
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicLong numbers = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        try (MongoClient client = MongoClients.create(
                "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=5000&socketTimeoutMS=3000")) {
            MongoCollection<Document> writes = client.getDatabase("crash").getCollection("writes");
            MongoCollection<Document> unjournalled = writes.withWriteConcern(WriteConcern.W1.withJournal(false));
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers.add(new Thread(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        try {
                            unjournalled.insertOne(new Document("_id", "event-" + writer + "-" + i)
                                    .append("n", numbers.incrementAndGet()));
                        } catch (MongoException e) {
                            return;
                        }
                    }
                }));
            }
            writers.forEach(Thread::start);
            MongoCollection<Document> committed = writes.withReadConcern(ReadConcern.MAJORITY);
            long from = 0;
            int reads = 0;
            while (seen.size() < 1_500 && reads++ < 100_000) {
                long highest = from;
                // every other read in small batches: an answer in one batch leaves out uncommitted inserts, an
                // answer in several (getMore) waits for a commit that holds them
                FindIterable<Document> read = committed.find(Filters.gt("n", from));
                for (Document event : reads % 2 == 0 ? read.batchSize(7) : read) {
                    seen.add(event.getString("_id"));
                    highest = Math.max(highest, event.getLong("n"));
                }
                from = Math.max(0, highest - 40); // writers finish out of order: look back a little
            }
            store.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            stop.set(true);
            for (Thread writer : writers) {
                writer.join();
            }
        } finally {
            store.destroyForcibly();
            store.waitFor(10, TimeUnit.SECONDS);
        }
        Set<String> stored = idsAfterRestart(file);
        System.out.printf(
                "store crash under majority reads: %d written, %d returned by majority reads, %d stored%n",
                numbers.get(), seen.size(), stored.size());
        assertThat(seen).hasSizeGreaterThanOrEqualTo(1_500);
        assertThat(stored).containsAll(seen);
    }

    /** Writes that never wait for the journal still reach the file within the housekeeping interval. */
    @Test
    void unjournalledWritesAloneReachTheFileWithinAFewHundredMilliseconds() throws Exception {
        Path file = dir.resolve("alone.mv");
        int port = freePort();
        Process store = startStore(file, port, List.of());
        Set<String> written = new java.util.HashSet<>();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> views = client.getDatabase("crash")
                    .getCollection("writes")
                    .withWriteConcern(WriteConcern.W1.withJournal(false));
            for (int i = 0; i < 50; i++) {
                views.insertOne(new Document("_id", "alone-" + i));
                written.add("alone-" + i);
            }
            Thread.sleep(1_000);
        } finally {
            store.destroyForcibly();
            store.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(idsAfterRestart(file)).containsAll(written);
    }

    /**
     * Starts the store as its own process and writes from four clients at once (so commits are
     * shared) until it is killed after about {@code killAfter} writes; returns the writes acknowledged.
     */
    private void writeUntilKilled(Path file, List<String> flags, int round, int killAfter, Set<String> ids)
            throws Exception {
        int port = freePort();
        Process store = startStore(file, port, flags);
        AtomicLong acknowledged = new AtomicLong();
        AtomicBoolean killed = new AtomicBoolean();
        try (MongoClient client = MongoClients.create(
                "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=5000&socketTimeoutMS=3000")) {
            MongoCollection<Document> writes = client.getDatabase("crash").getCollection("writes");
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(new Thread(() -> {
                    for (int i = 0; ; i++) {
                        if (acknowledged.get() >= killAfter && killed.compareAndSet(false, true)) {
                            // kill while the other writers keep going, so the kill lands mid-write
                            new Thread(store::destroyForcibly).start();
                        }
                        try {
                            String id = round + "-" + writer + "-" + i;
                            writes.insertOne(new Document("_id", id).append("payload", "x".repeat(200)));
                            ids.add(id);
                            acknowledged.incrementAndGet();
                        } catch (MongoException e) {
                            return;
                        }
                    }
                }));
            }
            writers.forEach(Thread::start);
            for (Thread writer : writers) {
                writer.join();
            }
        } finally {
            store.destroyForcibly();
            store.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Set<String> idsAfterRestart(Path file) throws Exception {
        int port = freePort();
        Process store = startStore(file, port, List.of());
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            Set<String> ids = new java.util.HashSet<>();
            client.getDatabase("crash").getCollection("writes").find().forEach(d -> ids.add(d.getString("_id")));
            return ids;
        } finally {
            store.destroy();
            store.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process startStore(Path file, int port, List<String> flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedStore.class.getName(),
                "--port",
                String.valueOf(port),
                "--data",
                file.toString(),
                "--cache-mb",
                "32"));
        command.addAll(flags);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the store did not start on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
