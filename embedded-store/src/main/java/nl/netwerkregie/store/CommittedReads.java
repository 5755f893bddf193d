package nl.netwerkregie.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which reads ask for committed data ({@code readConcern: {level: "majority"}}: data a crash cannot take
 * back), and the last write to each collection such a read has to wait for. A read of the event log only waits
 * for a commit when a write to the event log is not yet in one, not for the views written alongside it.
 *
 * <p>The server computes a read's whole answer when the read arrives and hands out the rest of it in further
 * batches ({@code getMore}), so waiting once, after the read, covers every batch.
 */
final class CommittedReads {
    /** The key of writes whose collection the command does not name (dropping a database, for example). */
    private static final String ANY_COLLECTION = "*";

    private final Map<String, Long> lastWrite = new ConcurrentHashMap<>();

    /** Notes a write's ticket; called under the store's write lock, so tickets only grow per collection. */
    void wrote(String database, String command, Document query, long ticket) {
        lastWrite.put(collection(database, command, query), ticket);
    }

    /** Whether a read asked for committed data. */
    static boolean readsCommitted(Document query) {
        return query.get("readConcern") instanceof Document concern && "majority".equals(concern.get("level"));
    }

    /** The ticket of the last write a committed read of this command's collection has to wait for. */
    long lastWriteTo(String database, String command, Document query) {
        return Math.max(
                lastWrite.getOrDefault(collection(database, command, query), 0L),
                lastWrite.getOrDefault(database + "." + ANY_COLLECTION, 0L));
    }

    private static String collection(String database, String command, Document query) {
        return database + "." + (query.get(command) instanceof String collection ? collection : ANY_COLLECTION);
    }
}
