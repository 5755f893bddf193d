package nl.netwerkregie.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.netwerkregie.platform.store.StoreConnections;
import nl.netwerkregie.store.EmbeddedStore;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A family's token is stored only in the same life of the store as the views of its batch: views do not wait for
 * the journal, so a store that restarted after they were written may have lost them. Runs against an embedded
 * store on file that is stopped and started again on the same port, over the driver's real connection pool.
 */
class GenerationTokenStoreTest {
    private static final String FAMILY = "things";

    @TempDir
    Path dir;

    private int port;
    private EmbeddedStore store;
    private MongoClient client;
    private final StoreConnections connections = new StoreConnections();
    private TokenStore tokens;
    private TokenStore delegate;
    private Views views;
    private Supplier<MongoCollection<Document>> things;

    @BeforeEach
    void setUp() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        store = EmbeddedStore.onFile(dir.resolve("store.mv"), port);
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.uri()))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyToConnectionPoolSettings(p -> p.addConnectionPoolListener(connections))
                .build());
        MongoDatabase db = client.getDatabase("tokens_test");
        delegate = MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(client, "tokens_test")
                        .build())
                .serializer(JacksonSerializer.defaultSerializer())
                .build();
        views = new Views(db, connections);
        things = views.collection(FAMILY, "things");
        tokens = new GenerationTokenStore(delegate, views::writeGeneration);
        tokens.initializeTokenSegments(FAMILY, 1, token(0));
        tokens.fetchToken(FAMILY, 0); // claims the segment
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    private static TrackingToken token(long index) {
        return GapAwareTrackingToken.newInstance(index, Set.of());
    }

    @Test
    void aBatchStoresItsTokenAfterItsViews() {
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            things.get().insertOne(new Document("_id", "a"));
            tokens.storeToken(token(1), FAMILY, 0);
        });

        assertThat(tokens.fetchToken(FAMILY, 0)).isEqualTo(token(1));
        assertThat(things.get().countDocuments()).isEqualTo(1);
    }

    @Test
    void aBatchWhoseStoreRestartedAfterItsFirstViewWriteDoesNotStoreItsToken() throws Exception {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        try {
            things.get().insertOne(new Document("_id", "a"));
            long before = connections.resets();
            store.close();
            store = EmbeddedStore.onFile(dir.resolve("store.mv"), port);
            awaitReconnected(before);

            // the token would reach the restarted store; the view written before may not have survived
            assertThatThrownBy(() -> tokens.storeToken(token(1), FAMILY, 0))
                    .isInstanceOf(Views.StoreResetDuringBatch.class);
        } finally {
            batch.rollback();
        }

        assertThat(tokens.fetchToken(FAMILY, 0))
                .as("the token stays where the views are")
                .isEqualTo(token(0));
    }

    /**
     * The hole the check before the write leaves: the store restarts after the batch's views, unnoticed, and the token's
     * write meets the dead connection. On a replica set the driver retries that write once on a new connection, which
     * reaches the restarted store; the embedded store is a standalone server, where the driver does not retry writes,
     * so the token store here does what the driver would: it tries once, and writes again on a new connection.
     */
    @Test
    void aTokenThatReachedAStoreRestartedDuringItsWriteIsPutBack() throws Exception {
        TokenStore retrying = retryingOnceAfterAFailedWrite(delegate);
        tokens = new GenerationTokenStore(retrying, views::writeGeneration);
        tokens.fetchToken(FAMILY, 0);
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        long before = connections.resets();
        try {
            things.get().insertOne(new Document("_id", "a"));
            store.close();
            store = EmbeddedStore.onFile(dir.resolve("store.mv"), port);
            assertThat(connections.resets())
                    .as("nothing noticed the restart yet")
                    .isEqualTo(before);

            assertThatThrownBy(() -> tokens.storeToken(token(1), FAMILY, 0))
                    .isInstanceOf(Views.StoreResetDuringBatch.class);
        } finally {
            batch.rollback();
        }

        assertThat(connections.resets()).as("the token's write met the restart").isGreaterThan(before);
        assertThat(tokens.fetchToken(FAMILY, 0))
                .as("the token is put back where the batch started")
                .isEqualTo(token(0));
    }

    /** A token store whose writes, when they fail on a connection, are tried once more, as the driver retries writes. */
    private static TokenStore retryingOnceAfterAFailedWrite(TokenStore store) {
        return (TokenStore) java.lang.reflect.Proxy.newProxyInstance(
                TokenStore.class.getClassLoader(), new Class<?>[] {TokenStore.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(store, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        if (!method.getName().equals("storeToken")
                                || !(e.getCause() instanceof com.mongodb.MongoSocketException)) {
                            throw e.getCause();
                        }
                        return method.invoke(store, args);
                    }
                });
    }

    @Test
    void aStoreResetBeforeTheBatchTouchedAViewDoesNotHoldItBack() throws Exception {
        long before = connections.resets();
        store.close();
        store = EmbeddedStore.onFile(dir.resolve("store.mv"), port);
        awaitReconnected(before);
        tokens.fetchToken(FAMILY, 0); // the claim is the same node's

        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            things.get().insertOne(new Document("_id", "b"));
            tokens.storeToken(token(2), FAMILY, 0);
        });

        assertThat(tokens.fetchToken(FAMILY, 0)).isEqualTo(token(2));
    }

    /** A read that succeeds after the driver noticed the restart: its pool was cleared and it connected again. */
    private void awaitReconnected(long resetsBefore) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try {
                client.getDatabase("tokens_test").runCommand(new Document("ping", 1));
                if (connections.resets() > resetsBefore) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the failed connection is what clears the pool
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the client did not notice the restart of the store");
    }
}
