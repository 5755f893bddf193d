package nl.netwerkregie.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.Map;

/** An upper bound of the size of a document's BSON, without encoding it: for the store's size caps, not its file. */
final class BsonSize {
    private BsonSize() {}

    /** At least the length of the document's BSON, counted from its values. */
    static long atMost(Document document) {
        return of(document);
    }

    private static long of(Object value) {
        if (value instanceof Map<?, ?> map) {
            long bytes = 5;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                bytes += 2 + 3L * String.valueOf(e.getKey()).length() + of(e.getValue());
            }
            return bytes;
        }
        if (value instanceof Collection<?> list) {
            long bytes = 5;
            int i = 0;
            for (Object element : list) {
                bytes += 2 + String.valueOf(i++).length() + of(element);
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
            return 5 + 3L * value.toString().length() * 2;
        }
        return 32; // numbers, dates, ids, timestamps, booleans, null and the like: 16 bytes at most
    }
}
