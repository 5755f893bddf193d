package nl.netwerkregie.values;

import java.time.LocalDate;

/** The period a practice agreement runs for; both dates inclusive, the end not before the start. */
public record AgreementPeriod(LocalDate start, LocalDate end) {
    public AgreementPeriod {
        StoredForm.check(start != null && end != null, "needs a start and an end date");
        StoredForm.check(start == null || end == null || !end.isBefore(start), "must not end before it starts");
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
