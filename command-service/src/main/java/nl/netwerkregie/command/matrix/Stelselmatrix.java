package nl.netwerkregie.command.matrix;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.command.ExpectedVersionTargetResolver;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.command.aggregates.Dated;
import nl.netwerkregie.command.settings.SettingsDirectory;
import nl.netwerkregie.command.theme.ThemeDirectory;
import nl.netwerkregie.events.ActivityPlanned;
import nl.netwerkregie.events.ActivityReplanned;
import nl.netwerkregie.events.ActivityStatusChanged;
import nl.netwerkregie.events.AttentionPointAdded;
import nl.netwerkregie.events.AttentionPointDropped;
import nl.netwerkregie.events.AttentionPointResolved;
import nl.netwerkregie.events.AttentionPointRevised;
import nl.netwerkregie.events.CellDescribed;
import nl.netwerkregie.events.CellJudged;
import nl.netwerkregie.events.ChainPositionAdded;
import nl.netwerkregie.events.ChainPositionRenamed;
import nl.netwerkregie.events.ChainPositionRetired;
import nl.netwerkregie.events.ChainReordered;
import nl.netwerkregie.events.CommunicationPlanSet;
import nl.netwerkregie.events.PortfolioItemAdded;
import nl.netwerkregie.events.PortfolioItemWithdrawn;
import nl.netwerkregie.events.ResponsibilityDisappeared;
import nl.netwerkregie.events.ResponsibilityMoved;
import nl.netwerkregie.events.ResponsibilityTaken;
import nl.netwerkregie.events.StelselmatrixSetUp;
import nl.netwerkregie.events.SystemAgreementMade;
import nl.netwerkregie.events.SystemPhaseStarted;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.ActivityStatus;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.JudgementScale;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.MeasurementPeriod;
import nl.netwerkregie.values.Milestone;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.SystemPhase;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The stelselmatrix of one theme in one buurt (aggregate id {@code <themeId>:matrix:<buurt>}): the
 * chain of positions of responsibility over time, the attention points of its cells, the ledger of
 * concrete responsibilities, and what is built on them in the buurt: the programme of activities, the
 * five phases of building the system with the agreements of phase 3, and the buurtportfolio. Cell descriptions need no
 * state beyond the chain; judgements are kept by sequence number only so that one can be taken back. Both are judged on
 * the chain in force on their own date, so a back-dated command is judged as of its date.
 */
@Aggregate(
        commandTargetResolver = ExpectedVersionTargetResolver.BEAN,
        repository = StelselmatrixRepositoryConfiguration.BEAN)
