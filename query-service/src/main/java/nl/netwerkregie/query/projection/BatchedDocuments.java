package nl.netwerkregie.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

/**
 * Projection documents read and written by {@code _id} through Axon's unit of work: an event
 * processor handles a batch of events in one unit of work, so a document changed by many events of
 * the batch is read once, kept in memory, and written once, in one bulk write when the unit of work
 * commits. If that write fails the batch is handled again, which the projections' idempotence allows.
 * Outside a unit of work every change is written at once.
 *
 * @param <T> the Java form of a document
 */
public final class BatchedDocuments<T> {
    private final java.util.function.Supplier<MongoCollection<Document>> collection;
    private final Function<Document, T> read;
    private final Function<T, Document> write;
    private static final String RESOURCE = "batched-documents";
    private final int order;
    private final java.util.function.BiFunction<String, Document, WriteModel<Document>> writeModel;
    /** The most {@code _id}s in one prefetching {@code $in}. */
    private static final int PREFETCH_IDS = 500;

    private Function<EventMessage<?>, String> prefetchIdOf;
    /** Documents the last units of work of this instance read or wrote, by collection and {@code _id}. */
    private Map<String, Kept<T>> kept;

    private String versionField;
    private java.util.function.ToLongFunction<T> versionOf;

    private record Kept<T>(T value, long version) {}

    public BatchedDocuments(
            java.util.function.Supplier<MongoCollection<Document>> collection,
            Function<Document, T> read,
            Function<T, Document> write) {
        this(collection, read, write, 0);
    }

    /**
     * @param order documents with a lower order are written first in every unit of work: entries before
     *              the head that counts them, every view before the progress marker that says it is complete
     */
    public BatchedDocuments(
            java.util.function.Supplier<MongoCollection<Document>> collection,
            Function<Document, T> read,
            Function<T, Document> write,
            int order) {
        this(collection, read, write, order, BatchedDocuments::replacement);
    }

    /**
     * @param writeModel how a saved document is written (by default it replaces the stored one, or is inserted):
     *                   a progress marker raises the stored version with {@code $max} instead, so it never needs
     *                   to be read first and never goes back
     */
    public BatchedDocuments(
            java.util.function.Supplier<MongoCollection<Document>> collection,
            Function<Document, T> read,
            Function<T, Document> write,
            int order,
            java.util.function.BiFunction<String, Document, WriteModel<Document>> writeModel) {
        this.collection = collection;
        this.read = read;
        this.write = write;
        this.order = order;
        this.writeModel = writeModel;
    }

    /**
     * Reads, at the first lookup of a unit of work that handles a batch of events, the documents every event of the
     * batch will look up, in one {@code $in} of their {@code _id}s, instead of one lookup each as the handlers come
     * to them: a family's thread waits for each lookup, and during a replay a batch touches many documents.
     *
     * @param idOf the {@code _id} of the document the handler of this event looks up, or {@code null} for none; it
     *             may read the event's payload, which is deserialised then rather than in the handler
     * @return this
     */
    public BatchedDocuments<T> prefetching(Function<EventMessage<?>, String> idOf) {
        this.prefetchIdOf = idOf;
        return this;
    }

