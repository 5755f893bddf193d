package nl.netwerkregie.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyBatchesTest {

    @Test
    void theCountNeverFallsBelowTheEncodedLength() {
        for (int elements : new int[] {0, 1, 9, 10, 11, 99, 100, 101, 1_000, 12_345}) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < elements; i++) {
                items.add(i % 3 == 0 ? "waarde " + i : i % 3 == 1 ? (Object) (long) i : new Document("é", "ü€" + i));
            }
            Document d = new Document("_id", "thema:" + elements)
                    .append("lijst", items)
                    .append("genest", new Document("a", List.of(List.of(1, 2), List.of())));
            assertThat(ReplyBatches.atMost(d)).as("%d elements", elements).isGreaterThanOrEqualTo(encoded(d));
        }
    }

    @Test
    void anArrayIndexIsNamedWithItsDecimalDigits() {
        for (int n : new int[] {0, 9, 10, 99, 100, 999_999, 1_000_000, Integer.MAX_VALUE}) {
            assertThat(ReplyBatches.digits(n)).isEqualTo(String.valueOf(n).length());
        }
    }

    @Test
    void aReplyHoldsAtLeastOneDocumentAndStopsBeforeTheCap() {
        String large = "x".repeat(6 * 1024 * 1024);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            documents.add(new Document("_id", i).append("tekst", large));
        }
        // each counts as at least 18 MiB (three bytes per char), so every reply holds exactly one
        assertThat(ReplyBatches.fitting(documents, 0)).isEqualTo(1);
        List<Document> small =
                documents.stream().map(d -> new Document("_id", d.get("_id"))).toList();
        assertThat(ReplyBatches.fitting(small, 3)).isEqualTo(3);
        assertThat(ReplyBatches.fitting(small, 0)).isEqualTo(5);
    }

    private static int encoded(Document d) {
        ByteBuf buffer = Unpooled.buffer();
        BsonEncoder.encodeDocument(d, buffer);
        return buffer.readableBytes();
    }
}
