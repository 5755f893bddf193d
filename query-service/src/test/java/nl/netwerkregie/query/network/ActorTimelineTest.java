package nl.netwerkregie.query.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import nl.netwerkregie.query.network.ThemeNetwork.ActorEntry;
import nl.netwerkregie.query.network.ThemeNetwork.ShiftEntry;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.PositionShift;
import org.junit.jupiter.api.Test;

/**
 * The precomputed timeline of an actor's positions answers exactly what folding every shift does, for
 * shifts recorded out of order, several on one day, and taking or leaving what is (not) held; and it
 * follows shifts added after it was first computed.
 */
class ActorTimelineTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private static Set<Position> some(Random random) {
        EnumSet<Position> out = EnumSet.noneOf(Position.class);
        for (Position p : Position.values()) {
            if (random.nextInt(4) == 0) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void theTimelineAnswersAsTheFoldOfEveryShiftDoes() {
        Random random = new Random(7);
        for (int actor = 0; actor < 200; actor++) {
            ActorEntry entry = new ActorEntry();
            entry.actorId = "actor-" + actor;
            int shifts = random.nextInt(30);
            for (int seq = 0; seq < shifts; seq++) {
                entry.shifts.add(new ShiftEntry(
                        START.plusDays(random.nextInt(60)), seq, some(random), some(random), null, null));
                if (seq == shifts / 2) {
                    entry.heldOn(START.plusDays(30)); // computed half-way; the later shifts must still count
                }
            }
            for (int day = -1; day <= 61; day++) {
                LocalDate date = START.plusDays(day);
                Set<Position> folded = PositionShift.heldOn(
                        entry.shifts.stream().map(ShiftEntry::shift).toList(), date);
                assertThat(entry.heldOn(date)).as(entry.actorId + " on " + date).isEqualTo(folded);
            }
        }
    }

    @Test
    void theShiftsBetweenTwoDatesAreThoseOfTheWholeListWithADateInThatSpan() {
        Random random = new Random(11);
        for (int actor = 0; actor < 200; actor++) {
            ActorEntry entry = new ActorEntry();
            entry.actorId = "actor-" + actor;
            int shifts = random.nextInt(30);
            for (int seq = 0; seq < shifts; seq++) {
                // recorded out of order, often several on one day
                entry.shifts.add(new ShiftEntry(
                        START.plusDays(random.nextInt(40)), seq, some(random), some(random), null, null));
                if (seq == shifts / 2) {
                    entry.changesAfterUntil(START, START.plusDays(20)); // the later shifts must still count
                }
            }
            for (int from = -1; from <= 41; from += 3) {
                for (int to = from; to <= 42; to += 5) {
                    LocalDate after = START.plusDays(from);
                    LocalDate until = START.plusDays(to);
                    assertThat(entry.changesAfterUntil(after, until))
                            .as(entry.actorId + " after " + after + " until " + until)
                            .containsExactlyElementsOf(entry.effectiveShifts().stream()
                                    .filter(s ->
                                            s.date().isAfter(after) && !s.date().isAfter(until))
                                    .filter(s ->
                                            !s.taken().isEmpty() || !s.left().isEmpty())
                                    .map(s -> new ShiftsView.Change(
                                            s.date(), s.taken(), s.left(), s.reason(), s.recordedAt()))
                                    .toList());
                }
            }
        }
    }
}
