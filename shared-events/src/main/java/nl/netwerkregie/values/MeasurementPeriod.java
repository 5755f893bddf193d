package nl.netwerkregie.values;

import java.time.LocalDate;

/**
 * The period a stelselmatrix judgement measures: a programme cycle of the theme (by number), or a
 * period the municipality sets (both dates inclusive). Exactly one of the two.
 */
public record MeasurementPeriod(Integer cycle, LocalDate start, LocalDate end) {
    public MeasurementPeriod {
        StoredForm.check(
                (cycle != null) != (start != null || end != null),
                "must name either a cycle or a start and an end date");
        StoredForm.check(cycle == null || cycle >= 1, "cycle must be 1 or more");
        StoredForm.check(start == null || end != null, "needs an end date");
        StoredForm.check(end == null || start != null, "needs a start date");
        StoredForm.check(start == null || end == null || !end.isBefore(start), "must not end before it starts");
    }

    public static MeasurementPeriod ofCycle(int cycle) {
        return new MeasurementPeriod(cycle, null, null);
    }

    public static MeasurementPeriod between(LocalDate start, LocalDate end) {
        return new MeasurementPeriod(null, start, end);
    }
}
