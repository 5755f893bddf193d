package nl.netwerkregie.values;

import java.util.function.Supplier;

/**
 * Whether the value being made comes from input or from the store. Input is checked against today's
 * rules; a value read back from a stored event or snapshot was checked when it was recorded and is
 * taken as it is, so that a rule tightened later (a shorter maximum, a newly refused character) never
 * makes an old event unreadable and never stops a projection. Reading code wraps itself in
 * {@link #read}; the value types ask {@link #check}.
 */
public final class StoredForm {
    private static final ThreadLocal<int[]> READING = ThreadLocal.withInitial(() -> new int[1]);

    private StoredForm() {}

    /** Runs {@code reading} with the rules for input off on this thread; nested calls are allowed. */
    public static <T> T read(Supplier<T> reading) {
        int[] depth = READING.get();
        depth[0]++;
        try {
            return reading.get();
        } finally {
            depth[0]--;
        }
    }

    /** Whether this thread is reading a stored form now. */
    public static boolean isBeingRead() {
        return READING.get()[0] > 0;
    }

    /** Throws {@link IllegalArgumentException} with {@code reason} when {@code valid} is false, unless a stored form is being read. */
    public static void check(boolean valid, String reason) {
        if (!valid && !isBeingRead()) {
            throw new IllegalArgumentException(reason);
        }
    }
}
