package nl.netwerkregie.command.theme;

import static nl.netwerkregie.command.theme.ThemeRules.requireActor;
import static nl.netwerkregie.command.theme.ThemeRules.sorted;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.events.InvitedToPosition;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.PositionShift;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The positions of involvement in a theme's network: which actor holds which of the five positions on
 * which date, and invitations to take one. A member of the {@link Theme} aggregate, in the theme's
 * event stream. Every shift is kept with its effective date and recording order, so a back-dated
 * shift is judged against the positions held on its own date.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Involvement {
    private ThemeScope scope;
    private final Map<ActorId, List<PositionShift>> shifts = new HashMap<>();
    /** The sequence numbers of the position shifts taken back. */
    private final java.util.Set<Long> retracted = new java.util.HashSet<>();

    Involvement() {
        // for snapshots
    }

    Involvement(ThemeScope scope) {
        this.scope = scope;
    }

    @CommandHandler
    Long handle(ShiftPosition command, ActorDirectory actors) {
        scope.require(command.municipality(), command.effectiveDate());
        Set<Position> take = command.take() == null ? Set.of() : command.take();
        Set<Position> leave = command.leave() == null ? Set.of() : command.leave();
        if (take.isEmpty() && leave.isEmpty()) {
            throw new InvalidInputException("take", "must name at least one position when leave names none");
        }
        for (Position p : take) {
            if (leave.contains(p)) {
                throw new InvalidInputException(
                        "leave", "names " + p + ", which take names too: a position cannot be taken and left at once");
            }
        }
        requireActor(actors, scope.municipality(), command.actorId(), "actorId");
        requireShiftFits(heldOn(command.actorId(), command.effectiveDate()), take, leave, command.effectiveDate());
        apply(new PositionShifted(
                scope.themeId(), command.actorId(), sorted(take), sorted(leave), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Takes back a position shift, and with a replacement records the corrected one in its place, judged against
     * the positions held without the shift taken back. Rules: an unknown shift (404), position-shift-retracted
     * (taken back already), and for the replacement those of a shift.
     */
    @CommandHandler
    Long handle(RetractPositionShift command) {
        scope.require(command.municipality(), command.effectiveDate());
        ActorId actor = null;
        PositionShift shift = null;
        for (Map.Entry<ActorId, List<PositionShift>> e : shifts.entrySet()) {
            for (PositionShift s : e.getValue()) {
                if (s.order() == command.sequence()) {
                    actor = e.getKey();
                    shift = s;
                }
            }
        }
        if (retracted.contains(command.sequence())) {
            throw new RuleViolationException(
                    "position-shift-retracted",
                    "sequence",
                    "the shift " + command.sequence() + " was taken back already");
        }
        if (shift == null) {
            throw new nl.netwerkregie.platform.domain.UnknownResourceException(
                    "position shift", String.valueOf(command.sequence()), "sequence");
        }
        Set<Position> take = command.replacementTake() == null ? Set.of() : command.replacementTake();
        Set<Position> leave = command.replacementLeave() == null ? Set.of() : command.replacementLeave();
        boolean corrected = !take.isEmpty() || !leave.isEmpty();
        java.time.LocalDate date =
                command.replacementDate() == null ? shift.effectiveDate() : command.replacementDate();
        if (corrected) {
            if (date.isBefore(scope.namedOn())) {
                throw new RuleViolationException(
                        "before-theme-named",
                        "replacement.effectiveDate",
                        "the theme was only named on " + scope.namedOn());
            }
            PositionShift without = shift;
            List<PositionShift> others =
                    shifts.get(actor).stream().filter(s -> s != without).toList();
            requireShiftFits(PositionShift.heldOn(others, date), take, leave, date);
        }
        apply(new nl.netwerkregie.events.PositionShiftRetracted(
                scope.themeId(), actor, command.sequence(), command.why(), corrected, command.effectiveDate()));
        if (corrected) {
            apply(new PositionShifted(scope.themeId(), actor, sorted(take), sorted(leave), date));
        }
        return AggregateLifecycle.getVersion();
    }

    private static void requireShiftFits(
            Set<Position> held, Set<Position> take, Set<Position> leave, java.time.LocalDate date) {
        for (Position p : take) {
            if (leave.contains(p)) {
                throw new InvalidInputException(
                        "leave", "names " + p + ", which take names too: a position cannot be taken and left at once");
            }
        }
        for (Position p : leave) {
            if (!held.contains(p)) {
                throw new RuleViolationException(
                        "position-not-held", "leave", "the actor does not hold " + p + " on " + date);
            }
        }
        for (Position p : take) {
            if (held.contains(p)) {
                throw new RuleViolationException(
                        "position-already-held", "take", "the actor already holds " + p + " on " + date);
            }
        }
    }

    @CommandHandler
    Long handle(InviteToPosition command, ActorDirectory actors) {
        scope.require(command.municipality(), command.effectiveDate());
        requireActor(actors, scope.municipality(), command.actorId(), "actorId");
        if (heldOn(command.actorId(), command.effectiveDate()).contains(command.position())) {
            throw new RuleViolationException(
                    "position-already-held",
                    "position",
                    "the actor already holds " + command.position() + " on " + command.effectiveDate());
        }
        apply(new InvitedToPosition(scope.themeId(), command.actorId(), command.position(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(PositionShifted event, @SequenceNumber long sequenceNumber) {
        shifts.computeIfAbsent(event.actorId(), a -> new ArrayList<>())
                .add(new PositionShift(event.effectiveDate(), sequenceNumber, event.taken(), event.left()));
    }

    /** The actor of the position shift recorded as event {@code sequence}, unless unknown or taken back. */
    java.util.Optional<ActorId> actorOfShift(long sequence) {
        for (Map.Entry<ActorId, List<PositionShift>> e : shifts.entrySet()) {
            for (PositionShift s : e.getValue()) {
                if (s.order() == sequence) {
                    return java.util.Optional.of(e.getKey());
                }
            }
        }
        return java.util.Optional.empty();
    }

    boolean retracted(long sequence) {
        return retracted.contains(sequence);
    }

    @EventSourcingHandler
    void on(nl.netwerkregie.events.PositionShiftRetracted event) {
        retracted.add(event.sequence());
        List<PositionShift> list = shifts.get(event.actorId());
        if (list != null) {
            list.removeIf(s -> s.order() == event.sequence());
        }
    }

    private Set<Position> heldOn(ActorId actorId, java.time.LocalDate date) {
        return PositionShift.heldOn(shifts.getOrDefault(actorId, List.of()), date);
    }
}
