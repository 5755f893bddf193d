package nl.netwerkregie.command.theme;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.command.aggregates.Dated;
import nl.netwerkregie.events.InfluenceSourcesNoted;
import nl.netwerkregie.events.ParticipationRungChosen;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.InfluenceSource;
import nl.netwerkregie.values.ParticipationRung;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * How the municipality takes part in a theme: its rung on the government participation ladder per subject, over
 * time, the sources of influence the parties bring, and how it takes the regie in MOVISIE's terms (the four
 * elements, its own role per level, what it has regie on per phase and the skills it stresses). A member of the {@link Theme} aggregate, in the theme's
 * event stream; a back-dated choice is judged against the rung held on its own date.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Governance {
    /** The most actors who decided a rung. */
    static final int MAX_DECIDED_BY = 100;

    private ThemeScope scope;
    /** Per subject, its rungs from their dates (appended, never rewritten). */
    private final Map<String, List<Dated<ParticipationRung>>> rungs = new HashMap<>();

    Governance() {
        // for snapshots
    }

    Governance(ThemeScope scope) {
        this.scope = scope;
    }

    /**
     * Rules: the deciders are actors of the municipality (404), at least one; rung-unchanged (the subject already
     * stands on this rung on the date).
     */
    @CommandHandler
    Long handle(ChooseParticipationRung command, ActorDirectory actors) {
        scope.require(command.municipality(), command.effectiveDate());
        List<ActorId> decidedBy = distinct(command.decidedBy());
        if (decidedBy.isEmpty()) {
            throw new InvalidInputException("decidedBy", "must name at least one actor who decided");
        }
        for (int i = 0; i < decidedBy.size(); i++) {
            ThemeRules.requireActor(actors, scope.municipality(), decidedBy.get(i), "decidedBy[" + i + "]");
        }
        ParticipationRung held =
                Dated.on(rungs.getOrDefault(command.subject().value(), List.of()), command.effectiveDate());
        if (held == command.rung()) {
            throw new RuleViolationException(
                    "rung-unchanged",
                    "rung",
                    "the municipality already stands on " + command.rung() + " for this subject on "
                            + command.effectiveDate());
        }
        apply(new ParticipationRungChosen(
                scope.themeId(),
                command.subject(),
                command.rung(),
                command.reason(),
                decidedBy,
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /** Rules: the party is an actor of the municipality (404); a source named twice is malformed input. */
    @CommandHandler
    Long handle(NoteInfluenceSources command, ActorDirectory actors) {
        scope.require(command.municipality(), command.effectiveDate());
        ThemeRules.requireActor(actors, scope.municipality(), command.actorId(), "actorId");
        List<InfluenceSource> sources = command.sources() == null ? List.of() : command.sources();
        if (new LinkedHashSet<>(sources).size() != sources.size()) {
            throw new InvalidInputException("sources", "must not name a source twice");
        }
        apply(new InfluenceSourcesNoted(
                scope.themeId(),
                command.actorId(),
                sources.stream().sorted().toList(),
                command.note(),
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /** MOVISIE's element A–D: how the municipality works on it, from a date. */
    @CommandHandler
    Long handle(NoteRegieElement command) {
        scope.require(command.municipality(), command.effectiveDate());
        apply(new nl.netwerkregie.events.RegieElementNoted(
                scope.themeId(), command.element(), command.note(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /** The municipality's own role at one level (MOVISIE's second schema), from a date. */
    @CommandHandler
    Long handle(DescribeOwnRole command) {
        scope.require(command.municipality(), command.effectiveDate());
        apply(new nl.netwerkregie.events.OwnRoleDescribed(
                scope.themeId(), command.level(), command.role(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /** What the municipality has regie on in a phase and the skills it stresses there; a skill named twice is malformed. */
    @CommandHandler
    Long handle(DescribePhaseRegie command) {
        scope.require(command.municipality(), command.effectiveDate());
        List<nl.netwerkregie.values.RegieSkill> skills = command.skills() == null ? List.of() : command.skills();
        if (new LinkedHashSet<>(skills).size() != skills.size()) {
            throw new InvalidInputException("skills", "must not name a skill twice");
        }
        apply(new nl.netwerkregie.events.PhaseRegieDescribed(
                scope.themeId(),
                command.phase(),
                command.regieOn(),
                skills.stream().sorted().toList(),
                command.note(),
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ParticipationRungChosen event, @SequenceNumber long sequenceNumber) {
        rungs.computeIfAbsent(event.subject().value(), s -> new ArrayList<>())
                .add(new Dated<>(event.effectiveDate(), sequenceNumber, event.rung()));
    }

    private static List<ActorId> distinct(List<ActorId> values) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values));
    }
}
