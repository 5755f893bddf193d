package nl.netwerkregie.values;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * One recorded shift of an actor's positions: the positions taken and left on an effective date.
 * {@code order} is the order of recording (the theme's event sequence number) and breaks ties
 * between shifts with the same effective date.
 */
public record PositionShift(LocalDate effectiveDate, long order, Set<Position> taken, Set<Position> left) {
    /** Effective date first, recording order second: the order in which shifts are applied. */
    public static final Comparator<PositionShift> CHRONOLOGICAL =
            Comparator.comparing(PositionShift::effectiveDate).thenComparingLong(PositionShift::order);

    public PositionShift {
        taken = Position.canonical(taken);
        left = Position.canonical(left);
    }

    /**
     * The positions held on {@code date} after applying, in chronological order, every shift whose
     * effective date is on or before it. Taking a held position or leaving one not held changes
     * nothing, so a back-dated shift never makes the fold fail.
     */
    public static Set<Position> heldOn(Collection<PositionShift> shifts, LocalDate date) {
        EnumSet<Position> held = EnumSet.noneOf(Position.class);
        shifts.stream()
                .filter(s -> !s.effectiveDate().isAfter(date))
                .sorted(CHRONOLOGICAL)
                .forEach(s -> {
                    held.removeAll(s.left());
                    held.addAll(s.taken());
                });
        return held;
    }
}
