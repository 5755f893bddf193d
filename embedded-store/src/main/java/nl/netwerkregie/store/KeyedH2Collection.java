package nl.netwerkregie.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection that matches a query of the form {@code {field: {$in: [values]}}} (strings and whole numbers)
 * with one hash lookup per document. The server's own matcher compares every document with every value of the
 * list: a read of 1,000 positions or {@code _id}s by their unique index costs a million comparisons there. A
 * document whose field holds anything but a string or a whole number (an array, a fraction, a document, nothing)
 * still goes through the server's matcher, so the answer is the same.
 */
final class KeyedH2Collection extends H2Collection {
    private static final Document EVERYTHING = new Document();

    KeyedH2Collection(
            MongoDatabase database,
            String collectionName,
            CollectionOptions options,
            MVMap<Object, Document> dataMap,
            MVMap<String, Object> metaMap,
            CursorRegistry cursors) {
        super(database, collectionName, options, dataMap, metaMap, cursors);
        this.documents = dataMap;
    }

    private final MVMap<Object, Document> documents;

    /** The server's own list of the collection's indexes (private there), or {@code null} when it cannot be read. */
    private static final java.lang.reflect.Field INDEXES = indexesField();

    private static java.lang.reflect.Field indexesField() {
        try {
            java.lang.reflect.Field f =
                    de.bwaldvogel.mongo.backend.AbstractMongoCollection.class.getDeclaredField("indexes");
            f.setAccessible(true);
            return f.getType() == List.class ? f : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another version of the server: every update takes the server's own way
        }
    }

    /** Whether this version of the server lets replacements by {@code _id} take the store's own way. */
    static boolean replacesByIdItself() {
        return INDEXES != null;
    }

