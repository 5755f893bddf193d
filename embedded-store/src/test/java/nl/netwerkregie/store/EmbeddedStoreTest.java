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

    /**
     * H2 commits by itself, inside a write, once more than its write buffer is unsaved (19 MiB on a large heap): half
     * of that write, or beside another thread's write, which the backend's commits between writes exist to prevent.
     */
    @Test
    void theFileIsCommittedOnlyByTheBackendHoweverMuchIsWrittenInBetween() {
        org.h2.mvstore.MVStore file = EmbeddedStore.openFile(dir.resolve("big.mv"), 16, true);
        try {
            org.h2.mvstore.MVMap<Integer, byte[]> map = file.openMap("big");
            file.commit();
            long version = file.getCurrentVersion();
            for (int i = 0; i < 8_000; i++) {
                map.put(i, new byte[8 * 1024]); // 64 MiB unsaved
            }
            assertThat(file.getCurrentVersion())
                    .as("versions H2 committed on its own")
                    .isEqualTo(version);
            file.commit();
            assertThat(file.getCurrentVersion()).isGreaterThan(version);
        } finally {
            file.close();
        }
    }

    /**
     * The server changes a stored document in place when it updates it, and a commit writes every document of each page
     * it writes. After thousands of updates of every kind, to documents that share pages and with a commit after each,
     * the file holds every document as it was last written.
     */
    @Test
    void documentsChangedInPlaceReachTheFileAsLastWritten() {
        Path file = dir.resolve("updates.mv");
        java.util.Random random = new java.util.Random(11);
        List<Document> expected = new ArrayList<>();
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            for (int i = 0; i < 300; i++) {
                c.insertOne(new Document("_id", String.format("d%03d", i))
                        .append("n", 0)
                        .append("nested", new Document("k", i))
                        .append("tags", List.of("a", "b")));
            }
            for (int round = 0; round < 2_000; round++) {
                String id = String.format("d%03d", random.nextInt(300));
                switch (random.nextInt(6)) {
                    case 0 -> c.updateOne(Filters.eq("_id", id), Updates.inc("n", 1));
                    case 1 -> c.updateOne(Filters.eq("_id", id), Updates.set("nested.k", round));
                    case 2 -> c.updateOne(Filters.eq("_id", id), Updates.unset("tags"));
                    case 3 -> c.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("replacedIn", round));
                    case 4 -> c.findOneAndUpdate(Filters.eq("_id", id), Updates.push("log", round));
                    default ->
                        c.updateOne(
                                Filters.eq("_id", "u" + random.nextInt(50)),
                                Updates.set("at", round),
                                new com.mongodb.client.model.UpdateOptions().upsert(true));
                }
            }
            c.find().sort(new Document("_id", 1)).into(expected);
        }
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(store.uri())) {
            List<Document> stored = client.getDatabase("t")
                    .getCollection("c")
                    .find()
                    .sort(new Document("_id", 1))
                    .into(new ArrayList<>());
            assertThat(stored).hasSize(expected.size()).containsExactlyElementsOf(expected);
        }
    }

    /** MongoDB answers in batches of at most 16 MiB; a reply over the driver's largest message (48 MB) fails the read. */
    @Test
    void queriesForMoreThanOneMessageHoldAreAnsweredInBatchesThatFit() {
        for (EmbeddedStore store :
                List.of(EmbeddedStore.inMemory(0), EmbeddedStore.onFile(dir.resolve("large.mv"), 0))) {
            try (store;
                    MongoClient client = MongoClients.create(store.uri())) {
                MongoCollection<Document> c = client.getDatabase("t").getCollection("large");
                String text = "x".repeat(11 * 1024 * 1024);
                List<Long> ids = new ArrayList<>();
                for (long i = 0; i < 6; i++) {
                    c.insertOne(new Document("_id", i).append("payload", text));
                    ids.add(i);
                }
                c.insertOne(new Document("_id", 99L).append("payload", "small"));
                assertThat(c.find(Filters.in("_id", ids)).into(new ArrayList<>()))
                        .as(store.uri())
                        .extracting(d -> d.getLong("_id"))
                        .containsExactlyInAnyOrderElementsOf(ids);
                assertThat(c.find().batchSize(1_000).into(new ArrayList<>())).hasSize(7);
                assertThat(c.find().into(new ArrayList<>()))
                        .allSatisfy(d -> assertThat(d.getString("payload")).isIn(text, "small"));
            }
        }
    }

    /**
     * The 16 MiB cap is for replies only: the server's own passes over a collection (an aggregation's source, the
     * documents an update or a delete matches, {@code distinct}) take every document, however large together.
     */
    @Test
    void writesAndAggregationsReachEveryDocumentHoweverLargeTogether() {
        for (EmbeddedStore store :
                List.of(EmbeddedStore.inMemory(0), EmbeddedStore.onFile(dir.resolve("passes.mv"), 0))) {
            try (store;
                    MongoClient client = MongoClients.create(store.uri())) {
                MongoCollection<Document> c = client.getDatabase("t").getCollection("large");
                String text = "x".repeat(11 * 1024 * 1024);
                for (long i = 0; i < 6; i++) {
                    c.insertOne(new Document("_id", i).append("payload", text).append("kind", "upload"));
                }
                c.insertOne(new Document("_id", 99L).append("payload", "small").append("kind", "note"));
                Document counted = c.aggregate(List.of(com.mongodb.client.model.Aggregates.group(
                                null, com.mongodb.client.model.Accumulators.sum("n", 1))))
                        .first();
                assertThat(counted.getInteger("n")).as(store.uri()).isEqualTo(7);
                assertThat(c.distinct("_id", Long.class).into(new ArrayList<>()))
                        .as(store.uri())
                        .hasSize(7);
                assertThat(c.updateMany(new Document(), Updates.set("seen", true))
                                .getModifiedCount())
                        .as(store.uri())
                        .isEqualTo(7);
                assertThat(c.countDocuments(Filters.eq("seen", true)))
                        .as(store.uri())
                        .isEqualTo(7);
                assertThat(c.deleteMany(Filters.eq("seen", true)).getDeletedCount())
                        .as(store.uri())
                        .isEqualTo(7);
                assertThat(c.countDocuments()).as(store.uri()).isZero();
            }
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
            c.updateOne(Filters.eq("_id", "key-8"), Updates.set("n", 800));
        }
        // documents of both encodings on the same pages, read back after a restart
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(store.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            assertThat(c.find(Filters.in("_id", List.of("key-7", "key-8", "key-300")))
                            .into(new ArrayList<>()))
                    .extracting(d -> d.getInteger("n"))
                    .containsExactlyInAnyOrder(7, 800, 300);
            assertThat(c.countDocuments()).isEqualTo(301);
        }
    }

    /** Every kind of value a document can hold reads back the same after the store was closed and opened again. */
    @Test
    void documentsOfEveryValueTypeReadBackTheSameAfterARestart() {
        Path file = dir.resolve("types.mv");
        List<Document> written = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            written.add(new Document("_id", i % 2 == 0 ? (Object) ("doc-" + i) : (Object) (long) i)
                    .append("string", "waarde " + i + " é ü ∑")
                    .append("int", i)
                    .append("long", 1L << 40 | i)
                    .append("double", i / 7.0)
                    .append("bool", i % 3 == 0)
                    .append("null", null)
                    .append("date", new java.util.Date(1_700_000_000_000L + i))
                    .append("objectId", new org.bson.types.ObjectId())
                    .append("decimal", new org.bson.types.Decimal128(new java.math.BigDecimal("12345.6789")))
                    .append("binary", new org.bson.types.Binary(new byte[] {1, 2, (byte) i}))
                    .append("uuid", java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i}))
                    .append("array", List.of(i, "twee", List.of(3.5, new Document("in", "array"))))
                    .append("nested", new Document("a", new Document("b", List.of()).append("c", i))));
        }
        com.mongodb.MongoClientSettings settings = com.mongodb.MongoClientSettings.builder()
                .uuidRepresentation(org.bson.UuidRepresentation.STANDARD)
                .applyConnectionString(new com.mongodb.ConnectionString("mongodb://127.0.0.1"))
                .build();
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(withUri(settings, store.uri()))) {
            client.getDatabase("t").getCollection("types").insertMany(written);
        }
        try (EmbeddedStore store = EmbeddedStore.onFile(file, 0);
                MongoClient client = MongoClients.create(withUri(settings, store.uri()))) {
            List<Document> read =
                    client.getDatabase("t").getCollection("types").find().into(new ArrayList<>());
            assertThat(read).containsExactlyInAnyOrderElementsOf(written);
        }
    }

    private static com.mongodb.MongoClientSettings withUri(com.mongodb.MongoClientSettings settings, String uri) {
        return com.mongodb.MongoClientSettings.builder(settings)
                .applyConnectionString(new com.mongodb.ConnectionString(uri))
                .build();
    }
    /**
     * The file store answers {@code {field: {$in: [...]}}} with a hash lookup ({@link KeyedH2Collection}); the same
     * list inside an {@code $or} goes through the server's own matcher, document by document. On generated documents
     * and lists (strings, ints, longs, whole and fractional doubles, longs beyond 2^53, arrays, nested documents,
     * missing fields; on {@code _id} through its unique index and on a field without one; with sort, skip and limit)
     * both give the same documents.
     */
    @Test
    void aListOfValuesMatchesTheSameDocumentsAsTheServersOwnMatcher() {
        java.util.Random random = new java.util.Random(7);
        java.util.function.Supplier<Object> value = () -> switch (random.nextInt(8)) {
            case 0 -> "k" + random.nextInt(40);
            case 1 -> random.nextInt(40);
            case 2 -> (long) random.nextInt(40);
            case 3 -> (double) random.nextInt(40);
            case 4 -> random.nextInt(40) + 0.5;
            case 5 -> List.of(random.nextInt(40), "k" + random.nextInt(40));
            case 6 -> new Document("k", random.nextInt(40));
            default -> (1L << 60) + random.nextInt(3);
        };
        List<Document> documents = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            Document d = new Document("_id", n % 2 == 0 ? (Object) ("k" + n) : (Object) (long) n).append("n", n);
            if (random.nextInt(5) > 0) {
                d.append("f", value.get());
            }
            documents.add(d);
        }
        try (EmbeddedStore file = EmbeddedStore.onFile(dir.resolve("store.mv"), 0);
                MongoClient client = MongoClients.create(file.uri())) {
            MongoCollection<Document> c = client.getDatabase("t").getCollection("c");
            c.insertMany(documents);
            int nonEmpty = 0;
            for (int q = 0; q < 400; q++) {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(30); i >= 0; i--) {
                    list.add(value.get());
                }
                String field = q % 2 == 0 ? "_id" : "f";
                org.bson.conversions.Bson order = new Document("n", q % 3 == 0 ? -1 : 1);
                int skip = q % 5 == 0 ? 2 : 0;
                int limit = q % 7 == 0 ? 3 : 0;
                List<Document> expected = c.find(Filters.or(Filters.in(field, list)))
                        .sort(order)
                        .skip(skip)
                        .limit(limit)
                        .into(new ArrayList<>());
                assertThat(c.find(Filters.in(field, list))
                                .sort(order)
                                .skip(skip)
                                .limit(limit)
                                .into(new ArrayList<>()))
                        .as("%s in %s", field, list)
                        .isEqualTo(expected);
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
            assertThat(nonEmpty).isGreaterThan(150);
        }
    }
}
