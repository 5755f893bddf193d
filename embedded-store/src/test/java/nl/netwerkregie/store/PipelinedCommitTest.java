package nl.netwerkregie.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit is taken between two writes and written to the file while later writes are applied
 * ({@link DurableH2Backend}). Holding up H2's serialization thread puts a later write exactly between the moment a
 * commit took the store and the moment its pages are encoded: the file must hold the commit as it was taken. The
 * same holding up shows what a majority read answers while a commit is under way.
 */
class PipelinedCommitTest {
    @TempDir
    Path dir;

    @Test
    void aWriteAppliedWhileACommitIsEncodedIsNotInThatCommit() throws Exception {
        Path file = dir.resolve("pipelined.mv");
        Path copy = dir.resolve("copy.mv");
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            c.insertOne(new Document("_id", "view").append("n", 0).append("items", List.of("a", "b")));
            ThreadPoolExecutor encoder = ((DurableH2Backend) store.backend()).serializationThread();
            CountDownLatch first = new CountDownLatch(1);
            CountDownLatch second = new CountDownLatch(1);
            encoder.submit(() -> await(first));
            // a journalled write takes a commit, whose encoding waits behind the first latch
            CompletableFuture<Void> journalled =
                    CompletableFuture.runAsync(() -> c.insertOne(new Document("_id", "event")));
            awaitQueued(encoder, 2); // the commit's encoding and the writer's wait for it
            // applied at once, after the commit took the store and before its pages are encoded
            c.withWriteConcern(WriteConcern.W1.withJournal(false))
                    .updateOne(
                            Filters.eq("_id", "view"),
                            Updates.combine(Updates.set("n", 1), Updates.push("items", "c")));
            encoder.submit(() -> await(second)); // keeps any later commit out of the file
            first.countDown();
            journalled.get(30, TimeUnit.SECONDS);
            Files.copy(file, copy); // the file as a kill -9 would leave it now
            second.countDown();
            assertThat(c.find(Filters.eq("_id", "view")).first().getInteger("n"))
                    .isEqualTo(1);
        }
        try (EmbeddedStore restarted = EmbeddedStore.onFile(copy, 0);
                MongoClient client = MongoClients.create(restarted.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            assertThat(c.find(Filters.eq("_id", "event")).first()).isNotNull();
            Document view = c.find(Filters.eq("_id", "view")).first();
            assertThat(view.getInteger("n")).isZero();
            assertThat(view.getList("items", String.class)).containsExactly("a", "b");
        }
    }

    /**
     * A majority read answers from what is committed, without waiting ({@link CommittedReads}): while a journalled
     * insert's commit is held up, a majority {@code find} returns at once, without that document; a local read sees
     * it; once the commit is in the file the majority read returns it as well.
     */
    @Test
    void aMajorityReadLeavesOutAnInsertNoCommitHoldsYet() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.onFile(dir.resolve("majority.mv"), 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("events");
            MongoCollection<Document> committed = c.withReadConcern(ReadConcern.MAJORITY);
            c.insertOne(new Document("_id", 1L).append("n", 1));
            ThreadPoolExecutor encoder = ((DurableH2Backend) store.backend()).serializationThread();
            CountDownLatch held = new CountDownLatch(1);
            encoder.submit(() -> await(held));
            CompletableFuture<Void> journalled = CompletableFuture.runAsync(
                    () -> c.insertMany(List.of(new Document("_id", 2L).append("n", 2), new Document("_id", 3L))));
            try {
                awaitQueued(encoder, 2);
                assertThat(ids(c.find())).containsExactly(1L, 2L, 3L);
                List<Object> majority = CompletableFuture.supplyAsync(() -> ids(committed.find()))
                        .get(10, TimeUnit.SECONDS);
                assertThat(majority).containsExactly(1L);
                assertThat(journalled).isNotDone();
            } finally {
                held.countDown();
            }
            journalled.get(30, TimeUnit.SECONDS);
            assertThat(ids(committed.find())).containsExactly(1L, 2L, 3L);
        }
    }

    /**
     * An update can change what a read returns in ways the read cannot take apart: a majority read after an
     * uncommitted update waits for the commit that holds it, and then returns the update.
     */
    @Test
    void aMajorityReadAfterAnUncommittedUpdateWaitsForItsCommit() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.onFile(dir.resolve("update.mv"), 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("events");
            c.insertOne(new Document("_id", 1L).append("n", 1));
            ThreadPoolExecutor encoder = ((DurableH2Backend) store.backend()).serializationThread();
            CountDownLatch held = new CountDownLatch(1);
            encoder.submit(() -> await(held));
            CompletableFuture<Document> majority;
            try {
                c.withWriteConcern(WriteConcern.W1.withJournal(false))
                        .updateOne(Filters.eq("_id", 1L), Updates.set("n", 2));
                majority = CompletableFuture.supplyAsync(
                        () -> c.withReadConcern(ReadConcern.MAJORITY).find().first());
                Thread.sleep(500); // the housekeeping commit (every 200 ms) is held up as well
                assertThat(majority).isNotDone();
            } finally {
                held.countDown();
            }
            assertThat(majority.get(30, TimeUnit.SECONDS).getInteger("n")).isEqualTo(2);
        }
    }

    private static List<Object> ids(Iterable<Document> documents) {
        List<Object> ids = new java.util.ArrayList<>();
        documents.forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    /**
     * The housekeeping's compaction commits what it moved. Once a commit is encoded and only its writing to the file is
     * under way, H2 sees nothing unsaved and the compaction's commit returns at once, storing nothing; the writes that
     * commit holds must not count as committed until the file holds them: neither a majority read nor the writer may
     * see them committed before.
     */
    @Test
    void aCompactionWhileACommitIsWrittenCountsNothingOfThatCommitAsCommitted() throws Exception {
        try (EmbeddedStore store = EmbeddedStore.onFile(dir.resolve("compaction.mv"), 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            c.insertOne(new Document("_id", "before"));
            DurableH2Backend backend = (DurableH2Backend) store.backend();
            ThreadPoolExecutor writer = backend.saveThread();
            CountDownLatch held = new CountDownLatch(1);
            writer.submit(() -> await(held));
            CompletableFuture<Void> journalled =
                    CompletableFuture.runAsync(() -> c.insertOne(new Document("_id", "event")));
            CompletableFuture<Void> compaction;
            try {
                awaitQueued(writer, 2); // the insert's commit is encoded; its writing waits behind the latch
                compaction = CompletableFuture.runAsync(backend::compactAndCommit);
                Thread.sleep(200);
                assertThat(CompletableFuture.supplyAsync(() -> c.withReadConcern(ReadConcern.MAJORITY)
                                        .find(Filters.eq("_id", "event"))
                                        .first())
                                .get(10, TimeUnit.SECONDS))
                        .as("a majority read while the commit holding the insert is not in the file")
                        .isNull();
                assertThat(journalled)
                        .as("the writer, acknowledged before its commit is in the file")
                        .isNotDone();
            } finally {
                held.countDown();
            }
            journalled.get(30, TimeUnit.SECONDS);
            compaction.get(30, TimeUnit.SECONDS);
            assertThat(c.withReadConcern(ReadConcern.MAJORITY)
                            .find(Filters.eq("_id", "event"))
                            .first())
                    .isNotNull();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQueued(ThreadPoolExecutor executor, int tasks) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (executor.getQueue().size() < tasks && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(executor.getQueue()).hasSizeGreaterThanOrEqualTo(tasks);
    }
}
