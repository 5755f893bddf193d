package nl.netwerkregie.query.history;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;

/**
 * The entries of a history page as the store returned them, in order of sequence: the undecoded BSON of each
 * {@code theme_history} document. A response writes them straight from their bytes ({@link HistoryJson}), byte for
 * byte the JSON the mapper writes for the {@link HistoryEntry} records; any other reader gets the records, made when
 * asked for.
 */
@JsonSerialize(using = HistoryJson.class)
final class StoredEntries extends AbstractList<HistoryEntry> implements RandomAccess {
    private final List<RawBsonDocument> stored;
    private final Codec<Document> documents;

    /**
     * @param stored    the documents, already in order of sequence
     * @param documents how the collection decodes a document: what any value the writer does not know is made of
     */
    StoredEntries(List<RawBsonDocument> stored, Codec<Document> documents) {
        this.stored = List.copyOf(stored);
        this.documents = documents;
    }

    Codec<Document> documents() {
        return documents;
    }

    /** The stored document of entry {@code index}. */
    RawBsonDocument stored(int index) {
        return stored.get(index);
    }

    @Override
    public HistoryEntry get(int index) {
        return entry(stored.get(index).decode(documents));
    }

    @Override
    public int size() {
        return stored.size();
    }

    /** The record of one stored entry, as an auditor reads it. */
    static HistoryEntry entry(Document d) {
        return new HistoryEntry(
                ((Number) d.get("sequence")).longValue(),
                d.getString("eventId"),
                d.getString("type"),
                d.getString("revision"),
                LocalDate.parse(d.getString("effectiveDate")),
                Instant.parse(d.getString("recordedAt")),
                d.getString("recordedBy"),
                d.getString("reason"),
                d.getString("correlationId"),
                // a stored document is a map of the same JSON values: served as it is, not converted again
                d.get("payload", Document.class));
    }
}
