package nl.netwerkregie.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
        long acknowledged = 0;
        for (int round = 0; round < rounds; round++) {
            acknowledged += writeUntilKilled(file, List.of(), round, 150 + random.nextInt(400));
            long stored = countAfterRestart(file);
            System.out.printf("store crash round %d: %d acknowledged so far, %d stored after kill -9%n", round, acknowledged, stored);
            assertThat(stored).as("acknowledged writes after kill -9 (round %d)", round).isEqualTo(acknowledged);
        }
    }

    @Test
    void lazyCommitLosesRecentWritesWhichIsWhyItIsNotTheDefault() throws Exception {
        Path file = dir.resolve("lazy.mv");
        long acknowledged = writeUntilKilled(file, List.of("--lazy-commit"), 0, 300);
        long stored = countAfterRestart(file);
        System.out.printf("store crash with --lazy-commit: %d acknowledged, %d stored, %d lost%n",
                acknowledged, stored, acknowledged - stored);
        assertThat(stored).isLessThanOrEqualTo(acknowledged);
    }

    /** Starts the store as its own process, writes until it is killed after {@code killAfter} writes, returns the writes acknowledged. */
    private long writeUntilKilled(Path file, List<String> flags, int round, int killAfter) throws Exception {
        int port = freePort();
        Process store = startStore(file, port, flags);
        long acknowledged = 0;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=5000&socketTimeoutMS=3000")) {
            MongoCollection<Document> writes = client.getDatabase("crash").getCollection("writes");
            for (int i = 0; ; i++) {
                if (i == killAfter) {
                    // kill from another thread while writes keep coming, so the kill lands mid-write
                    new Thread(store::destroyForcibly).start();
                }
                try {
                    writes.insertOne(new Document("_id", round + "-" + i).append("payload", "x".repeat(200)));
                    acknowledged++;
                } catch (MongoException e) {
                    break;
                }
            }
        } finally {
            store.destroyForcibly();
            store.waitFor(10, TimeUnit.SECONDS);
        }
        return acknowledged;
    }

    private long countAfterRestart(Path file) throws Exception {
        int port = freePort();
        Process store = startStore(file, port, List.of());
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            return client.getDatabase("crash").getCollection("writes").countDocuments();
        } finally {
            store.destroy();
            store.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process startStore(Path file, int port, List<String> flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedStore.class.getName(), "--port", String.valueOf(port), "--data", file.toString(), "--cache-mb", "32"));
        command.addAll(flags);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
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
