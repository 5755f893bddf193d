package nl.netwerkregie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {

    @TempDir
    Path dir;

    @Test
    void keepsDataInItsFileAcrossARestart() {
        Path file = dir.resolve("store.mv");
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(store.uri())) {
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", "a").append("n", 1));
        }
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(store.uri())) {
            Document found = client.getDatabase("t")
                    .getCollection("c")
                    .find(new Document("_id", "a"))
                    .first();
            assertThat(found).isNotNull();
            assertThat(found.getInteger("n")).isEqualTo(1);
        }
    }

    @Test
    void inMemoryStoreAnswersOverTheWireProtocol() {
        try (EmbeddedStore store = EmbeddedStore.inMemory(0);
                MongoClient client = MongoClients.create(store.uri())) {
            assertThat(store.uri()).startsWith("mongodb://127.0.0.1:");
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", "x"));
            assertThat(client.getDatabase("t").getCollection("c").countDocuments())
                    .isEqualTo(1);
        }
    }

    @Test
    void concurrentIncrementsOfOneDocumentAreNeverLostOnEitherBackend() throws Exception {
        for (EmbeddedStore store : List.of(EmbeddedStore.inMemory(0), EmbeddedStore.onFile(dir.resolve("inc.mv"), 0))) {
            try (store;
                    MongoClient client = MongoClients.create(store.uri())) {
                MongoCollection<Document> counters = client.getDatabase("t").getCollection("counters");
                Set<Long> handedOut = ConcurrentHashMap.newKeySet();
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 100; i++) {
                            Document after = counters.findOneAndUpdate(
                                    Filters.eq("_id", "c"),
                                    Updates.inc("n", 1L),
                                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                            handedOut.add(after.getLong("n"));
                        }
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
                pool.shutdown();
                assertThat(counters.find().first().getLong("n")).as(store.uri()).isEqualTo(800L);
                assertThat(handedOut).hasSize(800);
            }
        }
    }

    @Test
    void opensAFileWrittenWithH2sGenericIndexOrderAndKeepsItsIndexes() {
        Path file = dir.resolve("legacy.mv");
        de.bwaldvogel.mongo.backend.h2.H2Backend legacy = new de.bwaldvogel.mongo.backend.h2.H2Backend(file.toString());
        de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(legacy);
        java.net.InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            for (int i = 0; i < 300; i++) {
                c.insertOne(new Document("_id", "key-" + i).append("n", i));
            }
        } finally {
            server.shutdownNow();
            legacy.close();
        }
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            assertThat(c.find(Filters.in("_id", List.of("key-7", "key-250", "key-999")))
                            .into(new ArrayList<>()))
                    .extracting(d -> d.getInteger("n"))
                    .containsExactlyInAnyOrder(7, 250);
            assertThatThrownBy(() -> c.insertOne(new Document("_id", "key-42")))
                    .isInstanceOf(com.mongodb.MongoWriteException.class);
            c.insertOne(new Document("_id", "key-300").append("n", 300));
            assertThat(c.countDocuments()).isEqualTo(301);
        }
    }
}
