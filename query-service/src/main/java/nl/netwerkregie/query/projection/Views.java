package nl.netwerkregie.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.netwerkregie.platform.store.EventStoreConfiguration;
import nl.netwerkregie.platform.store.StoreConnections;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The view collections of each family ({@link ViewFamily}) in generations, so that a rebuild is
 * invisible to readers. Generation 0 uses the plain collection names ({@code theme_networks});
 * generation <i>n</i> appends {@code _g<n>} ({@code theme_networks_g1}). The document
 * {@code view_generations/<group>} says which generation of that family readers use ({@code active})
 * and which one a rebuild is writing ({@code building}, absent when none runs). Code running inside an
 * Axon unit of work (the event handlers) writes the generation this instance's processor of the family
 * was started for; every other caller (the read API) reads the active one. A store written before
 * families existed has one document {@code view_generations/views}; each family starts from its
 * {@code active} generation.
 */
@org.springframework.stereotype.Component
public class Views {
    public static final String COLLECTION = "view_generations";

    private static final String BEFORE_FAMILIES = "views";
    /** The unit of work's resource saying how often the store's connections had been reset at its first view access. */
    private static final String STORE_RESETS = "views-store-connection-resets";

    private final MongoDatabase database;
    /** {@code null} in tests of one projection, which write outside any processor. */
    private final StoreConnections connections;

    private final MongoCollection<Document> generations;
    private final Map<String, Family> families = new ConcurrentHashMap<>();

    /** One family's collections and the generations this instance reads and writes. */
    private static final class Family {
        final Map<String, List<Bson>> indexes = new ConcurrentHashMap<>();
        volatile int read;
        volatile int write;
    }

    @org.springframework.beans.factory.annotation.Autowired
    public Views(MongoDatabase database, StoreConnections connections) {
        this.database = database;
        this.connections = connections;
        this.generations = database.getCollection(COLLECTION);
    }

    /** Where a family's generations stand: {@code building} is {@code null} when no rebuild runs. */
    public record State(int active, Integer building, long target) {}

    private Family family(String group) {
        return families.computeIfAbsent(group, g -> {
            Document before =
                    generations.find(Filters.eq("_id", BEFORE_FAMILIES)).first();
            int seed = before == null ? 0 : ((Number) before.get("active")).intValue();
            generations.updateOne(
                    Filters.eq("_id", g), Updates.setOnInsert("active", seed), new UpdateOptions().upsert(true));
            State s = state(g);
            Family f = new Family();
            f.read = s.active();
            f.write = s.building() == null ? s.active() : s.building();
            return f;
        });
    }

    /** The families that have collections here. */
    public Set<String> groups() {
        return Set.copyOf(families.keySet());
    }

    public State state(String group) {
        Document d = generations.find(Filters.eq("_id", group)).first();
        if (d == null) {
            return new State(0, null, -1);
        }
        Number target = (Number) d.get("target");
        return new State(
                ((Number) d.get("active")).intValue(),
                (Integer) d.get("building"),
                target == null ? -1 : target.longValue());
    }

    /** A view collection of {@code group} by its base name, resolved to the right generation at every use. */
    public Supplier<MongoCollection<Document>> collection(String group, String base, Bson... indexKeys) {
        Family f = family(group);
        f.indexes.putIfAbsent(base, List.of(indexKeys));
        for (Bson keys : indexKeys) {
            database.getCollection(name(base, f.write)).createIndex(keys);
        }
        // a processor's view writes do not wait for the journal; its token, written after them, does (see
        // EventStoreConfiguration.PROJECTION_WRITES)
        return () -> {
            if (!CurrentUnitOfWork.isStarted()) {
                return database.getCollection(name(base, f.read));
            }
            if (connections != null) {
                CurrentUnitOfWork.get()
                        .root()
                        .getOrComputeResource(STORE_RESETS, k -> new FirstAccess(connections, connections.resets()));
            }
            return database.getCollection(name(base, f.write))
                    .withWriteConcern(EventStoreConfiguration.PROJECTION_WRITES);
        };
    }

