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
 * ({@link Programme}) and how the municipality takes part in it ({@link Governance}) are members in the same event stream, each with its own rules; which capabilities get aggregates of their own is written down in ADR 0006.
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
    static final String SNAPSHOT_REVISION = "5";

    @AggregateIdentifier
    private ThemeId themeId;

    private ThemeScope scope;
    private final List<Dated<ThemeName>> names = new ArrayList<>();
    /** The harvests recorded in the theme by their events' sequence numbers: what evidence may cite. */
    private final java.util.Map<Long, Harvest> harvests = new java.util.HashMap<>();
    /** The dates of the stories recorded (the naming's included) by their events' sequence numbers. */
    private final java.util.Map<Long, LocalDate> stories = new java.util.HashMap<>();

    private final java.util.Set<Long> retractedStories = new java.util.HashSet<>();
    private long namedSequence;

    /** A harvest as the rules need it: its cycle, date, number of items and the items taken back. */
    record Harvest(int cycle, LocalDate date, int items, java.util.Set<Integer> retracted) {
        boolean standing() {
            return retracted.size() < items;
        }
    }

    @AggregateMember
    private NetworkAnalysis network;

    @AggregateMember
    private Involvement involvement;

    @AggregateMember
    private Programme programme;

    @AggregateMember
    private Governance governance;

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
            requireHarvestItem(command.items().get(i), "items[" + i + "]", actors);
        }
        apply(new ManifestationHarvestRecorded(themeId, cycle.number(), List.copyOf(command.items()), date));
        return AggregateLifecycle.getVersion();
    }

    private void requireHarvestItem(HarvestItem item, String field, ActorDirectory actors) {
        for (int a = 0; a < item.actors().size(); a++) {
            ThemeRules.requireActor(actors, scope.municipality(), item.actors().get(a), field + ".actors[" + a + "]");
        }
        for (int g = 0; g < item.ingredients().size(); g++) {
            if (!network.knowsIngredient(item.ingredients().get(g))) {
                throw new UnknownResourceException(
                        "ingredient", item.ingredients().get(g).value(), field + ".ingredients[" + g + "]");
            }
        }
    }

    /**
     * Takes back one item of a harvest and, with a replacement, records the corrected item in its place as a
     * harvest of one item of the same cycle on the harvest's date. Rules: an unknown harvest or item (404),
     * harvest-item-retracted, and for the replacement those of a harvest's items.
     */
    @CommandHandler
    Long handle(RetractHarvestItem command, ActorDirectory actors) {
        scope.require(command.municipality(), command.effectiveDate());
        Harvest harvest = harvests.get(command.sequence());
        if (harvest == null) {
            throw new UnknownResourceException("harvest", String.valueOf(command.sequence()), "sequence");
        }
        if (command.item() < 0 || command.item() >= harvest.items()) {
            throw new UnknownResourceException("harvest item", String.valueOf(command.item()), "item");
        }
        if (harvest.retracted().contains(command.item())) {
            throw new RuleViolationException(
                    "harvest-item-retracted",
                    "item",
                    "item " + command.item() + " of the harvest " + command.sequence() + " was taken back already");
        }
        boolean corrected = command.replacement() != null;
        if (corrected) {
            requireHarvestItem(command.replacement(), "replacement", actors);
        }
        apply(new nl.netwerkregie.events.HarvestItemRetracted(
                themeId,
                harvest.cycle(),
                command.sequence(),
                command.item(),
                command.why(),
                corrected,
                command.effectiveDate()));
        if (corrected) {
            apply(new ManifestationHarvestRecorded(
                    themeId, harvest.cycle(), List.of(command.replacement()), harvest.date()));
        }
        return AggregateLifecycle.getVersion();
    }

    /**
     * Takes back a story (the naming's or a later change) and, with a replacement, records the corrected story in
     * its place. Rules: an unknown story (404), story-retracted, story-needed (the naming's story can only be
     * corrected), before-theme-named for the replacement's date.
     */
    @CommandHandler
    Long handle(RetractThemeStory command) {
        scope.require(command.municipality(), command.effectiveDate());
        if (retractedStories.contains(command.sequence())) {
            throw new RuleViolationException(
                    "story-retracted", "sequence", "the story " + command.sequence() + " was taken back already");
        }
        LocalDate original = stories.get(command.sequence());
        if (original == null) {
            throw new UnknownResourceException("story", String.valueOf(command.sequence()), "sequence");
        }
        boolean corrected = command.replacement() != null;
        if (!corrected && command.sequence() == namedSequence) {
            throw new RuleViolationException(
                    "story-needed",
                    "replacement",
                    "the story the theme was named with can be corrected, not taken back without one in its place");
        }
        LocalDate date = command.replacementDate() == null ? original : command.replacementDate();
        if (corrected && date.isBefore(scope.namedOn())) {
            throw new RuleViolationException(
                    "before-theme-named",
                    "replacement.effectiveDate",
                    "the theme was only named on " + scope.namedOn());
        }
        apply(new nl.netwerkregie.events.ThemeStoryRetracted(
                themeId, command.sequence(), command.why(), corrected, command.effectiveDate()));
        if (corrected) {
            apply(new ThemeStoryChanged(themeId, command.replacement(), date));
        }
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
                case HARVEST -> {
                    Harvest h = harvests.get(Long.parseLong(e.reference()));
                    yield h != null && h.standing();
                }
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
        harvests.put(
                sequenceNumber,
                new Harvest(event.cycle(), event.effectiveDate(), event.items().size(), new java.util.HashSet<>()));
    }

    @EventSourcingHandler
    void on(nl.netwerkregie.events.HarvestItemRetracted event) {
        Harvest h = harvests.get(event.sequence());
        if (h != null) {
            h.retracted().add(event.item());
        }
    }

    @EventSourcingHandler
    void on(ThemeStoryChanged event, @SequenceNumber long sequenceNumber) {
        stories.put(sequenceNumber, event.effectiveDate());
    }

    @EventSourcingHandler
    void on(nl.netwerkregie.events.ThemeStoryRetracted event) {
        retractedStories.add(event.sequence());
    }

    @EventSourcingHandler
    void on(ThemeNamed event, @SequenceNumber long sequenceNumber) {
        themeId = event.themeId();
        scope = new ThemeScope(event.themeId(), event.municipality(), event.effectiveDate());
        names.add(new Dated<>(event.effectiveDate(), sequenceNumber, event.name()));
        namedSequence = sequenceNumber;
        stories.put(sequenceNumber, event.effectiveDate());
        network = new NetworkAnalysis(scope);
        involvement = new Involvement(scope);
        Recurrence recurrence = event.recurrence() == null ? Recurrence.RECURRING : event.recurrence();
        programme = new Programme(scope, event.developmentPeriod(), recurrence, sequenceNumber);
        governance = new Governance(scope);
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
