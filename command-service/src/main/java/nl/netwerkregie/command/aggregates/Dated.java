package nl.netwerkregie.command.aggregates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A value that took effect on {@code date}; {@code order} (the sequence number of the event that
 * recorded it) breaks ties between values of the same date. Dated values are appended, never
 * rewritten, so a back-dated event simply adds one more.
 */
public record Dated<T>(LocalDate date, long order, T value) {
    public static final Comparator<Dated<?>> CHRONOLOGICAL =
            Comparator.comparing((Dated<?> d) -> d.date()).thenComparingLong(Dated::order);

    /** The value in effect on {@code date}: the latest on or before it, or {@code null} when none is. */
    public static <T> T on(List<Dated<T>> values, LocalDate date) {
        Dated<T> best = null;
        for (Dated<T> v : values) {
            if (!v.date().isAfter(date) && (best == null || CHRONOLOGICAL.compare(v, best) > 0)) {
                best = v;
            }
        }
        return best == null ? null : best.value();
    }
}