    private record FirstAccess(StoreConnections connections, long resets) {}

    /**
     * Refuses to let the current unit of work store its token when the client's connections to the store were reset
     * since it first touched a view. Its views were written without waiting for the journal, and a store that
     * restarted meanwhile may have lost them while the token, written next, would reach the restarted store: the
     * family would go on past views it never wrote. Refused, the batch is handled again from the stored token.
     */
    static void verifyNoStoreResetSinceFirstViewAccess() {
        if (storeResetSinceFirstViewAccess()) {
            throw new StoreResetDuringBatch();
        }
    }

    /**
     * Whether the client's connections to the store were reset since the current unit of work first touched a view,
     * asked after its token was written: the driver retries a write once on a new connection when the first attempt
     * fails, so a token written after the store restarted unnoticed reaches the restarted store without an error.
     */
    static boolean storeResetSinceFirstViewAccess() {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        FirstAccess first = CurrentUnitOfWork.get().root().getResource(STORE_RESETS);
        return first != null && first.connections().resets() != first.resets();
    }

    /** The store's connections were reset while a batch wrote its views; the batch is handled again. */
    public static final class StoreResetDuringBatch extends IllegalStateException {
        StoreResetDuringBatch() {
            super("the connections to the store were reset while this batch wrote its views and its token, and the"
                    + " views may not all have survived; the batch is handled again from the token it started from");
        }
    }

    static String name(String base, int generation) {
        return generation == 0 ? base : base + "_g" + generation;
    }

    /** The generation of {@code group} this instance's readers use. */
    public int readGeneration(String group) {
        return family(group).read;
    }

    /** The generation this instance's processor of {@code group} writes; 0 for a name that is no family. */
    int writeGeneration(String group) {
        Family f = families.get(group);
        return f == null ? 0 : f.write;
    }

    /** Readers of {@code group} follow the active generation of the store. */
    void readFrom(String group, int generation) {
        family(group).read = generation;
    }

    /** This instance's handlers of {@code group} write {@code generation} from now on; its indexes are created first. */
    void writeTo(String group, int generation) {
        Family f = family(group);
        f.indexes.forEach((base, keys) ->
                keys.forEach(k -> database.getCollection(name(base, generation)).createIndex(k)));
        f.write = generation;
    }

    /**
     * Starts building generation {@code active + 1} of {@code group} unless a rebuild of it already runs;
     * {@code target} is the event store's head, which the new generation must reach before readers switch to it.
     *
     * @return whether this call started it
     */
    boolean startBuilding(String group, long target) {
        State s = state(group);
        if (s.building() != null) {
            return false;
        }
        int next = s.active() + 1;
        dropGeneration(group, next);
        Document updated = generations.findOneAndUpdate(
                Filters.and(Filters.eq("_id", group), Filters.eq("active", s.active()), Filters.eq("building", null)),
                Updates.combine(
                        Updates.set("building", next),
                        Updates.set("target", target),
                        Updates.set("startedAt", new java.util.Date())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return updated != null;
    }

    /** Makes the generation being built the active one. */
    boolean switchTo(String group, int building) {
        return generations
                        .updateOne(
                                Filters.and(Filters.eq("_id", group), Filters.eq("building", building)),
                                Updates.combine(
                                        Updates.set("active", building),
                                        Updates.unset("building"),
                                        Updates.unset("target"),
                                        Updates.set("previous", building - 1)))
                        .getModifiedCount()
                == 1;
    }

    /** Drops every collection of {@code group}'s {@code generation}. */
    void dropGeneration(String group, int generation) {
        for (String base : family(group).indexes.keySet()) {
            database.getCollection(name(base, generation)).drop();
        }
    }

    /** Generations as the store has them, for tests of one projection. */
    public static Views fixed(MongoDatabase database) {
        return new Views(database, null);
    }
}
