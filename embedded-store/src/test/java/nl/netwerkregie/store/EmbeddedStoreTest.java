package nl.netwerkregie.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
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
            Document found = client.getDatabase("t").getCollection("c").find(new Document("_id", "a")).first();
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
            assertThat(client.getDatabase("t").getCollection("c").countDocuments()).isEqualTo(1);
        }
    }
}
