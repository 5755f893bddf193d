package nl.netwerkregie.query.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.netwerkregie.events.EventTypes;
import nl.netwerkregie.values.StoredForm;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The temporal-view pattern (ADR 0008, 0010): one head document per aggregate ({@code _id} = its id) holding
 * a few fixed fields, the sequence number of the last event applied and the aggregate's latest facts,
 * appended in recording order, each with its sequence number, event type, effective date and payload. Once
 * the head holds {@value #CHUNK} facts they move, unchanged, to a sealed chunk document
 * ({@code _id = <id>#<n>}, n from 0; the head counts them in {@code sealed}), so an append rewrites at most
 * that many facts and no log nears MongoDB's 16 MB document limit. A head without {@code sealed} (written
 * before chunks existed) has all its facts inline and is read as it is. Nothing is rewritten in place: a
 * back-dated fact is one more entry, a redelivered event (sequence not above {@code lastSequence}) changes
 * nothing, and a later bitemporal read has the recording order it needs. A read on a date is one lookup by
 * {@code _id} (plus one {@code $in} of the sealed chunks) and a fold of the facts dated on or before it; a log
 * read before is answered from memory (at most {@code cached} logs) once a lookup of its last sequence shows
 * nothing was appended since.
 */
public final class FactLog {
    /** The most facts the head of a log holds before they are sealed into a chunk document. */
    public static final int CHUNK = 1_000;

    private final String group;
    private final Supplier<MongoCollection<Document>> collection;
    private final BatchedDocuments<Document> documents;
    private final ObjectMapper json;
    private final Views views;
    private final Map<String, Facts> read;

    /** The stored log of one aggregate: its fixed fields, the last event applied and its facts in recording order. */
    public record Facts(Document fields, long lastSequence, List<Fact> facts) {
        /** The facts' events in recording order. */
        public List<Object> events() {
            return facts.stream().map(Fact::event).toList();
        }
    }

    /** One fact: the event, its effective date and its sequence number in the aggregate's stream. */
    public record Fact(long sequence, LocalDate date, Object event) {}

    public FactLog(String group, String base, Views views, ObjectMapper json, int cached, Bson... indexKeys) {
        this.group = group;
        this.collection = views.collection(group, base, indexKeys);
        this.documents = new BatchedDocuments<>(collection, d -> d, d -> d);
        this.json = json;
        this.views = views;
        this.read = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Facts> eldest) {
                return size() > cached;
            }
        });
    }

    /** The collection, for queries on the fixed fields. */
    public MongoCollection<Document> collection() {
        return collection.get();
    }

    /** Whether a log for {@code id} exists, in this unit of work's view. */
    public boolean exists(String id) {
        return documents.find(id).isPresent();
    }

    /**
     * Appends the event as a fact of {@code id}'s log. A new log takes {@code fields} as its fixed fields;
     * an existing one keeps its own. An event at or below the log's last sequence is passed over.
     */
    @SuppressWarnings("unchecked")
    public void append(String id, Document fields, long sequence, LocalDate date, Object event) {
        Document log = documents.find(id).orElse(null);
        if (log == null) {
            log = new Document(fields)
                    .append("_id", id)
                    .append("lastSequence", -1L)
                    .append("facts", List.of());
        }
        if (sequence <= log.get("lastSequence", Number.class).longValue()) {
            return; // redelivered
        }
        List<Document> facts = new ArrayList<>(log.getList("facts", Document.class));
        int sealed = log.get("sealed", Number.class) == null
                ? 0
                : log.get("sealed", Number.class).intValue();
        if (facts.size() >= CHUNK) {
            documents.save(chunkId(id, sealed), new Document("_id", chunkId(id, sealed)).append("facts", facts));
            sealed++;
            facts = new ArrayList<>();
        }
        facts.add(new Document("seq", sequence)
                .append("type", EventTypes.nameOf(event.getClass()).orElseThrow())
                .append("date", date.toString())
                .append("data", new Document(json.convertValue(event, Map.class))));
        Document next = new Document(log);
        next.put("lastSequence", sequence);
        next.put("sealed", sealed);
        next.put("facts", facts);
        documents.save(id, next);
    }

    /** Empties the log collection (a rebuild of the family) and the memory of logs read. */
    public void reset() {
        collection.get().deleteMany(new Document());
        read.clear();
    }

    /** The log of {@code id}, read back as the events it was made from; from memory while its last sequence is unchanged. */
    public Optional<Facts> find(String id) {
        Document head = collection
                .get()
                .find(Filters.eq("_id", id))
                .projection(new Document("lastSequence", 1))
                .first();
        if (head == null) {
            return Optional.empty();
        }
        String key = views.readGeneration(group) + ":" + id;
        Facts cached = read.get(key);
        if (cached != null
                && cached.lastSequence()
                        == head.get("lastSequence", Number.class).longValue()) {
            return Optional.of(cached);
        }
        Document d = collection.get().find(Filters.eq("_id", id)).first();
        if (d == null) {
            return Optional.empty();
        }
        Facts loaded = facts(d);
        read.put(key, loaded);
        return Optional.of(loaded);
    }

    /**
     * The logs of {@code ids} that exist, by id, as {@link #find} reads each: one query for the heads' last
     * sequences and one for the logs not in memory (in batches of {@value #BATCH}), whatever their number.
     */
    public Map<String, Facts> findAll(java.util.Collection<String> ids) {
        Map<String, Facts> out = new java.util.HashMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            String generation = views.readGeneration(group) + ":";
            List<String> missing = new ArrayList<>();
            collection
                    .get()
                    .find(Filters.in("_id", batch))
                    .projection(new Document("lastSequence", 1))
                    .forEach(head -> {
                        String id = head.getString("_id");
                        Facts cached = read.get(generation + id);
                        if (cached != null
                                && cached.lastSequence()
                                        == head.get("lastSequence", Number.class)
                                                .longValue()) {
                            out.put(id, cached);
                        } else {
                            missing.add(id);
                        }
                    });
            if (!missing.isEmpty()) {
                collection.get().find(Filters.in("_id", missing)).forEach(d -> {
                    Facts loaded = facts(d);
                    read.put(generation + d.getString("_id"), loaded);
                    out.put(d.getString("_id"), loaded);
                });
            }
        }
        return out;
    }

    /** How many logs one query of {@link #findAll} asks for. */
    private static final int BATCH = 500;

    private static String chunkId(String id, int n) {
        return id + "#" + n;
    }

    /** A stored log read back from its head and sealed chunks; stored facts are read as recorded, without today's input rules. */
    public Facts facts(Document d) {
        List<Document> stored = new ArrayList<>();
        int sealed = d.get("sealed", Number.class) == null
                ? 0
                : d.get("sealed", Number.class).intValue();
        if (sealed > 0) {
            List<String> ids = new ArrayList<>();
            for (int n = 0; n < sealed; n++) {
                ids.add(chunkId(d.getString("_id"), n));
            }
            Map<String, Document> chunks = new java.util.HashMap<>();
            collection.get().find(Filters.in("_id", ids)).forEach(c -> chunks.put(c.getString("_id"), c));
            for (String chunk : ids) {
                Document c = chunks.get(chunk);
                if (c == null) {
                    throw new IllegalStateException("fact log " + d.getString("_id") + " misses its chunk " + chunk);
                }
                stored.addAll(c.getList("facts", Document.class));
            }
        }
        stored.addAll(d.getList("facts", Document.class));
        List<Fact> facts = new ArrayList<>();
        for (Document fact : stored) {
            Class<?> type = EventTypes.forName(fact.getString("type")).orElse(null);
            if (type != null) {
                Object event = StoredForm.read(() -> json.convertValue(fact.get("data", Document.class), type));
                facts.add(new Fact(
                        fact.get("seq", Number.class).longValue(), LocalDate.parse(fact.getString("date")), event));
            }
        }
        Document fields = new Document(d);
        fields.remove("facts");
        fields.remove("sealed");
        return new Facts(fields, d.get("lastSequence", Number.class).longValue(), List.copyOf(facts));
    }
}
