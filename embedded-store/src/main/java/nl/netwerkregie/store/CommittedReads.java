package nl.netwerkregie.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which reads ask for committed data ({@code readConcern: {level: "majority"}}: data a crash cannot take
 * back), and what such a read has to leave out or wait for.
 *
 * <p>MongoDB answers a majority read from the last majority-committed state, without waiting. The embedded store
 * does the same for the documents that inserts not yet in a commit added: a {@code find} answered in one batch
 * leaves them out ({@link #leaveOutUncommittedInserts}), as if the read had come just before those inserts. Every
 * other uncommitted write to the collection (an update, a delete, an insert without {@code _id}s, a drop) can change
 * what a read returns in ways a read cannot take apart, so a read after one waits for a commit that holds it
 * ({@link #lastWriteTo}), as does a read answered in several batches.
 *
 * <p>The server computes a read's whole answer when the read arrives and hands out the rest of it in further
 * batches ({@code getMore}), so waiting once, after the read, covers every batch.
 */
final class CommittedReads {
    /** The key of writes whose collection the command does not name (dropping a database, for example). */
    private static final String ANY_COLLECTION = "*";

    /** Per collection, the ticket of the last write of any kind. */
    private final Map<String, Long> lastWrite = new ConcurrentHashMap<>();
    /** Per collection, the ticket of the last write other than an insert of documents with their {@code _id}. */
    private final Map<String, Long> lastOtherWrite = new ConcurrentHashMap<>();
    /** Documents inserted by writes that may not be in a commit yet, with the ticket of their insert. */
    private final Map<Inserted, Long> uncommittedInserts = new ConcurrentHashMap<>();
    /** The same in ticket order, to forget them once a commit holds them; guarded by itself. */
    private final Queue<Pending> insertOrder = new ArrayDeque<>();

    private record Inserted(String collection, Object id) {}

    private record Pending(Inserted document, long ticket) {}

    /**
     * Notes a write's ticket before it is applied; called under the store's write lock, so tickets only grow per
     * collection and a read that sees the write's effect finds the write noted.
     */
    void wrote(String database, String command, Document query, long ticket) {
        String collection = collection(database, command, query);
        lastWrite.put(collection, ticket);
        List<Object> ids = insertedIds(command, query);
        if (ids == null) {
            lastOtherWrite.put(collection, ticket);
            return;
        }
        synchronized (insertOrder) {
            for (Object id : ids) {
                Inserted document = new Inserted(collection, id);
                uncommittedInserts.put(document, ticket);
                insertOrder.add(new Pending(document, ticket));
            }
        }
    }

    /** Forgets the inserts of writes up to this ticket: a commit holds them. */
    void committed(long ticket) {
        synchronized (insertOrder) {
            Pending head;
            while ((head = insertOrder.peek()) != null && head.ticket() <= ticket) {
                insertOrder.poll();
                uncommittedInserts.remove(head.document(), head.ticket());
            }
        }
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

    /**
     * Takes out of a {@code find}'s answer the documents of inserts that no commit up to {@code committed} holds, and
     * says whether the answer may then go out without waiting: only when it is complete in its first batch, every
     * document in it shows its {@code _id}, and no other kind of write to the collection (or the database) is
     * uncommitted. Otherwise the answer is left as it is, and the read waits for {@link #lastWriteTo}.
     *
     * @param committed the ticket of the last write a commit in the file holds, read after the answer was computed
     */
    boolean leaveOutUncommittedInserts(
            String database, String command, Document query, Document answer, long committed) {
        if (!"find".equals(command)) {
            return false;
        }
        String collection = collection(database, command, query);
        if (lastOtherWrite.getOrDefault(collection, 0L) > committed
                || lastOtherWrite.getOrDefault(database + "." + ANY_COLLECTION, 0L) > committed) {
            return false;
        }
        if (!(answer.get("cursor") instanceof Document cursor)
                || !(cursor.get("id") instanceof Number id)
                || id.longValue() != 0
                || !(cursor.get("firstBatch") instanceof List<?> batch)) {
            return false;
        }
        List<Object> kept = new ArrayList<>(batch.size());
        for (Object found : batch) {
            if (!(found instanceof Document document) || !document.containsKey("_id")) {
                return false;
            }
            Long inserted = uncommittedInserts.get(new Inserted(collection, document.get("_id")));
            if (inserted == null || inserted <= committed) {
                kept.add(document);
            }
        }
        if (kept.size() < batch.size()) {
            cursor.put("firstBatch", kept);
        }
        return true;
    }

    /** The {@code _id}s an insert adds, or {@code null} when the command is not an insert or a document has none. */
    private static List<Object> insertedIds(String command, Document query) {
        if (!"insert".equals(command) || !(query.get("documents") instanceof List<?> documents)) {
            return null;
        }
        List<Object> ids = new ArrayList<>(documents.size());
        for (Iterator<?> it = documents.iterator(); it.hasNext(); ) {
            if (!(it.next() instanceof Document document) || !document.containsKey("_id")) {
                return null;
            }
            ids.add(document.get("_id"));
        }
        return ids;
    }

    private static String collection(String database, String command, Document query) {
        return database + "." + (query.get(command) instanceof String collection ? collection : ANY_COLLECTION);
    }
}