@Revision("2")
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Stelselmatrix {
    /** The most actors a judgement or a ledger entry names. */
    static final int MAX_ACTORS = 100;

    @AggregateIdentifier
    private String matrixId;

    private ThemeId themeId;
    private MunicipalityCode municipality;
    private BuurtCode buurt;
    private LocalDate setUpOn;
    /** Per position code: the day it joined the chain and the day it left it (null while in it). */
    private final Map<String, Span> positions = new HashMap<>();

    private final Map<String, AttentionPoint> attentionPoints = new HashMap<>();
    /** Per responsibility: who carries it from which date (null: nobody, it disappeared). */
    private final Map<String, Ledger> responsibilities = new HashMap<>();

    /** Per activity: when it was planned, its latest status and since when. */
    private final Map<String, Activity> activities = new HashMap<>();
    /** The phases started, by name, with their dates. */
    private final Map<String, LocalDate> phases = new HashMap<>();
    /** Per portfolio item: when it was added and withdrawn (null while in the portfolio). */
    private final Map<String, Span> portfolio = new HashMap<>();
    /** The judgements recorded, by their events' sequence numbers, while not taken back. */
    private final Map<Long, Judged> judgements = new HashMap<>();

    private final java.util.Set<Long> retractedJudgements = new java.util.HashSet<>();

    /** What a correction of a judgement needs of the one it takes back. */
    record Judged(ChainPosition position, MatrixElement element, MeasurementPeriod period, LocalDate date) {}

    record Activity(LocalDate plannedOn, ActivityStatus status, LocalDate statusOn) {}

    record Span(LocalDate from, LocalDate until) {
        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (until == null || date.isBefore(until));
        }
    }

    record AttentionPoint(LocalDate addedOn, LocalDate lastRevisedOn, LocalDate closedOn) {}

    record Ledger(LocalDate takenOn, List<Dated<String>> carriers) {}

    Stelselmatrix() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(SetUpStelselmatrix command, ThemeDirectory themes, SettingsDirectory settings) {
        MatrixAddress m = command.matrix();
        LocalDate date = command.effectiveDate();
        ThemeDirectory.Facts facts = themes.facts(m.themeId())
                .filter(f -> f.municipality().equals(m.municipality()))
                .orElseThrow(
                        () -> new UnknownResourceException("theme", m.themeId().value(), "themeId"));
        if (setUpOn != null) {
            throw new RuleViolationException(
                    "matrix-exists", "buurt", "the theme already has a stelselmatrix in " + m.buurt());
        }
        if (date.isBefore(facts.namedOn())) {
            throw new RuleViolationException(
                    "before-theme-named", "effectiveDate", "the theme was only named on " + facts.namedOn());
        }
        if (!facts.runsIn(m.buurt(), date)) {
            throw new RuleViolationException(
                    "buurt-not-of-theme", "buurt", "the theme does not run in " + m.buurt() + " on " + date);
        }
        List<ChainLink> chain = settings.chainOn(m.municipality(), date);
        apply(new StelselmatrixSetUp(m.themeId(), m.municipality(), m.buurt(), List.copyOf(chain), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(AddChainPosition command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        ChainPosition code = command.link().position();
        if (positions.containsKey(code.value())) {
            throw new RuleViolationException(
                    "position-exists",
                    "position",
                    "the chain has or had a position " + code + "; rename it, or choose another code");
        }
        if (command.before() != null) {
            requireInForce(command.before(), date, "before");
        }
        apply(new ChainPositionAdded(themeId, buurt, command.link(), command.before(), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RenameChainPosition command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        requireInForce(command.position(), date, "position");
        apply(new ChainPositionRenamed(themeId, buurt, command.position(), command.name(), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ReorderChain command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        Set<String> named = new HashSet<>();
        for (ChainPosition p : command.order()) {
            if (!named.add(p.value())) {
                throw new InvalidInputException("order", "names position " + p + " twice");
            }
        }
        Set<String> inForce = inForceOn(date);
        if (!named.equals(inForce)) {
            throw new RuleViolationException(
                    "order-incomplete",
                    "order",
                    "the order must name every position in the chain on " + date + ", once: " + inForce);
        }
        apply(new ChainReordered(themeId, buurt, List.copyOf(command.order()), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RetireChainPosition command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        requireInForce(command.position(), date, "position");
        for (Map.Entry<String, Ledger> r : responsibilities.entrySet()) {
            if (carriedOnOrAfter(r.getValue(), command.position().value(), date)) {
                throw new RuleViolationException(
                        "position-carries-responsibilities",
                        "position",
                        "responsibility " + r.getKey() + " is carried by " + command.position() + " on or after " + date
                                + "; move it first");
            }
        }
        if (inForceOn(date).size() == 1) {
            throw new RuleViolationException("last-position", "position", "a chain keeps at least one position");
        }
        apply(new ChainPositionRetired(themeId, buurt, command.position(), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(DescribeCell command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        requireInForce(command.position(), date, "position");
        boolean strategies =
                command.strategies() != null && !command.strategies().isEmpty();
        boolean others =
                command.otherStrategies() != null && !command.otherStrategies().isEmpty();
        if (command.ownStrength() == null && !strategies && !others) {
            throw new InvalidInputException(
                    "ownStrength", "is required when no strategies or otherStrategies are given");
        }
        apply(new CellDescribed(
                themeId,
                buurt,
                command.position(),
                command.element(),
                command.ownStrength(),
                strategies ? distinct(command.strategies()) : List.of(),
                others ? distinct(command.otherStrategies()) : List.of(),
                date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(AddAttentionPoint command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        requireInForce(command.position(), date, "position");
        apply(new AttentionPointAdded(
                themeId,
                buurt,
                command.attentionPointId(),
                command.position(),
                command.element(),
                command.text(),
                date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ReviseAttentionPoint command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        AttentionPoint point = attentionPoint(command.attentionPointId().value(), date);
        if (point.closedOn() != null && !date.isBefore(point.closedOn())) {
            throw new RuleViolationException(
                    "attention-point-closed",
                    "attentionPointId",
                    "the attention point was resolved or dropped on " + point.closedOn());
        }
        apply(new AttentionPointRevised(themeId, buurt, command.attentionPointId(), command.text(), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ResolveAttentionPoint command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        requireClosable(command.attentionPointId().value(), date);
        apply(new AttentionPointResolved(themeId, buurt, command.attentionPointId(), command.how(), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(DropAttentionPoint command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        requireClosable(command.attentionPointId().value(), date);
        apply(new AttentionPointDropped(themeId, buurt, command.attentionPointId(), command.reason(), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(JudgeCell command, ThemeDirectory themes, SettingsDirectory settings, ActorDirectory actors) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        apply(judgement(
                command.position(),
                command.element(),
                command.period(),
                command.level(),
                command.note(),
                command.judgedBy(),
                date,
                "",
                themes,
                settings,
                actors));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Takes back a judgement and, with a replacement, judges the same cell for the same period anew in its place.
     * Rules: an unknown judgement (404), judgement-retracted, and for the replacement those of a judgement.
     */
    @CommandHandler
    Long handle(
            RetractCellJudgement command, ThemeDirectory themes, SettingsDirectory settings, ActorDirectory actors) {
        LocalDate on = require(command.matrix(), command.effectiveDate());
        if (retractedJudgements.contains(command.sequence())) {
            throw new RuleViolationException(
                    "judgement-retracted",
                    "sequence",
                    "the judgement " + command.sequence() + " was taken back already");
        }
        Judged judged = judgements.get(command.sequence());
        if (judged == null) {
            throw new nl.netwerkregie.platform.domain.UnknownResourceException(
                    "judgement", String.valueOf(command.sequence()), "sequence");
        }
        CellJudged replacement = null;
        if (command.replacementLevel() != null) {
            LocalDate date = command.replacementDate() == null ? judged.date() : command.replacementDate();
            replacement = judgement(
                    judged.position(),
                    judged.element(),
                    judged.period(),
                    command.replacementLevel(),
                    command.replacementNote(),
                    command.replacementJudgedBy() == null ? List.of() : command.replacementJudgedBy(),
                    date,
                    "replacement.",
                    themes,
                    settings,
                    actors);
        }
        apply(new nl.netwerkregie.events.CellJudgementRetracted(
                themeId,
                buurt,
                judged.position(),
                judged.element(),
                command.sequence(),
                command.why(),
                replacement != null,
                on));
        if (replacement != null) {
            apply(replacement);
        }
        return AggregateLifecycle.getVersion();
    }

    /** A judgement of a cell, checked: the fields at fault are named under {@code prefix}. */
    private CellJudged judgement(
            ChainPosition position,
            MatrixElement element,
            MeasurementPeriod period,
            int level,
            ProgrammeText note,
            List<ActorId> named,
            LocalDate date,
            String prefix,
            ThemeDirectory themes,
            SettingsDirectory settings,
            ActorDirectory actors) {
        requireInForce(position, date, prefix.isEmpty() ? "position" : prefix + "effectiveDate");
        LocalDate start = period.start();
        LocalDate end = period.end();
        if (period.cycle() != null) {
            DevelopmentPeriod cycle = themes.facts(themeId)
                    .flatMap(f -> f.cyclePeriod(period.cycle()))
                    .orElseThrow(() -> new RuleViolationException(
                            "cycle-unknown", prefix + "period.cycle", "the theme has no cycle " + period.cycle()));
            start = cycle.start();
            end = cycle.end();
        }
        if (date.isBefore(start) || date.isAfter(end)) {
            throw new RuleViolationException(
                    "measurement-outside-period",
                    prefix + "effectiveDate",
                    "the measurement moment " + date + " lies outside the period " + start + " to " + end);
        }
        JudgementScale scale = settings.scaleOn(municipality, date);
        if (!scale.contains(level)) {
            throw new RuleViolationException(
                    "judgement-outside-scale",
                    prefix + "level",
                    "the judgement scale in force on " + date + " (version " + scale.version() + ") has levels 1 to "
                            + scale.levels().size());
        }
        List<ActorId> judgedBy = requireActors(actors, named, prefix + "judgedBy");
        if (judgedBy.isEmpty()) {
            throw new InvalidInputException(prefix + "judgedBy", "must name at least one actor who judged");
        }
        return new CellJudged(themeId, buurt, position, element, period, level, scale.version(), note, judgedBy, date);
    }

    @CommandHandler
    Long handle(TakeResponsibility command, ThemeDirectory themes, ActorDirectory actors) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        requireInForce(command.position(), date, "position");
        List<ActorId> through = requireNetwork(themes, actors, command.through(), date);
        apply(new ResponsibilityTaken(
                themeId,
                buurt,
                command.responsibilityId(),
                command.kind(),
                command.name(),
                command.position(),
                through,
                date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(MoveResponsibility command, ThemeDirectory themes, ActorDirectory actors) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        Ledger ledger = carried(command.responsibilityId().value(), date);
        String carrier = Dated.on(ledger.carriers(), date);
        if (!carrier.equals(command.from().value())) {
            throw new RuleViolationException(
                    "responsibility-not-carried",
                    "from",
                    "on " + date + " the responsibility is carried by " + carrier + ", not by " + command.from());
        }
        requireInForce(command.to(), date, "to");
        if (command.to().equals(command.from())) {
            throw new RuleViolationException(
                    "responsibility-already-carried", "to", command.to() + " carries it already");
        }
        List<ActorId> through = requireNetwork(themes, actors, command.through(), date);
        apply(new ResponsibilityMoved(
                themeId,
                buurt,
                command.responsibilityId(),
                command.from(),
                command.to(),
                through,
                command.reason(),
                date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RecordResponsibilityDisappeared command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        Ledger ledger = carried(command.responsibilityId().value(), date);
        for (Dated<String> later : ledger.carriers()) {
            if (later.date().isAfter(date)) {
                throw new RuleViolationException(
                        "responsibility-moved-later",
                        "effectiveDate",
                        "the responsibility moved again on " + later.date() + "; it cannot disappear before that");
            }
        }
        apply(new ResponsibilityDisappeared(themeId, buurt, command.responsibilityId(), command.reason(), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(PlanActivity command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        for (AttentionPointId id : command.attentionPoints()) {
            AttentionPoint point = attentionPoints.get(id.value());
            if (point == null) {
                throw new RuleViolationException(
                        "attention-point-not-in-matrix",
                        "attentionPoints",
                        "attention point " + id + " is not one of this matrix");
            }
            if (date.isBefore(point.addedOn())) {
                throw new RuleViolationException(
                        "before-attention-point-added",
                        "attentionPoints",
                        "attention point " + id + " was only added on " + point.addedOn());
            }
        }
        if (command.owner() != null) {
            requireInForce(command.owner(), date, "owner");
        }
        requireMilestonesInside(command.period(), command.milestones());
        apply(new ActivityPlanned(
                themeId,
                buurt,
                command.activityId(),
                command.name(),
                command.description(),
                distinct(command.attentionPoints()),
                command.period(),
                sortedMilestones(command.milestones()),
                command.workingMethod(),
                command.owner(),
                date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ReplanActivity command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        Activity activity = activity(command.activityId().value(), date);
        if (activity.status().closed() && !date.isBefore(activity.statusOn())) {
            throw new RuleViolationException(
                    "activity-closed",
                    "activityId",
                    "the activity is " + activity.status() + " since " + activity.statusOn());
        }
        requireMilestonesInside(command.period(), command.milestones());
        apply(new ActivityReplanned(
                themeId, buurt, command.activityId(), command.period(), sortedMilestones(command.milestones()), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ChangeActivityStatus command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        Activity activity = activity(command.activityId().value(), date);
        if (date.isBefore(activity.statusOn())) {
            throw new RuleViolationException(
                    "before-latest-status",
                    "effectiveDate",
                    "the activity's status last changed on " + activity.statusOn());
        }
        if (activity.status().closed()) {
            throw new RuleViolationException(
                    "activity-closed",
                    "activityId",
                    "the activity is " + activity.status() + " since " + activity.statusOn());
        }
        if (command.status() == activity.status()) {
            throw new RuleViolationException(
                    "status-unchanged", "status", "the activity is " + activity.status() + " already");
        }
        if (command.status().ordinal() < activity.status().ordinal()) {
            throw new RuleViolationException(
                    "status-out-of-order",
                    "status",
                    "an activity " + activity.status() + " does not go back to " + command.status());
        }
        apply(new ActivityStatusChanged(themeId, buurt, command.activityId(), command.status(), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(StartSystemPhase command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        SystemPhase phase = command.phase();
        if (phases.containsKey(phase.name())) {
            throw new RuleViolationException(
                    "phase-already-started",
                    "phase",
                    "phase " + phase.number() + " started on " + phases.get(phase.name()));
        }
        if (phase.number() > 1) {
            SystemPhase previous = SystemPhase.ofNumber(phase.number() - 1).orElseThrow();
            LocalDate started = phases.get(previous.name());
            if (started == null || started.isAfter(date)) {
                throw new RuleViolationException(
                        "phase-out-of-order",
                        "phase",
                        "phase " + phase.number() + " starts once phase " + previous.number() + " has started, by "
                                + date);
            }
        }
        apply(new SystemPhaseStarted(themeId, buurt, phase, date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(MakeSystemAgreement command, ActorDirectory actors) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        LocalDate third = phases.get(SystemPhase.LEARN_AND_EXAMINE.name());
        if (third == null || third.isAfter(date)) {
            throw new RuleViolationException(
                    "before-phase-3",
                    "effectiveDate",
                    "contracts and learning agreements follow from phase 3, not started by " + date);
        }
        requireActors(actors, List.of(command.party()), "party");
        apply(new SystemAgreementMade(
                themeId,
                buurt,
                command.agreementId(),
                command.kind(),
                command.party(),
                command.what(),
                command.period(),
                date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(SetCommunicationPlan command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        apply(new CommunicationPlanSet(
                themeId, buurt, distinct(command.channels()), distinct(command.audiences()), command.rhythm(), date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(AddPortfolioItem command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        apply(new PortfolioItemAdded(
                themeId,
                buurt,
                command.portfolioItemId(),
                command.kind(),
                command.text(),
                command.medium(),
                command.link(),
                date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(WithdrawPortfolioItem command) {
        LocalDate date = require(command.matrix(), command.effectiveDate());
        Span item = portfolio.get(command.portfolioItemId().value());
        if (item == null) {
            throw new UnknownResourceException(
                    "portfolio item", command.portfolioItemId().value(), "portfolioItemId");
        }
        if (item.until() != null) {
            throw new RuleViolationException(
                    "portfolio-item-withdrawn", "portfolioItemId", "the item was withdrawn on " + item.until());
        }
        if (date.isBefore(item.from())) {
            throw new RuleViolationException(
                    "before-portfolio-item-added", "effectiveDate", "the item was only added on " + item.from());
        }
        apply(new PortfolioItemWithdrawn(themeId, buurt, command.portfolioItemId(), date));
        return AggregateLifecycle.getVersion();
    }

    private Activity activity(String id, LocalDate date) {
        Activity activity = activities.get(id);
        if (activity == null) {
            throw new UnknownResourceException("activity", id, "activityId");
        }
        if (date.isBefore(activity.plannedOn())) {
            throw new RuleViolationException(
                    "before-activity-planned",
                    "effectiveDate",
                    "the activity was only planned on " + activity.plannedOn());
        }
        return activity;
    }

    private static void requireMilestonesInside(AgreementPeriod period, List<Milestone> milestones) {
        for (int i = 0; i < milestones.size(); i++) {
            if (!period.contains(milestones.get(i).date())) {
                throw new InvalidInputException(
                        "milestones[" + i + "].date",
                        "must lie inside the period " + period.start() + " to " + period.end());
            }
        }
    }

    private static List<Milestone> sortedMilestones(List<Milestone> milestones) {
        return milestones.stream()
                .sorted(java.util.Comparator.comparing(Milestone::date))
                .toList();
    }

    /** The command is for this municipality's matrix and not dated before it was set up; answers the date. */
    private LocalDate require(MatrixAddress address, LocalDate date) {
        if (!municipality.equals(address.municipality())) {
            throw new UnknownResourceException("stelselmatrix", address.buurt().value(), "buurt");
        }
        if (date.isBefore(setUpOn)) {
            throw new RuleViolationException(
                    "before-matrix-set-up", "effectiveDate", "the stelselmatrix was only set up on " + setUpOn);
        }
        return date;
    }

    private Set<String> inForceOn(LocalDate date) {
        Set<String> out = new HashSet<>();
        positions.forEach((code, span) -> {
            if (span.covers(date)) {
                out.add(code);
            }
        });
        return out;
    }

    private void requireInForce(ChainPosition position, LocalDate date, String field) {
        Span span = positions.get(position.value());
        if (span == null || !span.covers(date)) {
            throw new RuleViolationException(
                    "position-unknown", field, "the chain has no position " + position + " on " + date);
        }
    }

    private AttentionPoint attentionPoint(String id, LocalDate date) {
        AttentionPoint point = attentionPoints.get(id);
        if (point == null) {
            throw new UnknownResourceException("attention point", id, "attentionPointId");
        }
        if (date.isBefore(point.addedOn())) {
            throw new RuleViolationException(
                    "before-attention-point-added",
                    "effectiveDate",
                    "the attention point was only added on " + point.addedOn());
        }
        return point;
    }

    private void requireClosable(String id, LocalDate date) {
        AttentionPoint point = attentionPoint(id, date);
        if (point.closedOn() != null) {
            throw new RuleViolationException(
                    "attention-point-closed",
                    "attentionPointId",
                    "the attention point was resolved or dropped on " + point.closedOn());
        }
        if (date.isBefore(point.lastRevisedOn())) {
            throw new RuleViolationException(
                    "attention-point-revised-later",
                    "effectiveDate",
                    "the attention point was revised on " + point.lastRevisedOn() + "; it cannot close before that");
        }
    }

    /** The ledger entry of a responsibility that someone carries on {@code date}. */
    private Ledger carried(String id, LocalDate date) {
        Ledger ledger = responsibilities.get(id);
        if (ledger == null) {
            throw new UnknownResourceException("responsibility", id, "responsibilityId");
        }
        if (date.isBefore(ledger.takenOn())) {
            throw new RuleViolationException(
                    "before-responsibility-taken",
                    "effectiveDate",
                    "the responsibility only entered the ledger on " + ledger.takenOn());
        }
        if (Dated.on(ledger.carriers(), date) == null) {
            throw new RuleViolationException(
                    "responsibility-gone", "responsibilityId", "on " + date + " nobody carries the responsibility");
        }
        return ledger;
    }

    private static boolean carriedOnOrAfter(Ledger ledger, String position, LocalDate date) {
        if (position.equals(Dated.on(ledger.carriers(), date))) {
            return true;
        }
        return ledger.carriers().stream().anyMatch(c -> c.date().isAfter(date) && position.equals(c.value()));
    }

    private List<ActorId> requireActors(ActorDirectory actors, List<ActorId> named, String field) {
        List<ActorId> out = named == null ? List.of() : distinct(named);
        for (ActorId a : out) {
            if (!actors.municipalityOf(a).map(municipality::equals).orElse(false)) {
                throw new UnknownResourceException("actor", a.value(), field);
            }
        }
        return out;
    }

    /** The actors, each once, known in the municipality and holding a position in the theme's network on {@code date}. */
    private List<ActorId> requireNetwork(
            ThemeDirectory themes, ActorDirectory actors, List<ActorId> named, LocalDate date) {
        List<ActorId> through = requireActors(actors, named, "through");
        if (through.isEmpty()) {
            return through;
        }
        ThemeDirectory.Facts facts = themes.facts(themeId).orElseThrow();
        for (ActorId a : through) {
            if (!facts.inNetwork(a, date)) {
                throw new RuleViolationException(
                        "actor-not-in-network",
                        "through",
                        "actor " + a + " holds no position in the theme's network on " + date);
            }
        }
        return through;
    }

    private static <T> List<T> distinct(List<T> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    @EventSourcingHandler
    void on(CellJudged event, @org.axonframework.eventhandling.SequenceNumber long sequenceNumber) {
        judgements.put(
                sequenceNumber, new Judged(event.position(), event.element(), event.period(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(nl.netwerkregie.events.CellJudgementRetracted event) {
        judgements.remove(event.sequence());
        retractedJudgements.add(event.sequence());
    }

    @EventSourcingHandler
    void on(StelselmatrixSetUp event) {
        matrixId = event.matrixId();
        themeId = event.themeId();
        municipality = event.municipality();
        buurt = event.buurt();
        setUpOn = event.effectiveDate();
        for (ChainLink link : event.chain()) {
            positions.put(link.position().value(), new Span(setUpOn, null));
        }
    }

    @EventSourcingHandler
    void on(ChainPositionAdded event) {
        positions.put(event.link().position().value(), new Span(event.effectiveDate(), null));
    }

    @EventSourcingHandler
    void on(ChainPositionRetired event) {
        Span span = positions.get(event.position().value());
        positions.put(event.position().value(), new Span(span.from(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(AttentionPointAdded event) {
        attentionPoints.put(
                event.attentionPointId().value(),
                new AttentionPoint(event.effectiveDate(), event.effectiveDate(), null));
    }

    @EventSourcingHandler
    void on(AttentionPointRevised event) {
        AttentionPoint p = attentionPoints.get(event.attentionPointId().value());
        LocalDate last = event.effectiveDate().isAfter(p.lastRevisedOn()) ? event.effectiveDate() : p.lastRevisedOn();
        attentionPoints.put(event.attentionPointId().value(), new AttentionPoint(p.addedOn(), last, p.closedOn()));
    }

    @EventSourcingHandler
    void on(AttentionPointResolved event) {
        close(event.attentionPointId().value(), event.effectiveDate());
    }

    @EventSourcingHandler
    void on(AttentionPointDropped event) {
        close(event.attentionPointId().value(), event.effectiveDate());
    }

    private void close(String id, LocalDate on) {
        AttentionPoint p = attentionPoints.get(id);
        attentionPoints.put(id, new AttentionPoint(p.addedOn(), p.lastRevisedOn(), on));
    }

    @EventSourcingHandler
    void on(ResponsibilityTaken event, @SequenceNumber long seq) {
        List<Dated<String>> carriers = new ArrayList<>();
        carriers.add(new Dated<>(event.effectiveDate(), seq, event.position().value()));
        responsibilities.put(event.responsibilityId().value(), new Ledger(event.effectiveDate(), carriers));
    }

    @EventSourcingHandler
    void on(ResponsibilityMoved event, @SequenceNumber long seq) {
        responsibilities
                .get(event.responsibilityId().value())
                .carriers()
                .add(new Dated<>(event.effectiveDate(), seq, event.to().value()));
    }

    @EventSourcingHandler
    void on(ResponsibilityDisappeared event, @SequenceNumber long seq) {
        responsibilities
                .get(event.responsibilityId().value())
                .carriers()
                .add(new Dated<>(event.effectiveDate(), seq, null));
    }

    @EventSourcingHandler
    void on(ActivityPlanned event) {
        activities.put(
                event.activityId().value(),
                new Activity(event.effectiveDate(), ActivityStatus.PLANNED, event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(ActivityStatusChanged event) {
        Activity a = activities.get(event.activityId().value());
        activities.put(event.activityId().value(), new Activity(a.plannedOn(), event.status(), event.effectiveDate()));
    }

    @EventSourcingHandler
    void on(SystemPhaseStarted event) {
        phases.put(event.phase().name(), event.effectiveDate());
    }

    @EventSourcingHandler
    void on(PortfolioItemAdded event) {
        portfolio.put(event.portfolioItemId().value(), new Span(event.effectiveDate(), null));
    }

    @EventSourcingHandler
    void on(PortfolioItemWithdrawn event) {
        Span item = portfolio.get(event.portfolioItemId().value());
        portfolio.put(event.portfolioItemId().value(), new Span(item.from(), event.effectiveDate()));
    }
}
