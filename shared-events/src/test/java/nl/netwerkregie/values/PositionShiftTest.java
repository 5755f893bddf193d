package nl.netwerkregie.values;

import static nl.netwerkregie.values.Position.INITIATOR;
import static nl.netwerkregie.values.Position.PARTNER;
import static nl.netwerkregie.values.Position.USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PositionShiftTest {
    private static PositionShift shift(String date, long order, Set<Position> taken, Set<Position> left) {
        return new PositionShift(LocalDate.parse(date), order, taken, left);
    }

    @Test
    void appliesShiftsByEffectiveDateNotByRecordingOrder() {
        List<PositionShift> recorded = List.of(
                shift("2024-09-01", 1, Set.of(PARTNER), Set.of(INITIATOR)),
                shift("2024-03-01", 2, Set.of(INITIATOR), Set.of())); // back-dated, recorded later
        assertThat(PositionShift.heldOn(recorded, LocalDate.parse("2024-02-28")))
                .isEmpty();
        assertThat(PositionShift.heldOn(recorded, LocalDate.parse("2024-03-01")))
                .containsExactly(INITIATOR);
        assertThat(PositionShift.heldOn(recorded, LocalDate.parse("2024-12-31")))
                .containsExactly(PARTNER);
    }

    @Test
    void breaksTiesOnOneDateByRecordingOrder() {
        List<PositionShift> sameDay =
                List.of(shift("2024-03-01", 5, Set.of(), Set.of(USER)), shift("2024-03-01", 4, Set.of(USER), Set.of()));
        assertThat(PositionShift.heldOn(sameDay, LocalDate.parse("2024-03-01"))).isEmpty();
    }

    @Test
    void holdsSeveralPositionsAtOnce() {
        assertThat(PositionShift.heldOn(
                        List.of(shift("2024-03-01", 0, Set.of(INITIATOR, PARTNER), Set.of())),
                        LocalDate.parse("2024-03-02")))
                .containsExactlyInAnyOrder(INITIATOR, PARTNER);
    }
}
