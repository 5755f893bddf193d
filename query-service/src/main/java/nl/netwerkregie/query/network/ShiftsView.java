package nl.netwerkregie.query.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.values.Position;

/**
 * How positions of involvement moved between two dates ({@code from} exclusive, {@code to} inclusive
 * for the changes; positions "at start" are those held on {@code from}, "at end" those on {@code to}).
 *
 * <p>{@code transitions} counts actors, not positions: the cell ({@code from}, {@code to}) is the
 * number of actors who held position {@code from} on the start date and hold {@code to} on the end
 * date, where {@code NONE} stands for holding no position at all (outside the network). An actor
 * holding several positions therefore appears in several cells, once for every pair of a start
 * position and an end position; an actor who kept a position counts on the diagonal.
 */
public record ShiftsView(
        String municipality,
        String themeId,
        LocalDate from,
        LocalDate to,
        List<ActorShifts> actors,
        List<PositionFlow> positions,
        List<Transition> transitions) {

    /**
     * The positions an actor held at the start, at the end, and each change in between, in order.
     * Only effective changes are listed: a recorded take of a position the actor already held at that
     * point, or a leave of one it did not hold (made so by a record with an earlier effective date
     * that was recorded later), changed nothing and is left out; a record that changed nothing at all
     * does not appear. Written by {@link ShiftsJson.ActorShiftsWriter}, as the mapper would write it.
     */
    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = ShiftsJson.ActorShiftsWriter.class)
    public record ActorShifts(
            String actorId, String name, Set<Position> atStart, Set<Position> atEnd, List<Change> changes) {
        public ActorShifts {
            atStart = Position.canonical(atStart);
            atEnd = Position.canonical(atEnd);
        }
    }

    /**
     * What one record changed: the positions it really took and left, in ring order. Written by
     * {@link ShiftsJson.ChangeWriter}, as the mapper would write it.
     */
    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = ShiftsJson.ChangeWriter.class)
    public record Change(
            LocalDate effectiveDate, Set<Position> taken, Set<Position> left, String reason, Instant recordedAt) {
        public Change {
            taken = Position.canonical(taken);
            left = Position.canonical(left);
        }
    }

    /** Per position: actors holding it at start and end, how many entered it and how many left it. */
    public record PositionFlow(Position position, int atStart, int atEnd, int entered, int left) {}

    /** {@code from} and {@code to} are a position or {@code NONE}. */
    public record Transition(String from, String to, int actors) {}
}
