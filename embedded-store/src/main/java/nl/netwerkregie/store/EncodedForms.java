package nl.netwerkregie.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The encoded form of values the store writes to its file again and again, by the identity of the value. A commit
 * writes every page that changed since the last one whole: one changed document rewrites the up to 48 documents of
 * its page, and the changed keys of an index the keys of theirs. Encoding them all anew was two thirds of a commit's
 * time under the benchmark's command load, and commits were most of the store's. With the forms kept, a commit copies
 * the bytes of the documents it has written or read before.
 *
 * <p>A form is the value's content at the time it was encoded or read. The server changes a stored document in place
 * when it updates it, and always puts it back into its map afterwards: {@link KeyedH2Collection} forgets its form
 * there, before the put, and the commit that writes it cannot run in between (commits run between writes). Index keys
 * are never changed.
 *
 * <p>The oldest forms are dropped first once the forms take more than their budget; a value whose form was dropped is
 * encoded again when it is next written.
 */
final class EncodedForms {
    /** Counted per form besides its bytes: the entry, the key and the array header. */
    private static final int OVERHEAD = 96;

    private final long budget;
    private long bytes;
    private final Map<Identity, byte[]> forms = new LinkedHashMap<>(4096);

    /** @param budgetBytes the most the forms take, counted with their overhead */
    EncodedForms(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /** The form kept for this very value, or {@code null}. */
    synchronized byte[] get(Object value) {
        return forms.get(new Identity(value));
    }

    /** Keeps the form of {@code value}, which must hold what the value holds now. */
    synchronized void keep(Object value, byte[] form) {
        byte[] previous = forms.put(new Identity(value), form);
        bytes += form.length + OVERHEAD - (previous == null ? 0 : previous.length + OVERHEAD);
        Iterator<byte[]> oldest = forms.values().iterator();
        while (bytes > budget && oldest.hasNext()) {
            bytes -= oldest.next().length + OVERHEAD;
            oldest.remove();
        }
    }

    /** Drops the form of {@code value}: its content is about to change, or has. */
    synchronized void forget(Object value) {
        byte[] previous = forms.remove(new Identity(value));
        if (previous != null) {
            bytes -= previous.length + OVERHEAD;
        }
    }

    synchronized int size() {
        return forms.size();
    }

    /** A key that is equal only to a key of the same object, whatever the object's own {@code equals} says. */
    private static final class Identity {
        private final Object value;

        Identity(Object value) {
            this.value = value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }
}
