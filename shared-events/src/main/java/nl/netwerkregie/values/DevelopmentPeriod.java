package nl.netwerkregie.values;

import java.time.LocalDate;

/**
 * The development period (ontwikkelperiode) of a programme cycle: from a few months to a few years.
 * Both dates are inclusive; the end lies after the start and at most ten years later.
 */
public record DevelopmentPeriod(LocalDate start, LocalDate end) {
    public DevelopmentPeriod {
        if (start == null || end == null) {
            throw new IllegalArgumentException("needs a start and an end date");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("must end after it starts");
        }
        if (end.isAfter(start.plusYears(10))) {
            throw new IllegalArgumentException("must not span more than ten years");
        }
    }
}