    @SuppressWarnings("unchecked")
    private List<Index<Object>> indexes() {
        try {
            return INDEXES == null ? null : (List<Index<Object>>) INDEXES.get(this);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /**
     * A replacement of one document by its {@code _id} (no update operators; {@code upsert} or not), the write every
     * view makes, stored without the server's three deep copies of the old and the new document: the server copies
     * the document its query found ({@link #changing}), copies it again to keep the old state, copies the
     * replacement into a new document, compares old and new twice, and only then stores. For a view document of
     * 150 KB that was most of the store's processor time during a replay (BENCHMARKS.md, run AX). Here the
     * replacement, decoded from this command and referenced by nothing else, becomes the stored document as it is:
     * the stored one is never changed, so what a reader or a commit being written holds stays as it was. The
     * indexes are updated and checked, the answer counted and the oplog told as the server does. Any other update
     * (operators, a query other than one string {@code _id}, a replacement naming another {@code _id}, several
     * documents) takes the server's way.
     */
    @Override
    public synchronized Document updateDocuments(
            Document selector,
            Document updateQuery,
            ArrayFilters arrayFilters,
            boolean isMulti,
            boolean isUpsert,
            Oplog oplog) {
        List<Index<Object>> indexes = indexes();
        Object id = replacedId(selector, updateQuery, isMulti);
        if (id == null || indexes == null || !"_id".equals(getIdField())) {
            return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
        }
        Document replacement = new Document("_id", id);
        updateQuery.forEach((field, value) -> {
            if (!field.equals("_id")) {
                replacement.put(field, value);
            }
        });
        Utils.validateFieldNames(replacement);
        Document result = new Document();
        Document stored = documents.get(id);
        if (stored == null) {
            if (isUpsert) {
                addDocument(replacement);
                result.put("upserted", id);
                oplog.handleInsert(getFullName(), List.of(replacement));
            } else {
                oplog.handleUpdate(getFullName(), selector, updateQuery, List.of());
            }
            result.put("n", 0);
            result.put("nModified", 0);
            return result;
        }
        boolean modified = !replacement.equals(stored);
        if (modified) {
            for (Index<Object> index : indexes) {
                index.checkUpdate(stored, replacement, this);
            }
            for (Index<Object> index : indexes) {
                index.updateInPlace(stored, replacement, id, this);
            }
            handleUpdate(id, stored, replacement);
        }
        oplog.handleUpdate(getFullName(), selector, updateQuery, modified ? List.of(id) : List.of());
        result.put("n", 1);
        result.put("nModified", modified ? 1 : 0);
        return result;
    }

    /**
     * The {@code _id} of a replacement of one document by a query {@code {_id: <string>}}, or {@code null} for any
     * other update.
     */
    static Object replacedId(Document selector, Document updateQuery, boolean isMulti) {
        if (isMulti || selector.size() != 1 || updateQuery.isEmpty()) {
            return null;
        }
        if (!(selector.get("_id") instanceof String id)) {
            return null;
        }
        for (String field : updateQuery.keySet()) {
            if (field.startsWith("$")) {
                return null;
            }
        }
        Object named = updateQuery.get("_id");
        return named == null || id.equals(named) ? id : null;
    }

    /**
     * The server would otherwise encode every document it inserts, updates or removes as BSON once more, only to keep
     * the collection's data size for {@code collStats}, and write that size to the collection's metadata map on every
     * change (one more page for each commit to write). Nothing here asks for it: {@code collStats} reports the size
     * recorded up to now.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    private static final ThreadLocal<Boolean> CHANGING = ThreadLocal.withInitial(() -> false);

    /**
     * Handles a write command so that no stored document is changed in place. The server updates a document by
     * changing the object its query found and storing that object again; a commit whose pages H2 is still encoding
     * in another thread holds that same object, and would write the later change into the earlier commit (or fail
     * on a map changed under it), and a concurrent read could answer half an update. Here the documents a write's
     * query finds are copies, so a change is stored as a new object and the earlier one stays as it was.
     */
    static <T> T changing(java.util.function.Supplier<T> write) {
        CHANGING.set(true);
        try {
            return write.get();
        } finally {
            CHANGING.set(false);
        }
    }

    /** In replies of at most 16 MiB ({@link ReplyBatches}); copies of the documents when a write asked ({@link #changing}). */
    @Override
    protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
        if (CHANGING.get()) {
            List<Document> copies = new java.util.ArrayList<>(matched.size());
            for (Document d : matched) {
                copies.add(d.cloneDeeply());
            }
            return ReplyBatches.answer(copies, batchSize, cursorRegistry);
        }
        return ReplyBatches.answer(matched, batchSize, cursorRegistry);
    }

    @Override
    protected Cursor createCursor(List<Document> remaining) {
        return ReplyBatches.cursor(cursorRegistry, remaining);
    }

    @Override
    protected QueryResult matchDocumentsFromStream(
            Document query,
            Stream<Document> documents,
            int numberToSkip,
            int limit,
            int batchSize,
            Comparator<Document> order,
            Document fieldSelector) {
        InList in = InList.of(query);
        if (in == null) {
            return super.matchDocumentsFromStream(
                    query, documents, numberToSkip, limit, batchSize, order, fieldSelector);
        }
        Stream<Document> matching = documents.filter(d -> {
            Object key = InList.key(d.get(in.field()));
            return key == null ? documentMatchesQuery(d, query) : in.values().contains(key);
        });
        return super.matchDocumentsFromStream(
                EVERYTHING, matching, numberToSkip, limit, batchSize, order, fieldSelector);
    }

    /**
     * A query {@code {field: {$in: values}}} on a top-level field, every value a string or a whole number that a
     * double represents exactly (the values as {@link #key} gives them).
     */
    record InList(String field, Set<Object> values) {
        private static final long EXACT = 1L << 53;

        static InList of(Document query) {
            if (query.size() != 1) {
                return null;
            }
            Map.Entry<String, Object> only = query.entrySet().iterator().next();
            if (only.getKey().startsWith("$")
                    || only.getKey().contains(".")
                    || !(only.getValue() instanceof Document condition)
                    || condition.size() != 1
                    || !(condition.get("$in") instanceof Collection<?> list)) {
                return null;
            }
            Set<Object> values = new HashSet<>(list.size() * 2);
            for (Object v : list) {
                Object key = key(v);
                if (key == null) {
                    return null;
                }
                values.add(key);
            }
            return new InList(only.getKey(), values);
        }

        /**
         * A string as itself, a whole number within ±2^53 as a {@code Long} (the server compares numbers as doubles,
         * so 7 and 7L are equal); {@code null} for anything else, which the server's matcher decides.
         */
        static Object key(Object v) {
            if (v instanceof String) {
                return v;
            }
            if (v instanceof Integer || v instanceof Long) {
                long n = ((Number) v).longValue();
                return n > -EXACT && n < EXACT ? n : null;
            }
            return null;
        }
    }
}
