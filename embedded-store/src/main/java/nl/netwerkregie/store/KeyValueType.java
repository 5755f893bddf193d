package nl.netwerkregie.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The H2 key type of the store's unique indexes ({@code _id} and the others). H2's generic object
 * type orders keys it does not know by comparing their Java-serialized bytes, so every step of
 * every index lookup serialized two keys, and every commit Java-serialized every key of every index
 * page it wrote. This type compares the values themselves, in MongoDB's order, and stores a key as a
 * BSON document of its values behind a marker byte; keys without a BSON form keep H2's encoding.
 */
final class KeyValueType extends BasicDataType<KeyValue> {
    static final KeyValueType INSTANCE = new KeyValueType();
    private static final ValueComparator ORDER = ValueComparator.asc();
    private final ObjectDataType bytes = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int shared = Math.min(a.size(), b.size());
        for (int i = 0; i < shared; i++) {
            int c = ORDER.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        return 48 + 32 * key.size();
    }

    /** Not a type tag of H2's object type, whose encoding this type still reads and falls back to. */
    private static final byte BSON = 0x7E;

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        Document values = new Document();
        for (int i = 0; i < key.size(); i++) {
            values.put(Integer.toString(i), key.get(i));
        }
        ByteBuf encoded = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(values, encoded);
        } catch (RuntimeException notBson) {
            encoded.release();
            bytes.write(buffer, key);
            return;
        }
        byte[] raw = new byte[encoded.readableBytes()];
        encoded.readBytes(raw);
        encoded.release();
        buffer.put(BSON).put(raw);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (KeyValue) bytes.read(buffer);
        }
        buffer.get();
        int length = buffer.getInt(buffer.position()); // little-endian length prefix of the BSON document
        length = Integer.reverseBytes(length);
        byte[] raw = new byte[length];
        buffer.get(raw);
        Document values = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(raw));
        List<Object> list = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            list.add(values.get(Integer.toString(i)));
        }
        return new KeyValue(list);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
