package nl.netwerkregie.query.network;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.netwerkregie.events.ContactMade;
import nl.netwerkregie.events.ContactPrepared;
import nl.netwerkregie.events.IngredientWithdrawn;
import nl.netwerkregie.events.IngredientsAdded;
import nl.netwerkregie.events.InvitedToPosition;
import nl.netwerkregie.events.ManifestationHarvestRecorded;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.SchakelAdded;
import nl.netwerkregie.events.SchakelInvitedToAnalyse;
import nl.netwerkregie.events.SchakelLinked;
import nl.netwerkregie.events.SchakelUnlinked;
import nl.netwerkregie.events.ThemeBuurtenChanged;
import nl.netwerkregie.events.ThemeEvent;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.events.ThemeStoryChanged;
import nl.netwerkregie.query.network.ThemeNetwork.Chunk;
import nl.netwerkregie.query.projection.BatchedDocuments;
import nl.netwerkregie.query.projection.MongoJson;
import nl.netwerkregie.query.projection.ViewFamily;
import nl.netwerkregie.query.projection.Views;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Builds {@link ThemeNetwork} in two collections: {@code theme_networks} ({@code _id} = theme id:
 * names, stories, buurten, ingredients, contacts, harvests) and {@code theme_network_actors}
 * ({@code _id} = theme id + ':' + a bucket 00..63 chosen by actor id: the actors' position shifts
 * and invitations and the schakels' links). An event rewrites only the document it concerns; a read
 * is one lookup by {@code _id} and one {@code $in} of at most 64 {@code _id}s. Both collections are
 * indexed on {@code municipality} (and the chunks on {@code themeId}) for a real MongoDB.
 * Events of one theme arrive in order (one segment per theme), so a read-modify-replace per event is
 * safe; each document's {@code lastSequence} makes a redelivered event change nothing.
 */
@Component
@ProcessingGroup(ThemeNetworkProjection.GROUP)
public class ThemeNetworkProjection {
    public static final String GROUP = "network";
    public static final String COLLECTION = "theme_networks";
    public static final String CHUNKS = "theme_network_actors";
    static final int BUCKETS = 64;
    /**
     * The network documents the processor keeps between its batches (checked against their stored version first):
     * cores and actor buckets of the themes that are changing, so a batch does not read and parse them again. Each
     * instance keeps at most this many: a bucket of the 5,000-actor theme is about 150 KB, most are a few KB.
     */
    static final int KEPT_CORES = 1_000;

    static final int KEPT_CHUNKS = 8_000;
    private final java.util.function.Supplier<MongoCollection<Document>> networks;
    private final java.util.function.Supplier<MongoCollection<Document>> chunks;
    private final MongoJson json;
    private final BatchedDocuments<ThemeNetwork> cores;
    private final BatchedDocuments<Chunk> actorChunks;

    ThemeNetworkProjection(Views views, MongoJson json) {
        this.networks = views.collection(GROUP, COLLECTION, Indexes.ascending("municipality"));
        this.chunks = views.collection(GROUP, CHUNKS, Indexes.ascending("municipality"), Indexes.ascending("themeId"));
        this.json = json;
        this.cores = new BatchedDocuments<>(
                networks, d -> json.fromDocument(rename(d, "_id", "id"), ThemeNetwork.class), n -> {
                    Document core = rename(json.toDocument(n), "id", "_id");
                    core.remove("actors");
                    core.remove("schakels");
                    return core;
                });
        this.actorChunks = new BatchedDocuments<>(
                        chunks, d -> json.fromDocument(rename(d, "_id", "id"), Chunk.class), this::chunkDocument)
                .prefetching(ThemeNetworkProjection::chunkOf)
                .keeping(KEPT_CHUNKS, "lastSequence", c -> c.lastSequence);
        this.cores
                .prefetching(m -> ThemeEvent.class.isAssignableFrom(m.getPayloadType())
                        ? ((ThemeEvent) m.getPayload()).themeId().value()
                        : null)
                .keeping(KEPT_CORES, "lastSequence", n -> n.lastSequence);
    }

    /**
     * The stored form of a bucket, as the mapper writes a {@link Chunk} with its {@code id} as {@code _id}: the actors
     * the bucket's batch did not change in their form as last written ({@link Chunk#written}), the others converted
     * anew. A bucket of the 5,000-actor theme holds about 80 actors, of which a batch of 1,000 events changes a few;
     * converting all of them for every batch was a quarter of the processor time of the family's rebuild.
     */
    private Document chunkDocument(Chunk c) {
        List<Document> actors = new ArrayList<>(c.actors.size());
        for (ThemeNetwork.ActorEntry a : c.actors) {
            actors.add(c.written.computeIfAbsent(a.actorId, id -> json.toDocument(a)));
        }
        List<Document> schakels = new ArrayList<>(c.schakels.size());
        for (ThemeNetwork.SchakelEntry s : c.schakels) {
            schakels.add(json.toDocument(s));
        }
        return new Document("_id", c.id)
                .append("themeId", c.themeId)
                .append("municipality", c.municipality)
                .append("lastSequence", c.lastSequence)
                .append("actors", actors)
                .append("schakels", schakels);
    }

    /** The actor bucket an event of one actor in a theme changes, or {@code null} for another event. */
    static String chunkOf(org.axonframework.eventhandling.EventMessage<?> message) {
        if (!ThemeEvent.class.isAssignableFrom(message.getPayloadType())) {
            return null;
        }
        Object e = message.getPayload();
        ActorId actor = null;
        if (e instanceof PositionShifted p) {
            actor = p.actorId();
        } else if (e instanceof SchakelAdded a) {
            actor = a.actorId();
        } else if (e instanceof SchakelLinked l) {
            actor = l.actorId();
        } else if (e instanceof SchakelUnlinked u) {
            actor = u.actorId();
        } else if (e instanceof SchakelInvitedToAnalyse i) {
            actor = i.actorId();
        } else if (e instanceof InvitedToPosition t) {
            actor = t.actorId();
        } else if (e instanceof nl.netwerkregie.events.PositionEvidenceCited c) {
            actor = c.actorId();
        } else if (e instanceof nl.netwerkregie.events.PositionShiftRetracted r) {
            actor = r.actorId();
        }
        return actor == null ? null : chunkId(((ThemeEvent) e).themeId().value(), bucket(actor));
    }

    /** The whole network: one lookup by {@code _id} and one {@code $in} by {@code _id} for the actor buckets. */
    public Optional<ThemeNetwork> find(String themeId) {
        Optional<ThemeNetwork> core = findCore(themeId);
        core.ifPresent(n -> {
            List<String> ids = new ArrayList<>(BUCKETS);
            for (int b = 0; b < BUCKETS; b++) {
                ids.add(chunkId(themeId, b));
            }
            for (Document d : chunks.get().find(Filters.in("_id", ids)).batchSize(CHUNKS_AT_ONCE)) {
                Chunk c = json.fromDocument(rename(d, "_id", "id"), Chunk.class);
                n.actors.addAll(c.actors);
                n.schakels.addAll(c.schakels);
            }
            n.orderActorsById();
        });
        return core;
    }

    /**
     * The networks of {@code themeIds} that exist, by theme, as {@link #find} reads each: per batch of
     * {@value #FIND_BATCH} themes one query for the cores and one for their actors' buckets by {@code _id}.
     */
    public java.util.Map<String, ThemeNetwork> findAll(java.util.Collection<String> themeIds) {
        java.util.Map<String, ThemeNetwork> out = new java.util.HashMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(themeIds));
        for (int from = 0; from < all.size(); from += FIND_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + FIND_BATCH));
            for (Document d : networks.get().find(Filters.in("_id", batch))) {
                ThemeNetwork n = json.fromDocument(rename(d, "_id", "id"), ThemeNetwork.class);
                out.put(n.id, n);
            }
            List<String> ids = new ArrayList<>(batch.size() * BUCKETS);
            for (String themeId : batch) {
                if (out.containsKey(themeId)) {
                    for (int b = 0; b < BUCKETS; b++) {
                        ids.add(chunkId(themeId, b));
                    }
                }
            }
            if (!ids.isEmpty()) {
                for (Document d : chunks.get().find(Filters.in("_id", ids)).batchSize(CHUNKS_AT_ONCE)) {
                    Chunk c = json.fromDocument(rename(d, "_id", "id"), Chunk.class);
                    ThemeNetwork n = out.get(c.themeId);
                    if (n != null) {
                        n.actors.addAll(c.actors);
                        n.schakels.addAll(c.schakels);
                    }
                }
            }
        }
        out.values().forEach(ThemeNetwork::orderActorsById);
        return out;
    }

    /**
     * How many actor buckets a read takes from the store at a time: the buckets of a theme of thousands of actors
     * are hundreds of kilobytes each, and a reply the store fills up to 16 MB would be decoded whole.
     */
    private static final int CHUNKS_AT_ONCE = 16;

    /** How many themes one query of {@link #findAll} asks for. */
    private static final int FIND_BATCH = 100;

    private Optional<ThemeNetwork> findCore(String themeId) {
        return Optional.ofNullable(
                        networks.get().find(Filters.eq("_id", themeId)).first())
                .map(d -> json.fromDocument(rename(d, "_id", "id"), ThemeNetwork.class));
    }

    @EventHandler
    void on(ThemeNamed e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(ThemeRenamed e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(ThemeStoryChanged e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(ThemeBuurtenChanged e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(IngredientsAdded e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(nl.netwerkregie.events.IngredientPlaced e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(IngredientWithdrawn e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(ContactPrepared e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(ContactMade e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(ManifestationHarvestRecorded e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(nl.netwerkregie.events.ThemeStoryRetracted e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(nl.netwerkregie.events.ContactMadeRetracted e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(nl.netwerkregie.events.HarvestItemRetracted e, @SequenceNumber long seq) {
        update(e.themeId(), seq, n -> NetworkFold.applyCore(n, e, seq));
    }

    @EventHandler
    void on(SchakelAdded e, @SequenceNumber long seq) {
        updateChunk(e.themeId(), e.actorId(), seq, c -> NetworkFold.applyChunk(c, e, seq, null, null));
    }

    @EventHandler
    void on(SchakelLinked e, @SequenceNumber long seq) {
        updateChunk(e.themeId(), e.actorId(), seq, c -> NetworkFold.applyChunk(c, e, seq, null, null));
    }

    @EventHandler
    void on(SchakelUnlinked e, @SequenceNumber long seq) {
        updateChunk(e.themeId(), e.actorId(), seq, c -> NetworkFold.applyChunk(c, e, seq, null, null));
    }

    @EventHandler
    void on(SchakelInvitedToAnalyse e, @SequenceNumber long seq) {
        updateChunk(e.themeId(), e.actorId(), seq, c -> NetworkFold.applyChunk(c, e, seq, null, null));
    }

    @EventHandler
    void on(InvitedToPosition e, @SequenceNumber long seq) {
        updateChunk(e.themeId(), e.actorId(), seq, c -> NetworkFold.applyChunk(c, e, seq, null, null));
    }

    @EventHandler
    void on(
            PositionShifted e,
            @SequenceNumber long seq,
            @Timestamp Instant recordedAt,
            @MetaDataValue("reason") String reason) {
        updateChunk(e.themeId(), e.actorId(), seq, c -> NetworkFold.applyChunk(c, e, seq, recordedAt, reason));
    }

    @EventHandler
    void on(nl.netwerkregie.events.PositionEvidenceCited e, @SequenceNumber long seq) {
        updateChunk(e.themeId(), e.actorId(), seq, c -> NetworkFold.applyChunk(c, e, seq, null, null));
    }

    @EventHandler
    void on(nl.netwerkregie.events.PositionShiftRetracted e, @SequenceNumber long seq) {
        updateChunk(e.themeId(), e.actorId(), seq, c -> NetworkFold.applyChunk(c, e, seq, null, null));
    }

    @org.springframework.context.annotation.Bean
    static ViewFamily networkFamily() {
        String theme = "/v1/municipalities/{municipality}/themes/{themeId}";
        return new ViewFamily(
                GROUP, java.util.List.of(theme + "/network", theme + "/network.svg", theme + "/position-shifts"));
    }

    @ResetHandler
    void reset() {
        networks.get().deleteMany(new Document());
        chunks.get().deleteMany(new Document());
    }

    private void update(ThemeId themeId, long seq, Consumer<ThemeNetwork> change) {
        ThemeNetwork network = cores.find(themeId.value()).orElseGet(() -> {
            ThemeNetwork n = new ThemeNetwork();
            n.id = themeId.value();
            return n;
        });
        if (seq <= network.lastSequence) {
            return;
        }
        change.accept(network);
        network.lastSequence = seq;
        cores.save(network.id, network);
    }

    private void updateChunk(ThemeId themeId, ActorId actorId, long seq, Consumer<Chunk> change) {
        String id = chunkId(themeId.value(), bucket(actorId));
        Chunk chunk = actorChunks.find(id).orElseGet(() -> {
            Chunk c = new Chunk();
            c.id = id;
            c.themeId = themeId.value();
            c.municipality =
                    cores.find(themeId.value()).map(n -> n.municipality).orElse(null);
            return c;
        });
        if (seq <= chunk.lastSequence) {
            return;
        }
        change.accept(chunk);
        chunk.written.remove(actorId.value()); // its stored form changes; the bucket's other actors keep theirs
        chunk.lastSequence = seq;
        actorChunks.save(id, chunk);
    }

    /** A stable bucket for an actor: the low bits of its UUID's last hex digits. */
    static int bucket(ActorId actorId) {
        String v = actorId.value();
        return Integer.parseInt(v.substring(v.length() - 2), 16) % BUCKETS;
    }

    private static String chunkId(String themeId, int bucket) {
        return themeId + ":" + String.format("%02d", bucket);
    }

    private static Document rename(Document d, String from, String to) {
        Document out = new Document(to, d.get(from));
        d.forEach((k, v) -> {
            if (!k.equals(from)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
