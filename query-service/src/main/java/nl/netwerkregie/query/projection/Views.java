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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The view collections in generations, so that a rebuild is invisible to readers. Generation 0 uses
 * the plain collection names ({@code theme_networks}); generation <i>n</i> appends {@code _g<n>}
 * ({@code theme_networks_g1}). The document {@code view_generations/views} says which generation
 * readers use ({@code active}) and which one a rebuild is writing ({@code building}, absent when none
 * runs). Code running inside an Axon unit of work (the event handlers) writes the generation this
 * instance's processor was started for; every other caller (the read API) reads the active one.
 */
@org.springframework.stereotype.Component
public class Views {
    public static final String COLLECTION = "view_generations";
    private static final String ID = "views";
    private final MongoDatabase database;
    private final MongoCollection<Document> generations;
    private final Map<String, List<Bson>> indexes = new ConcurrentHashMap<>();
    private volatile int readGeneration;
    private volatile int writeGeneration;

    public Views(MongoDatabase database) {
        this.database = database;
        this.generations = database.getCollection(COLLECTION);
        generations.updateOne(Filters.eq("_id", ID), Updates.setOnInsert("active", 0), new UpdateOptions().upsert(true));
        State s = state();
        this.readGeneration = s.active();
        this.writeGeneration = s.building() == null ? s.active() : s.building();
    }

    /** Where the generations stand: {@code building} is {@code null} when no rebuild runs. */
    public record State(int active, Integer building, long target) {
    }

    public State state() {
        Document d = generations.find(Filters.eq("_id", ID)).first();
        if (d == null) {
            return new State(0, null, -1);
        }
        Number target = (Number) d.get("target");
        return new State(((Number) d.get("active")).intValue(), (Integer) d.get("building"),
                target == null ? -1 : target.longValue());
    }

    /** A view collection by its base name, resolved to the right generation at every use. */
    public Supplier<MongoCollection<Document>> collection(String base, Bson... indexKeys) {
        indexes.putIfAbsent(base, List.of(indexKeys));
        for (Bson keys : indexKeys) {
            database.getCollection(name(base, writeGeneration)).createIndex(keys);
        }
        return () -> database.getCollection(name(base, CurrentUnitOfWork.isStarted() ? writeGeneration : readGeneration));
    }

    static String name(String base, int generation) {
        return generation == 0 ? base : base + "_g" + generation;
    }

    int readGeneration() {
        return readGeneration;
    }

    int writeGeneration() {
        return writeGeneration;
    }

    /** Readers follow the active generation of the store. */
    void readFrom(int generation) {
        readGeneration = generation;
    }

    /** This instance's handlers write {@code generation} from now on; its indexes are created first. */
    void writeTo(int generation) {
        indexes.forEach((base, keys) -> keys.forEach(k -> database.getCollection(name(base, generation)).createIndex(k)));
        writeGeneration = generation;
    }

    /**
     * Starts building generation {@code active + 1} unless a rebuild already runs; {@code target} is the
     * event store's head, which the new generation must reach before readers switch to it.
     *
     * @return whether this call started it
     */
    boolean startBuilding(long target) {
        State s = state();
        if (s.building() != null) {
            return false;
        }
        int next = s.active() + 1;
        dropGeneration(next);
        Document updated = generations.findOneAndUpdate(
                Filters.and(Filters.eq("_id", ID), Filters.eq("active", s.active()), Filters.eq("building", null)),
                Updates.combine(Updates.set("building", next), Updates.set("target", target),
                        Updates.set("startedAt", new java.util.Date())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return updated != null;
    }

    /** Makes the generation being built the active one. */
    boolean switchTo(int building) {
        return generations.updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("building", building)),
                Updates.combine(Updates.set("active", building), Updates.unset("building"), Updates.unset("target"),
                        Updates.set("previous", building - 1))).getModifiedCount() == 1;
    }

    /** Drops every collection of {@code generation}. */
    void dropGeneration(int generation) {
        for (String base : indexes.keySet()) {
            database.getCollection(name(base, generation)).drop();
        }
    }

    /** A fixed generation 0, for tests of one projection. */
    public static Views fixed(MongoDatabase database) {
        return new Views(database);
    }
}
