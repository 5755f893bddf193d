package nl.netwerkregie.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database of the store whose unique indexes are ordered by {@link KeyValueType} and whose documents are
 * stored as BSON ({@link DocumentType}). An index written by the generic type (a file from an earlier version) is
 * copied into the new order once, when it is first opened; documents written by it are read as they are.
 */
final class OrderedIndexH2Database extends H2Database {
    /** The superclass opens the indexes from its constructor, before this class's fields are set. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private static final String ORDERED = ".ordered";

    private MVStore mvStore;

    private OrderedIndexH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.mvStore = store;
    }

    static OrderedIndexH2Database open(String name, MVStore store, CursorRegistry cursors) {
        OPENING.set(store);
        try {
            return new OrderedIndexH2Database(name, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    private MVStore store() {
        return mvStore != null ? mvStore : OPENING.get();
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
            String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        MVStore store = store();
        String legacyName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        MVMap<KeyValue, Object> map = store.openMap(
                legacyName + ORDERED, new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
        if (store.hasMap(legacyName)) {
            MVMap<KeyValue, Object> legacy = store.openMap(legacyName);
            if (map.isEmpty()) {
                legacy.forEach(map::put);
            }
            store.removeMap(legacy);
        }
        return new OrderedUniqueIndex(map, indexName, keys, sparse);
    }

    /**
     * As the server opens a collection (the same map names), as a {@link KeyedH2Collection} whose documents are stored
     * as BSON ({@link DocumentType}).
     */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore store = store();
        String name = getFullCollectionNamespace(collectionName);
        return new KeyedH2Collection(
                this,
                collectionName,
                options,
                store.openMap(
                        "databases." + name,
                        new MVMap.Builder<Object, de.bwaldvogel.mongo.bson.Document>().valueType(new DocumentType())),
                store.openMap("meta." + name),
                cursorRegistry);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        MVStore store = store();
        String name = getFullCollectionNamespace(collection.getCollectionName()) + "._index_" + indexName + ORDERED;
        if (store.hasMap(name)) {
            store.removeMap(name);
        }
    }
}
