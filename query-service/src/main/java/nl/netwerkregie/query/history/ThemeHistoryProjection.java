package nl.netwerkregie.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import nl.netwerkregie.events.ThemeEvent;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.query.projection.BatchedDocuments;
import nl.netwerkregie.query.projection.ViewFamily;
import nl.netwerkregie.query.projection.Views;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Revision;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.springframework.stereotype.Component;

/**
 * Every event of every theme, in order, with its metadata. Collections:
 * {@code theme_history} ({@code _id} = theme id + ':' + the zero-padded sequence number, so a page
 * is a set of lookups by {@code _id}; index on {@code themeId, sequence} for a real MongoDB) and
 * {@code theme_history_heads} ({@code _id} = theme id: its municipality and last sequence number).
 * Writing by {@code _id} makes a redelivered event change nothing.
 */
@Component
@ProcessingGroup(ThemeHistoryProjection.GROUP)
public class ThemeHistoryProjection {
    public static final String GROUP = "history";
    public static final String COLLECTION = "theme_history";
    public static final String HEADS = "theme_history_heads";
    private final java.util.function.Supplier<MongoCollection<Document>> history;
    private final java.util.function.Supplier<MongoCollection<Document>> heads;
    private final ObjectMapper json;
    private final Views views;
    private final BatchedDocuments<Document> entries;
    private final BatchedDocuments<Document> pendingHeads;

    ThemeHistoryProjection(Views views, ObjectMapper json) {
        this.history = views.collection(GROUP, COLLECTION, Indexes.ascending("themeId", "sequence"));
        this.heads = views.collection(GROUP, HEADS);
        this.json = json;
        this.views = views;
        this.entries = new BatchedDocuments<>(history, d -> d, d -> d);
        this.pendingHeads = new BatchedDocuments<Document>(heads, d -> d, d -> d, 1)
                .prefetching(m -> ThemeEvent.class.isAssignableFrom(m.getPayloadType())
                        ? ((ThemeEvent) m.getPayload()).themeId().value()
                        : null);
    }

    /** The municipality of a theme and the number of events in its history. */
    public record Head(String municipality, long events) {}

    @EventHandler
    void on(ThemeEvent event, DomainEventMessage<?> message) {
        String themeId = event.themeId().value();
        long seq = message.getSequenceNumber();
        Document head = pendingHeads.find(themeId).orElseGet(() -> new Document("_id", themeId));
        if (event instanceof ThemeNamed named) {
            head.put("municipality", named.municipality().value());
        }
        String municipality = head.getString("municipality");
        if (municipality == null) {
            throw new IllegalStateException("history of theme " + themeId + " has no ThemeNamed event");
        }
        Number last = (Number) head.get("lastSequence");
        head.put("lastSequence", last == null ? seq : Math.max(last.longValue(), seq));
        pendingHeads.save(themeId, head);
        Revision revision = message.getPayloadType().getAnnotation(Revision.class);
        Document entry = new Document("_id", id(themeId, seq))
                .append("themeId", themeId)
                .append("municipality", municipality)
                .append("sequence", seq)
                .append("eventId", message.getIdentifier())
                .append("type", message.getPayloadType().getSimpleName())
                .append("revision", revision == null ? null : revision.value())
                .append("effectiveDate", event.effectiveDate().toString())
                .append("recordedAt", message.getTimestamp().toString())
                .append("recordedBy", message.getMetaData().get("recordedBy"))
                .append("reason", message.getMetaData().get("reason"))
                .append("correlationId", message.getMetaData().get("correlationId"))
                .append("payload", new Document(json.convertValue(event, Map.class)));
        entries.save(entry.getString("_id"), entry);
    }

    @org.springframework.context.annotation.Bean
    static ViewFamily historyFamily() {
        return new ViewFamily(GROUP, java.util.List.of("/v1/municipalities/{municipality}/themes/{themeId}/history"));
    }

    @ResetHandler
    void reset() {
        history.get().deleteMany(new Document());
        heads.get().deleteMany(new Document());
    }

    public Optional<Head> head(String themeId) {
        Document d = heads.get().find(Filters.eq("_id", themeId)).first();
        return d == null
                ? Optional.empty()
                : Optional.of(new Head(d.getString("municipality"), ((Number) d.get("lastSequence")).longValue() + 1));
    }

    /**
     * A theme's head as of {@code version}, the theme's version the family includes as read just before: kept in
     * memory per view generation and version, so that reads of a theme that holds still look it up once. The family
     * writes a head before the progress that counts it, so the head read after version V holds at least the events up
     * to V. A version below 0 (the family has none) is never kept.
     */
    public Optional<Head> head(String themeId, long version) {
        if (version < 0) {
            return head(themeId);
        }
        int generation = views.readGeneration(GROUP);
        KnownHead known = knownHeads.get(themeId);
        if (known != null && known.generation() == generation && known.version() == version) {
            return Optional.of(known.head());
        }
        Optional<Head> head = head(themeId);
        head.ifPresent(h -> {
            if (knownHeads.size() >= KNOWN_HEADS) {
                knownHeads.clear(); // a bound, not a policy: the themes read again are looked up again
            }
            knownHeads.put(themeId, new KnownHead(generation, version, h));
        });
        return head;
    }

    /** The most heads kept in memory. */
    static final int KNOWN_HEADS = 10_000;

    private record KnownHead(int generation, long version, Head head) {}

    private final java.util.concurrent.ConcurrentHashMap<String, KnownHead> knownHeads =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The entries with sequence numbers {@code from} (inclusive) to {@code to} (exclusive), in order: as the store
     * returned them, written to a response from their bytes ({@link HistoryJson}).
     */
    public List<HistoryEntry> range(String themeId, long from, long to) {
        List<String> ids =
                LongStream.range(from, to).mapToObj(s -> id(themeId, s)).toList();
        MongoCollection<Document> collection = history.get();
        RawBsonDocument[] found = new RawBsonDocument[ids.size()];
        int count = 0;
        for (RawBsonDocument d :
                collection.withDocumentClass(RawBsonDocument.class).find(Filters.in("_id", ids))) {
            // the _id ends in the zero-padded sequence number: where the entry goes on the page
            String id = d.getString("_id").getValue();
            int at = (int) (Long.parseLong(id, id.lastIndexOf(':') + 1, id.length(), 10) - from);
            if (found[at] == null) {
                count++;
            }
            found[at] = d;
        }
        List<RawBsonDocument> inOrder = new ArrayList<>(count);
        for (RawBsonDocument d : found) {
            if (d != null) {
                inOrder.add(d);
            }
        }
        return new StoredEntries(inOrder, collection.getCodecRegistry().get(Document.class));
    }

    /** An entry's {@code _id}: the theme id, a colon and the sequence number zero-padded to ten digits. */
    static String id(String themeId, long seq) {
        String digits = Long.toString(seq);
        StringBuilder id =
                new StringBuilder(themeId.length() + 11).append(themeId).append(':');
        for (int i = digits.length(); i < 10; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }
}
