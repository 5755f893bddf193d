package nl.netwerkregie.values;

import java.time.LocalDate;

/** A dated milestone in the planning of an activity. */
public record Milestone(LocalDate date, Label what) {
    public Milestone {
        StoredForm.check(date != null && what != null, "needs a date and what is to be reached");
    }
}
