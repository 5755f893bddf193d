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
        Set<Position> held = heldOn(command.actorId(), command.effectiveDate());
        for (Position p : leave) {
            if (!held.contains(p)) {
                throw new RuleViolationException(
                        "position-not-held",
                        "leave",
                        "the actor does not hold " + p + " on " + command.effectiveDate());
            }
        }
        for (Position p : take) {
            if (held.contains(p)) {
                throw new RuleViolationException(
                        "position-already-held",
                        "take",
                        "the actor already holds " + p + " on " + command.effectiveDate());
            }
        }
        apply(new PositionShifted(
                scope.themeId(), command.actorId(), sorted(take), sorted(leave), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
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

    private Set<Position> heldOn(ActorId actorId, java.time.LocalDate date) {
        return PositionShift.heldOn(shifts.getOrDefault(actorId, List.of()), date);
    }
}