    /**
     * Keeps, after each unit of work that prefetched them, up to {@code max} of the documents it read or wrote, and
     * hands them to a later unit of work of this instance whose events need them again, once a query that returns
     * only their version (the field {@code versionField}) shows them unchanged in the store: a theme's network is
     * then not read and parsed again for every batch. A document another instance wrote since, or that a unit of work
     * rolled back after changing, is read again. The version must change with every write of the document.
     *
     * @return this
     */
    public BatchedDocuments<T> keeping(int max, String versionField, java.util.function.ToLongFunction<T> versionOf) {
        this.versionField = versionField;
        this.versionOf = versionOf;
        this.kept = max <= 0
                ? null
                : new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Kept<T>> eldest) {
                        return size() > max;
                    }
                };
        return this;
    }

    /** Takes the kept documents of {@code ids} that the store still holds at the same version into the batch. */
    private List<String> takeKept(Batch<T> batch, String namespace, List<String> ids) {
        Map<String, Kept<T>> candidates = new HashMap<>();
        synchronized (kept) {
            for (String id : ids) {
                Kept<T> k = kept.remove(namespace + '\u0000' + id);
                if (k != null) {
                    candidates.put(id, k);
                }
            }
        }
        if (candidates.isEmpty()) {
            return ids;
        }
        for (Document d : collection
                .get()
                .find(Filters.in("_id", List.copyOf(candidates.keySet())))
                .projection(com.mongodb.client.model.Projections.include(versionField))) {
            String id = String.valueOf(d.get("_id"));
            Kept<T> k = candidates.get(id);
            Object stored = d.get(versionField);
            if (stored instanceof Number n && n.longValue() == k.version()) {
                batch.loaded.put(id, k.value());
            }
        }
        return ids.stream().filter(id -> !batch.loaded.containsKey(id)).toList();
    }

    /** After the unit of work committed: what it read and wrote is what the store holds now. */
    private void keep(Batch<T> batch, String namespace) {
        synchronized (kept) {
            batch.loaded.forEach((id, value) -> {
                if (value != null) {
                    kept.put(namespace + '\u0000' + id, new Kept<>(value, versionOf.applyAsLong(value)));
                }
            });
        }
    }

    private void prefetch(Batch<T> batch) {
        batch.prefetched = true;
        if (prefetchIdOf == null
                || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> unitOfWork)
                || unitOfWork.getMessages().size() < 2) {
            return;
        }
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Object message : unitOfWork.getMessages()) {
            if (message instanceof EventMessage<?> event) {
                String id;
                try {
                    id = prefetchIdOf.apply(event);
                } catch (RuntimeException e) {
                    continue; // an event that cannot be read fails in its handler, where it is reported
                }
                if (id != null && !batch.loaded.containsKey(id)) {
                    ids.add(id);
                }
            }
        }
        List<String> all = List.copyOf(ids);
        if (kept != null) {
            String namespace = collection.get().getNamespace().getFullName();
            all = takeKept(batch, namespace, all);
            unitOfWork.afterCommit(u -> keep(batch, namespace));
        }
        for (int from = 0; from < all.size(); from += PREFETCH_IDS) {
            List<String> some = all.subList(from, Math.min(all.size(), from + PREFETCH_IDS));
            Map<String, T> found = new HashMap<>();
            for (Document d : collection.get().find(Filters.in("_id", some))) {
                found.put(String.valueOf(d.get("_id")), read.apply(d));
            }
            // an _id not found is known to be absent: the handler's lookup does not ask again
            some.forEach(id -> batch.loaded.putIfAbsent(id, found.get(id)));
        }
    }

    private static WriteModel<Document> replacement(String id, Document document) {
        return new ReplaceOneModel<>(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
    }

    /** The document this unit of work has saved under {@code id} and not yet written, without reading the store. */
    public Optional<T> unwritten(String id) {
        Batch<T> batch = batch();
        return batch == null ? Optional.empty() : Optional.ofNullable(batch.dirty.get(id));
    }

    /** The document with this {@code _id} as this unit of work sees it, including its own changes. */
    public Optional<T> find(String id) {
        Batch<T> batch = batch();
        if (batch != null) {
            if (!batch.prefetched) {
                prefetch(batch);
            }
            if (batch.loaded.containsKey(id)) {
                return Optional.ofNullable(batch.loaded.get(id));
            }
            T found = load(id);
            batch.loaded.put(id, found);
            return Optional.ofNullable(found);
        }
        return Optional.ofNullable(load(id));
    }

    /** Stores {@code value} under {@code id}: at the commit of the unit of work, or now without one. */
    public void save(String id, T value) {
        Batch<T> batch = batch();
        if (batch == null) {
            collection.get().bulkWrite(List.of(writeModel.apply(id, write.apply(value))));
            return;
        }
        batch.loaded.put(id, value);
        batch.dirty.put(id, value);
    }

    /**
     * Sends {@code write} with this unit of work's writes, after the documents it saved here, in the order enqueued;
     * outside a unit of work at once. For changes that must be atomic in the store because several segments make
     * them to one document (a theme added to a list that themes of other segments are added to); do not also
     * {@link #save} the documents they change in the same unit of work.
     */
    public void enqueue(WriteModel<Document> write) {
        Batch<T> batch = batch();
        if (batch == null) {
            collection.get().bulkWrite(List.of(write));
            return;
        }
        batch.queued.add(write);
    }

    private T load(String id) {
        Document d = collection.get().find(Filters.eq("_id", id)).first();
        return d == null ? null : read.apply(d);
    }

    @SuppressWarnings("unchecked")
    private Batch<T> batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> uow = CurrentUnitOfWork.get().root();
        // one set of batches per unit of work, written in order when it commits
        Map<BatchedDocuments<?>, Batch<?>> batches = uow.getOrComputeResource(RESOURCE, key -> {
            Map<BatchedDocuments<?>, Batch<?>> all = new LinkedHashMap<>();
            uow.onPrepareCommit(u -> flushAll(all));
            return all;
        });
        return (Batch<T>) batches.computeIfAbsent(this, k -> new Batch<>());
    }

    /**
     * Writes every document the current unit of work changed, in order, now. The token store calls this
     * before it stores a processor's token, so a token is never stored ahead of the views it covers (the
     * processor stores its token in the same commit phase, and registers that step before any handler
     * runs). Later flushes of the same unit of work find nothing left to write.
     */
    public static void flushCurrentUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Map<BatchedDocuments<?>, Batch<?>> all = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        if (all != null) {
            flushAll(all);
        }
    }

    private static void flushAll(Map<BatchedDocuments<?>, Batch<?>> all) {
        all.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> e.getKey().order))
                .forEach(e -> flushBatch(e.getKey(), e.getValue()));
    }

    @SuppressWarnings("unchecked")
    private static <X> void flushBatch(BatchedDocuments<X> documents, Batch<?> batch) {
        documents.flush((Batch<X>) batch);
    }

    private void flush(Batch<T> batch) {
        if (!batch.dirty.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>(batch.dirty.size());
            batch.dirty.forEach((id, value) -> writes.add(writeModel.apply(id, write.apply(value))));
            collection.get().bulkWrite(writes, new BulkWriteOptions().ordered(false));
            batch.dirty.clear();
        }
        if (!batch.queued.isEmpty()) {
            collection.get().bulkWrite(List.copyOf(batch.queued), new BulkWriteOptions().ordered(true));
            batch.queued.clear();
        }
    }

    private static final class Batch<T> {
        final Map<String, T> loaded = new HashMap<>();
        final Map<String, T> dirty = new LinkedHashMap<>();
        final List<WriteModel<Document>> queued = new ArrayList<>();
        boolean prefetched;
    }
}
