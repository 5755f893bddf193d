package nl.netwerkregie.query.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.BsonValueCodec;
import org.bson.codecs.DecoderContext;

/**
 * Writes a history page's entries from the bytes the store returned ({@link StoredEntries}): the JSON the response
 * mapper writes for the {@link HistoryEntry} records (components in order, absent values left out, dates as the ISO
 * text they are stored as, the payload as the map it is stored as), without making a document, a record, a parsed
 * date and a map per entry first. A page of 100 entries spent a third of the query service's time for the request in
 * those. A value of a kind a payload made by the mapper never holds is decoded as the collection decodes it and
 * written the mapper's way; a mapper configured otherwise (dates as numbers, nulls written, escapes, indentation)
 * gets the records.
 */
final class HistoryJson extends StdSerializer<StoredEntries> {
    private static final SerializedString SEQUENCE = new SerializedString("sequence");
    private static final SerializedString EVENT_ID = new SerializedString("eventId");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString REVISION = new SerializedString("revision");
    private static final SerializedString EFFECTIVE_DATE = new SerializedString("effectiveDate");
    private static final SerializedString RECORDED_AT = new SerializedString("recordedAt");
    private static final SerializedString RECORDED_BY = new SerializedString("recordedBy");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString CORRELATION_ID = new SerializedString("correlationId");
    private static final SerializedString PAYLOAD = new SerializedString("payload");
    private static final DecoderContext DECODING = DecoderContext.builder().build();

    HistoryJson() {
        super(StoredEntries.class);
    }

    @Override
    public void serialize(StoredEntries entries, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartArray(entries, entries.size());
        if (asStored(gen, provider)) {
            for (int i = 0; i < entries.size(); i++) {
                writeEntry(entries.stored(i), entries, gen, provider);
            }
        } else {
            for (HistoryEntry e : entries) {
                provider.defaultSerializeValue(e, gen);
            }
        }
        gen.writeEndArray();
    }

    /**
     * Whether the mapper writes the records as this writer does: ISO dates, {@code null}s left out, nothing escaped
     * beyond JSON's own, no indentation.
     */
    private static boolean asStored(JsonGenerator gen, SerializerProvider provider) {
        JsonInclude.Include inclusion = provider.getConfig()
                .getDefaultPropertyInclusion(HistoryEntry.class)
                .getValueInclusion();
        return inclusion == JsonInclude.Include.NON_NULL
                && !provider.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                && gen.getPrettyPrinter() == null
                && gen.getCharacterEscapes() == null
                && !gen.isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII);
    }

    /** One entry: its fields read in one pass over its bytes, then written in the record's order. */
    private static void writeEntry(
            RawBsonDocument stored, StoredEntries entries, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        long sequence = 0;
        String eventId = null;
        String type = null;
        String revision = null;
        String effectiveDate = null;
        String recordedAt = null;
        String recordedBy = null;
        String reason = null;
        String correlationId = null;
        int payload = -1; // where the payload document starts in the entry bytes; the projection stores no other kind
        try (BsonBinaryReader reader =
                new BsonBinaryReader(stored.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                String name = reader.readName();
                BsonType kind = reader.getCurrentBsonType();
                switch (name) {
                    case "sequence" -> sequence = number(reader, kind);
                    case "eventId" -> eventId = text(reader, kind);
                    case "type" -> type = text(reader, kind);
                    case "revision" -> revision = text(reader, kind);
                    case "effectiveDate" -> effectiveDate = text(reader, kind);
                    case "recordedAt" -> recordedAt = text(reader, kind);
                    case "recordedBy" -> recordedBy = text(reader, kind);
                    case "reason" -> reason = text(reader, kind);
                    case "correlationId" -> correlationId = text(reader, kind);
                    case "payload" -> {
                        if (kind == BsonType.DOCUMENT) {
                            payload = reader.getBsonInput().getPosition();
                        }
                        reader.skipValue();
                    }
                    default -> reader.skipValue();
                }
            }
        }
        gen.writeStartObject();
        gen.writeFieldName(SEQUENCE);
        gen.writeNumber(sequence);
        field(gen, EVENT_ID, eventId);
        field(gen, TYPE, type);
        field(gen, REVISION, revision);
        field(gen, EFFECTIVE_DATE, effectiveDate);
        field(gen, RECORDED_AT, recordedAt);
        field(gen, RECORDED_BY, recordedBy);
        field(gen, REASON, reason);
        field(gen, CORRELATION_ID, correlationId);
        if (payload >= 0) {
            gen.writeFieldName(PAYLOAD);
            java.nio.ByteBuffer bytes = stored.getByteBuffer().asNIO();
            bytes.position(payload);
            try (BsonBinaryReader reader = new BsonBinaryReader(bytes)) {
                writeValue(reader, BsonType.DOCUMENT, entries, gen, provider);
            }
        }
        gen.writeEndObject();
    }

    private static void field(JsonGenerator gen, SerializedString name, String value) throws IOException {
        if (value != null) {
            gen.writeFieldName(name);
            gen.writeString(value);
        }
    }

    private static long number(BsonReader reader, BsonType kind) {
        return switch (kind) {
            case INT32 -> reader.readInt32();
            case INT64 -> reader.readInt64();
            case DOUBLE -> (long) reader.readDouble();
            default -> throw new IllegalStateException("a history entry's sequence is stored as " + kind);
        };
    }

    private static String text(BsonReader reader, BsonType kind) {
        if (kind == BsonType.STRING) {
            return reader.readString();
        }
        if (kind == BsonType.NULL) {
            reader.readNull();
            return null;
        }
        throw new IllegalStateException("a history entry's text field is stored as " + kind);
    }

    /** The value the reader stands at, as the mapper writes what the document codec makes of it. */
    private static void writeValue(
            BsonBinaryReader reader,
            BsonType kind,
            StoredEntries entries,
            JsonGenerator gen,
            SerializerProvider provider)
            throws IOException {
        switch (kind) {
            case DOCUMENT -> {
                reader.readStartDocument();
                gen.writeStartObject();
                BsonType next;
                while ((next = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
                    String name = reader.readName();
                    if (next == BsonType.NULL) {
                        reader.readNull(); // the mapper leaves a map's null values out, as a record's
                        continue;
                    }
                    gen.writeFieldName(name);
                    writeValue(reader, next, entries, gen, provider);
                }
                reader.readEndDocument();
                gen.writeEndObject();
            }
            case ARRAY -> {
                reader.readStartArray();
                gen.writeStartArray();
                BsonType next;
                while ((next = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
                    writeValue(reader, next, entries, gen, provider);
                }
                reader.readEndArray();
                gen.writeEndArray();
            }
            case STRING -> gen.writeString(reader.readString());
            case INT32 -> gen.writeNumber(reader.readInt32());
            case INT64 -> gen.writeNumber(reader.readInt64());
            case DOUBLE -> gen.writeNumber(reader.readDouble());
            case BOOLEAN -> gen.writeBoolean(reader.readBoolean());
            case NULL -> {
                reader.readNull();
                gen.writeNull();
            }
            default -> {
                // a kind the mapper never stores: decoded as the collection's codec decodes it, written the mapper's
                // way
                BsonValue value = new BsonValueCodec().decode(reader, DECODING);
                Document decoded = new RawBsonDocument(new BsonDocument("v", value), new BsonDocumentCodec())
                        .decode(entries.documents());
                provider.defaultSerializeValue(decoded.get("v"), gen);
            }
        }
    }
}
