package nl.netwerkregie.values;

import java.time.LocalDate;

/**
 * The development period (ontwikkelperiode) of a programme cycle: from a few months to a few years.
 * Both dates are inclusive; the end lies after the start and at most ten years later.
 */
public record DevelopmentPeriod(LocalDate start, LocalDate end) {
    public DevelopmentPeriod {
        StoredForm.check(start != null && end != null, "needs a start and an end date");
        StoredForm.check(start == null || end == null || end.isAfter(start), "must end after it starts");
        StoredForm.check(
                start == null || end == null || !end.isAfter(start.plusYears(10)), "must not span more than ten years");
    }
}
