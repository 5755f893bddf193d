package nl.netwerkregie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's own way of replacing one document by its {@code _id}, against what MongoDB answers and keeps. */
class ReplacementByIdTest {

    @TempDir
    Path dir;

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    @Test
    void aReplacementKeepsOnlyTheNewFieldsAndCountsWhatItChanged() {
        try (EmbeddedStore store = EmbeddedStore.onFile(dir.resolve("s.mv"), 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("views");
            UpdateResult inserted = c.replaceOne(
                    Filters.eq("_id", "thema-1"), new Document("naam", "Eerst").append("oud", true), UPSERT);
            assertThat(inserted.getMatchedCount()).isZero();
            assertThat(inserted.getUpsertedId().asString().getValue()).isEqualTo("thema-1");

            UpdateResult replaced = c.replaceOne(
                    Filters.eq("_id", "thema-1"),
                    new Document("naam", "Daarna").append("lijst", List.of(1, 2)),
                    UPSERT);
            assertThat(replaced.getMatchedCount()).isEqualTo(1);
            assertThat(replaced.getModifiedCount()).isEqualTo(1);
            assertThat(replaced.getUpsertedId()).isNull();
            assertThat(c.find(Filters.eq("_id", "thema-1")).first())
                    .isEqualTo(new Document("_id", "thema-1")
                            .append("naam", "Daarna")
                            .append("lijst", List.of(1, 2)));

            UpdateResult same = c.replaceOne(
                    Filters.eq("_id", "thema-1"),
                    new Document("_id", "thema-1").append("naam", "Daarna").append("lijst", List.of(1, 2)));
            assertThat(same.getMatchedCount()).isEqualTo(1);
            assertThat(same.getModifiedCount()).isZero();

            UpdateResult missing = c.replaceOne(Filters.eq("_id", "thema-2"), new Document("naam", "Nergens"));
            assertThat(missing.getMatchedCount()).isZero();
            assertThat(missing.getUpsertedId()).isNull();
            assertThat(c.countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void theIndexesFollowAReplacementAndAUniqueOneRefusesADuplicateWithoutAChange() {
        try (EmbeddedStore store = EmbeddedStore.onFile(dir.resolve("s.mv"), 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("views");
            c.createIndex(Indexes.ascending("municipality"));
            c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            c.replaceOne(Filters.eq("_id", "a"), new Document("municipality", "GM0274").append("code", 1), UPSERT);
            c.replaceOne(Filters.eq("_id", "b"), new Document("municipality", "GM0274").append("code", 2), UPSERT);

            c.replaceOne(Filters.eq("_id", "a"), new Document("municipality", "GM0202").append("code", 3), UPSERT);
            assertThat(ids(c, Filters.eq("municipality", "GM0274"))).containsExactly("b");
            assertThat(ids(c, Filters.eq("municipality", "GM0202"))).containsExactly("a");
            assertThat(ids(c, Filters.eq("code", 1))).isEmpty();

            assertThatThrownBy(() -> c.replaceOne(
                            Filters.eq("_id", "b"), new Document("municipality", "GM0202").append("code", 3), UPSERT))
                    .isInstanceOf(MongoWriteException.class)
                    .satisfies(
                            e -> assertThat(((MongoWriteException) e).getCode()).isEqualTo(11000));
            assertThat(c.find(Filters.eq("_id", "b")).first().getInteger("code"))
                    .isEqualTo(2);
            assertThat(ids(c, Filters.eq("code", 2))).containsExactly("b");
            // the code the refused replacement left free stays free
            c.replaceOne(Filters.eq("_id", "c"), new Document("code", 1), UPSERT);
            assertThat(ids(c, Filters.eq("code", 1))).containsExactly("c");
        }
    }

    @Test
    void aReplacementNamingAnotherIdIsRefusedAsMongoDbRefusesIt() {
        try (EmbeddedStore store = EmbeddedStore.onFile(dir.resolve("s.mv"), 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("views");
            c.replaceOne(Filters.eq("_id", "a"), new Document("n", 1), UPSERT);
            assertThatThrownBy(() -> c.replaceOne(Filters.eq("_id", "a"), new Document("_id", "z").append("n", 2)))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(c.find().into(new ArrayList<>())).containsExactly(new Document("_id", "a").append("n", 1));
        }
    }

    @Test
    void aBulkOfReplacementsIsStoredWholeAndSurvivesARestart() {
        Path file = dir.resolve("s.mv");
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            writes.add(new ReplaceOneModel<>(
                    Filters.eq("_id", "doc-" + i),
                    new Document("n", i).append("facts", List.of(new Document("seq", i))),
                    UPSERT));
        }
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("views");
            c.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            c.bulkWrite(writes.subList(0, 100), new BulkWriteOptions().ordered(false)); // the same again: no change
            c.updateOne(Filters.eq("_id", "doc-7"), Updates.set("n", -7)); // an operator: the server's own way
        }
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("views");
            assertThat(c.countDocuments()).isEqualTo(500);
            assertThat(c.find(Filters.eq("_id", "doc-499")).first())
                    .isEqualTo(new Document("_id", "doc-499")
                            .append("n", 499)
                            .append("facts", List.of(new Document("seq", 499))));
            assertThat(c.find(Filters.eq("_id", "doc-7")).first().getInteger("n"))
                    .isEqualTo(-7);
        }
    }

    @Test
    void aDollarFieldInAReplacementIsRefused() {
        try (EmbeddedStore store = EmbeddedStore.onFile(dir.resolve("s.mv"), 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("views");
            List<ReplaceOneModel<Document>> bad = List.of(
                    new ReplaceOneModel<>(Filters.eq("_id", "a"), new Document("ok", 1).append("$bad", 2), UPSERT));
            assertThatThrownBy(() -> c.bulkWrite(bad))
                    .isInstanceOfAny(MongoBulkWriteException.class, IllegalArgumentException.class);
            assertThat(c.countDocuments()).isZero();
        }
    }

    @Test
    void onlyAReplacementOfOneStringIdTakesTheStoresOwnWay() {
        assertThat(KeyedH2Collection.replacesByIdItself()).isTrue();
        assertThat(KeyedH2Collection.replacedId(
                        new de.bwaldvogel.mongo.bson.Document("_id", "a"),
                        new de.bwaldvogel.mongo.bson.Document("n", 1),
                        false))
                .isEqualTo("a");
        assertThat(KeyedH2Collection.replacedId(
                        new de.bwaldvogel.mongo.bson.Document("_id", "a"),
                        new de.bwaldvogel.mongo.bson.Document("$set", new de.bwaldvogel.mongo.bson.Document("n", 1)),
                        false))
                .isNull();
        assertThat(KeyedH2Collection.replacedId(
                        new de.bwaldvogel.mongo.bson.Document("_id", 7L),
                        new de.bwaldvogel.mongo.bson.Document("n", 1),
                        false))
                .isNull();
        assertThat(KeyedH2Collection.replacedId(
                        new de.bwaldvogel.mongo.bson.Document("_id", "a").append("n", 1),
                        new de.bwaldvogel.mongo.bson.Document("n", 2),
                        false))
                .isNull();
        assertThat(KeyedH2Collection.replacedId(
                        new de.bwaldvogel.mongo.bson.Document("_id", "a"),
                        new de.bwaldvogel.mongo.bson.Document("n", 1),
                        true))
                .isNull();
    }

    private static List<String> ids(MongoCollection<Document> c, org.bson.conversions.Bson filter) {
        List<String> out = new ArrayList<>();
        c.find(filter).forEach(d -> out.add(d.getString("_id")));
        return out;
    }
}
