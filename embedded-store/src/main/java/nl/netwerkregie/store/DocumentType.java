package nl.netwerkregie.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The H2 value type of the store's documents. H2's generic object type stores a document with Java serialization:
 * every commit serialized every document of every page it wrote that way (a sixth of the store's time under the
 * benchmark's command load), and every page read from the file went through Java deserialization. This type stores a
 * document as BSON, the form it had on the wire, behind a marker byte; a document written by the generic type (a file
 * from an earlier version) is still read, and a value without a BSON form keeps H2's encoding.
 *
 * <p>The memory a document takes, which decides when a page is split and what the page cache holds, is estimated from
 * the running average of the encoded sizes, as H2's type does for serialized objects.
 */
final class DocumentType extends BasicDataType<Document> {
    /** Not a type tag of H2's object type, whose encoding this type still reads and falls back to. */
    private static final byte BSON = 0x7E;

    private final ObjectDataType generic = new ObjectDataType();
    private volatile int averageSize = 1024;

    /**
     * The memory a document is counted for: one and a half times its average encoded size plus 256 bytes, which is
     * about the size H2's type counted for it, its Java serialization (measured on the benchmark's store: 1.4 to 2.3
     * times the BSON for events, networks and actors, plus about 300 bytes of class descriptions for small ones). So
     * the page cache holds as many documents as before, and a page as many, which a commit encodes all of.
     */
    @Override
    public int getMemory(Document document) {
        return 256 + averageSize * 3 / 2;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded = Unpooled.buffer(averageSize + averageSize / 2);
        try {
            BsonEncoder.encodeDocument(document, encoded);
        } catch (RuntimeException notBson) {
            encoded.release();
            generic.write(buffer, document);
            return;
        }
        int length = encoded.readableBytes();
        buffer.put(BSON);
        buffer.put(encoded.nioBuffer());
        encoded.release();
        averaged(length);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) generic.read(buffer);
        }
        buffer.get();
        int length = Integer.reverseBytes(buffer.getInt(buffer.position())); // little-endian length prefix
        ByteBuffer bson = buffer.slice(buffer.position(), length);
        buffer.position(buffer.position() + length);
        averaged(length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    private void averaged(int length) {
        averageSize = (averageSize * 15 + length) / 16; // races lose an update at worst: an estimate
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
