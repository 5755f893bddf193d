package nl.netwerkregie.store;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Replies of at most 16 MiB of documents, as MongoDB caps a batch. mongo-java-server answers with as many documents as
 * were asked for, whatever their size, and a reply over the driver's largest message (48 MB) fails the read: a query
 * for a thousand events holding five uploads of 100,000 indicator rows (11 MB each) did, every time, and the processor
 * reading them could never get past them. Both of the store's backends answer through this class: the first batch of
 * a query and every {@code getMore} hold as many documents as were asked for, at least one, and no more than
 * {@link #REPLY_BYTES} once the first is in.
 *
 * <p>The cap is for replies only. The server also queries its own collections, for the source of an aggregation,
 * the documents an update, a delete or {@code distinct} goes through, and reads only the first batch of those
 * answers: there every document is in it, as the server gives them ({@link #answeringFind}).
 */
final class ReplyBatches {
    static final long REPLY_BYTES = 16L * 1024 * 1024;
    private static final ThreadLocal<Boolean> ANSWERING_FIND = ThreadLocal.withInitial(() -> false);

    private ReplyBatches() {}

    /**
     * Handles a command, with the queries it makes answered in replies that fit when it is a {@code find} (whose
     * first batch goes to the client as it is); any other command's queries are the server's own passes.
     */
    static <T> T answeringFind(String command, java.util.function.Supplier<T> handle) {
        if (!"find".equals(command)) {
            return handle.get();
        }
        ANSWERING_FIND.set(true);
        try {
            return handle.get();
        } finally {
            ANSWERING_FIND.set(false);
        }
    }

    /** A query's answer: its first batch, and a cursor registered for the rest when there is more. */
    static QueryResult answer(List<Document> matched, int batchSize, CursorRegistry cursors) {
        int first = ANSWERING_FIND.get()
                ? fitting(matched, batchSize)
                : batchSize > 0 ? Math.min(batchSize, matched.size()) : matched.size();
        if (first == matched.size()) {
            return new QueryResult(matched);
        }
        return new QueryResult(matched.subList(0, first), cursor(cursors, matched.subList(first, matched.size())));
    }

    /** A cursor over {@code remaining}, registered, handing them out in replies that fit. */
    static Cursor cursor(CursorRegistry cursors, List<Document> remaining) {
        Cursor cursor = new CappedCursor(cursors.generateCursorId(), remaining);
        cursors.add(cursor);
        return cursor;
    }

    /** How many of the first documents go in one reply: at most {@code count} ({@code 0}: any number). */
    static int fitting(List<Document> documents, int count) {
        int most = count > 0 ? Math.min(count, documents.size()) : documents.size();
        long bytes = 0;
        for (int n = 0; n < most; n++) {
            bytes += atMost(documents.get(n));
            if (n > 0 && bytes > REPLY_BYTES) {
                return n;
            }
        }
        return most;
    }

    /**
     * At least the length of a value's BSON, counted from the value without encoding it and without making any object:
     * every document of every reply passes here, and the count's own allocations (a string per array index) were a
     * tenth of the store's processor time during a replay (BENCHMARKS.md, run AX).
     */
    static long atMost(Object value) {
        if (value instanceof Map<?, ?> map) {
            long bytes = 5;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object key = e.getKey();
                int name = key instanceof String s
                        ? s.length()
                        : String.valueOf(key).length();
                bytes += 2 + 3L * name + atMost(e.getValue());
            }
            return bytes;
        }
        if (value instanceof Collection<?> list) {
            long bytes = 5;
            int i = 0;
            for (Object element : list) {
                bytes += 2 + digits(i++) + atMost(element);
            }
            return bytes;
        }
        if (value instanceof CharSequence text) {
            return 5 + 3L * text.length(); // UTF-8 takes at most three bytes per Java char
        }
        if (value instanceof byte[] bytes) {
            return 5 + bytes.length;
        }
        if (value instanceof de.bwaldvogel.mongo.bson.BinData binary) {
            return 5 + binary.getData().length;
        }
        if (value instanceof de.bwaldvogel.mongo.bson.BsonRegularExpression
                || value instanceof de.bwaldvogel.mongo.bson.BsonJavaScript) {
            return 5 + 6L * value.toString().length();
        }
        return 32; // numbers, dates, ids, timestamps, booleans, null and the like: 16 bytes at most
    }

    /** The number of decimal digits of an array index ({@code n >= 0}), its name in BSON. */
    static int digits(int n) {
        int d = 1;
        while (n >= 10) {
            n /= 10;
            d++;
        }
        return d;
    }

    /** The rest of a query's answer, handed out as the server's own cursor does, in replies that fit. */
    private static final class CappedCursor extends AbstractCursor {
        private List<Document> remaining;

        CappedCursor(long id, List<Document> remaining) {
            super(id);
            this.remaining = remaining;
        }

        @Override
        public boolean isEmpty() {
            return remaining.isEmpty();
        }

        @Override
        public List<Document> takeDocuments(int count) {
            int n = fitting(remaining, count);
            List<Document> taken = remaining.subList(0, n);
            remaining = remaining.subList(n, remaining.size());
            return taken;
        }
    }
}
