package nl.netwerkregie.command.theme;

import static nl.netwerkregie.command.theme.ThemeRules.requireNonEmpty;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.netwerkregie.command.ExpectedVersionTargetResolver;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.command.aggregates.Dated;
import nl.netwerkregie.events.ManifestationHarvestRecorded;
import nl.netwerkregie.events.ProgrammeCycleStarted;
import nl.netwerkregie.events.ThemeBuurtenChanged;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.events.ThemeStoryChanged;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A theme: its identity, its dated names, its story and the buurten it runs in, and the scope every
 * part of it checks first (municipality, date named). Its network analysis ({@link NetworkAnalysis}),
 * the positions of involvement ({@link Involvement}) and its regieprogramma of programme cycles
 * ({@link Programme}) are members in the same event stream, each with its own rules; which capabilities get aggregates of their own is written down in ADR 0006.
 *
 * <p>Effective dates may lie in the past. Rules that depend on time are judged on the command's
 * effective date, taking every event already recorded into account, so a back-dated command is
 * checked against the theme as it was on that date.
 *
 * <p>Every command handler answers the theme's version after its events (the sequence number of the
 * last one): the API hands it out as {@code ETag} and in the consistency token.
 *
 * <p>Loaded by {@link ThemeRepositoryConfiguration}: from the aggregate cache when still current, else from a
 * snapshot plus the events after it (the command service's {@code netwerkregie.aggregates} settings).
 */
@Revision(Theme.SNAPSHOT_REVISION)
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN, repository = ThemeRepositoryConfiguration.BEAN)
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Theme {
    /** The revision of the snapshot form; snapshots of another revision are ignored and the stream is read instead. */
    static final String SNAPSHOT_REVISION = "3";

    @AggregateIdentifier
    private ThemeId themeId;

    private ThemeScope scope;
    private final List<Dated<ThemeName>> names = new ArrayList<>();
    /** The sequence numbers of the harvests recorded in the theme: what evidence may cite. */
    private final java.util.Set<Long> harvests = new java.util.HashSet<>();

    @AggregateMember
    private NetworkAnalysis network;

    @AggregateMember
    private Involvement involvement;

    @AggregateMember
    private Programme programme;

    Theme() {
        // for Axon
    }

    @CommandHandler
    Theme(NameTheme command) {
        requireBuurtenOf(command.municipality(), command.buurten());
        apply(new ThemeNamed(
                command.themeId(),
                command.municipality(),
                command.name(),
                command.story(),
                List.copyOf(command.buurten()),
                command.developmentPeriod(),
                command.recurrence() == null ? Recurrence.RECURRING : command.recurrence(),
                command.effectiveDate()));
    }

    /**
     * The next programme cycle, under the theme's name on its start or, when the command gives one, under a
     * new name: the theme is then renamed in the same commit, as it is made current again.
     */
    @CommandHandler
    StartedCycle handle(StartProgrammeCycle command) {
        LocalDate date = command.effectiveDate();
        scope.require(command.municipality(), date);
        int number = programme.nextCycle(command.developmentPeriod(), date);
        ThemeName current = Dated.on(names, date);
        ThemeName name = command.name() == null ? current : command.name();
        apply(new ProgrammeCycleStarted(themeId, number, command.developmentPeriod(), name, date));
        if (!name.equals(current)) {
            apply(new ThemeRenamed(themeId, name, date));
        }
        return new StartedCycle(AggregateLifecycle.getVersion(), number);
    }

    @CommandHandler
    Long handle(RenameTheme command) {
        scope.require(command.municipality(), command.effectiveDate());
        if (command.name().equals(Dated.on(names, command.effectiveDate()))) {
            throw new RuleViolationException(
                    "name-unchanged", "name", "the theme already has this name on " + command.effectiveDate());
        }
        apply(new ThemeRenamed(themeId, command.name(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ChangeThemeStory command) {
        scope.require(command.municipality(), command.effectiveDate());
        apply(new ThemeStoryChanged(themeId, command.story(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ChangeThemeBuurten command) {
        scope.require(command.municipality(), command.effectiveDate());
        requireBuurtenOf(scope.municipality(), command.buurten());
        apply(new ThemeBuurtenChanged(themeId, List.copyOf(command.buurten()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * The harvest of a cycle's manifestation moment (step 4 must have started); each item may name the
     * actors and ingredients of this theme's network it came from.
     */
    @CommandHandler
    Long handle(RecordManifestationHarvest command, ActorDirectory actors) {
        LocalDate date = command.effectiveDate();
        scope.require(command.municipality(), date);
        requireNonEmpty(command.items(), "items");
        ProgrammeCycle cycle = programme.harvestCycle(command.cycle(), date);
        for (int i = 0; i < command.items().size(); i++) {
            HarvestItem item = command.items().get(i);
            for (int a = 0; a < item.actors().size(); a++) {
                ThemeRules.requireActor(
                        actors, scope.municipality(), item.actors().get(a), "items[" + i + "].actors[" + a + "]");
            }
            for (int g = 0; g < item.ingredients().size(); g++) {
                if (!network.knowsIngredient(item.ingredients().get(g))) {
                    throw new UnknownResourceException(
                            "ingredient", item.ingredients().get(g).value(), "items[" + i + "].ingredients[" + g + "]");
                }
            }
        }
        apply(new ManifestationHarvestRecorded(themeId, cycle.number(), List.copyOf(command.items()), date));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Cites what shows a position shift. Rules: an unknown shift (404), position-shift-retracted, and per item
     * evidence-not-found (a contact not made, a meeting moment not held, no harvest with that sequence number).
     */
    @CommandHandler
    Long handle(CitePositionEvidence command) {
        scope.require(command.municipality(), command.effectiveDate());
        requireNonEmpty(command.evidence(), "evidence");
        if (involvement.retracted(command.sequence())) {
            throw new RuleViolationException(
                    "position-shift-retracted", "sequence", "the shift " + command.sequence() + " was taken back");
        }
        nl.netwerkregie.values.ActorId actor = involvement
                .actorOfShift(command.sequence())
                .orElseThrow(() ->
                        new UnknownResourceException("position shift", String.valueOf(command.sequence()), "sequence"));
        for (int i = 0; i < command.evidence().size(); i++) {
            nl.netwerkregie.values.Evidence e = command.evidence().get(i);
            boolean found = switch (e.kind()) {
                case CONTACT -> network.contactMade(new nl.netwerkregie.values.ContactId(e.reference()));
                case MEETING -> programme.meetingHeld(new nl.netwerkregie.values.MeetingId(e.reference()));
                case HARVEST -> harvests.contains(Long.parseLong(e.reference()));
                case DOCUMENT -> true;
            };
            if (!found) {
                throw new RuleViolationException(
                        "evidence-not-found",
                        "evidence[" + i + "].reference",
                        "the theme has no "
                                + switch (e.kind()) {
                                    case CONTACT -> "contact made";
                                    case MEETING -> "meeting moment held";
                                    case HARVEST -> "harvest";
                                    case DOCUMENT -> "document";
                                }
                                + " " + e.reference());
            }
        }
        apply(new nl.netwerkregie.events.PositionEvidenceCited(
                themeId, actor, command.sequence(), List.copyOf(command.evidence()), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ManifestationHarvestRecorded event, @SequenceNumber long sequenceNumber) {
        harvests.add(sequenceNumber);
    }

    @EventSourcingHandler
    void on(ThemeNamed event, @SequenceNumber long sequenceNumber) {
        themeId = event.themeId();
        scope = new ThemeScope(event.themeId(), event.municipality(), event.effectiveDate());
        names.add(new Dated<>(event.effectiveDate(), sequenceNumber, event.name()));
        network = new NetworkAnalysis(scope);
        involvement = new Involvement(scope);
        Recurrence recurrence = event.recurrence() == null ? Recurrence.RECURRING : event.recurrence();
        programme = new Programme(scope, event.developmentPeriod(), recurrence, sequenceNumber);
    }

    @EventSourcingHandler
    void on(ThemeRenamed event, @SequenceNumber long sequenceNumber) {
        names.add(new Dated<>(event.effectiveDate(), sequenceNumber, event.name()));
    }

    private static void requireBuurtenOf(MunicipalityCode municipality, List<BuurtCode> buurten) {
        requireNonEmpty(buurten, "buurten");
        for (int i = 0; i < buurten.size(); i++) {
            if (!buurten.get(i).belongsTo(municipality)) {
                throw new RuleViolationException(
                        "buurt-outside-municipality",
                        "buurten[" + i + "]",
                        buurten.get(i) + " does not lie in " + municipality);
            }
        }
        if (new HashSet<>(buurten).size() != buurten.size()) {
            throw new InvalidInputException("buurten", "must not name a buurt twice");
        }
    }
}
