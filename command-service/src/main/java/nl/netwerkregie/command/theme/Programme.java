package nl.netwerkregie.command.theme;

import static nl.netwerkregie.command.theme.ThemeRules.distinct;
import static nl.netwerkregie.command.theme.ThemeRules.requireActor;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.command.aggregates.Dated;
import nl.netwerkregie.events.CapacityAssessed;
import nl.netwerkregie.events.ConversationMediumUsed;
import nl.netwerkregie.events.ConversationMethodUsed;
import nl.netwerkregie.events.CycleStepStarted;
import nl.netwerkregie.events.DevelopmentPeriodCorrected;
import nl.netwerkregie.events.FacilityNeeded;
import nl.netwerkregie.events.GovernmentAlignmentRecorded;
import nl.netwerkregie.events.ManifestationHarvestRecorded;
import nl.netwerkregie.events.ManifestationHeld;
import nl.netwerkregie.events.MeetingMomentHeld;
import nl.netwerkregie.events.MeetingMomentPlanned;
import nl.netwerkregie.events.PracticeAgreementMade;
import nl.netwerkregie.events.PracticeAgreementsFixed;
import nl.netwerkregie.events.ProgrammeCycleClosed;
import nl.netwerkregie.events.ProgrammeCycleStarted;
import nl.netwerkregie.events.ProviderAgreementPrepared;
import nl.netwerkregie.events.RemarkHeard;
import nl.netwerkregie.events.StepInstrumentUsed;
import nl.netwerkregie.events.ThemeAligned;
import nl.netwerkregie.events.ThemeAlignmentEnded;
import nl.netwerkregie.events.ThemeLetGo;
import nl.netwerkregie.events.ThemeRecurrenceChanged;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * The regieprogramma of a theme: the register of its programme cycles and each cycle's steps, broad
 * conversation, programme line, manifestation and step-5 results, whether the theme is one-off or
 * recurring, and the other themes it is aligned with. A member of the {@link Theme} aggregate, in the
 * theme's event stream (ADR 0009): cycle 1 begins with {@code ThemeNamed} and its development period.
 *
 * <p>Rules that depend on time are judged on the command's effective date.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Programme {
    private ThemeScope scope;
    private final List<Dated<Recurrence>> recurrence = new ArrayList<>();
    private final TreeMap<Integer, ProgrammeCycle> cycles = new TreeMap<>();
    private LocalDate letGoOn;
    /** Per aligned theme: whether it is aligned, from which date (appended, never rewritten). */
    private final Map<ThemeId, List<Dated<Boolean>>> alignments = new HashMap<>();

    Programme() {
        // for snapshots
    }

    Programme(ThemeScope scope, DevelopmentPeriod firstPeriod, Recurrence initial, long sequenceNumber) {
        this.scope = scope;
        recurrence.add(new Dated<>(scope.namedOn(), sequenceNumber, initial));
        cycles.put(1, new ProgrammeCycle(1, firstPeriod));
    }

    // ---- the register of cycles ----

    /**
     * The number the next cycle gets, once the rules allow it to start on {@code date} with {@code period}:
     * the theme is recurring and not let go, the previous cycle has fixed its practice agreements (or was
     * closed) by then, and the new programme starts after the previous development period.
     */
    int nextCycle(DevelopmentPeriod period, LocalDate date) {
        if (Dated.on(recurrence, date) == Recurrence.ONE_OFF) {
            throw new RuleViolationException(
                    "theme-one-off", "themeId", "the theme is one-off on " + date + ": it has one programme only");
        }
        requireNotLetGo(date);
        ProgrammeCycle previous = cycles.lastEntry().getValue();
        boolean fixed = previous.fixedOn() != null && !previous.fixedOn().isAfter(date);
        boolean closed = previous.closedOn() != null && !previous.closedOn().isAfter(date);
        if (!fixed && !closed) {
            throw new RuleViolationException(
                    "previous-practice-agreements-not-fixed",
                    "effectiveDate",
                    "cycle " + previous.number() + " has not fixed its practice agreements by " + date);
        }
        if (!period.start().isAfter(previous.period().end())) {
            throw new RuleViolationException(
                    "overlaps-previous-programme",
                    "developmentPeriod",
                    "the development period must start after cycle " + previous.number() + "'s, which ends on "
                            + previous.period().end());
        }
        return previous.number() + 1;
    }

    @CommandHandler
    Long handle(CorrectDevelopmentPeriod command) {
        scope.require(command.municipality(), command.effectiveDate());
        ProgrammeCycle cycle = cycle(command.cycle());
        DevelopmentPeriod corrected = command.developmentPeriod();
        ProgrammeCycle before = cycles.get(command.cycle() - 1);
        if (before != null && !corrected.start().isAfter(before.period().end())) {
            throw new RuleViolationException(
                    "overlaps-previous-programme",
                    "developmentPeriod",
                    "cycle " + cycle.number() + " must start after cycle " + before.number() + ", which ends on "
                            + before.period().end());
        }
        ProgrammeCycle after = cycles.get(command.cycle() + 1);
        if (after != null && !corrected.end().isBefore(after.period().start())) {
            throw new RuleViolationException(
                    "overlaps-next-programme",
                    "developmentPeriod",
                    "cycle " + cycle.number() + " must end before cycle " + after.number() + ", which starts on "
                            + after.period().start());
        }
        if (corrected.equals(cycle.period())) {
            throw new RuleViolationException(
                    "period-unchanged", "developmentPeriod", "cycle " + cycle.number() + " already has this period");
        }
        cycle.requireCovers(corrected);
        apply(new DevelopmentPeriodCorrected(scope.themeId(), cycle.number(), corrected, command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(CloseProgrammeCycle command) {
        LocalDate date = command.effectiveDate();
        scope.require(command.municipality(), date);
        ProgrammeCycle cycle = cycle(command.cycle());
        if (cycle.closedOn() != null) {
            throw new RuleViolationException(
                    "cycle-already-closed", "cycle", "cycle " + cycle.number() + " was closed on " + cycle.closedOn());
        }
        if (date.isBefore(cycle.period().start())) {
            cycle.requireInside(date, "effectiveDate", "closing");
        }
        apply(new ProgrammeCycleClosed(scope.themeId(), cycle.number(), date));
        if (Dated.on(recurrence, date) == Recurrence.ONE_OFF) {
            apply(new ThemeLetGo(scope.themeId(), date));
        }
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ChangeThemeRecurrence command) {
        LocalDate date = command.effectiveDate();
        scope.require(command.municipality(), date);
        requireNotLetGo(date);
        if (Dated.on(recurrence, date) == command.recurrence()) {
            throw new RuleViolationException(
                    "recurrence-unchanged",
                    "recurrence",
                    "the theme is already " + command.recurrence() + " on " + date);
        }
        apply(new ThemeRecurrenceChanged(scope.themeId(), command.recurrence(), date));
        return AggregateLifecycle.getVersion();
    }

    // ---- steps ----

    @CommandHandler
    Long handle(StartCycleStep command) {
        scope.require(command.municipality(), command.effectiveDate());
        ProgrammeCycle cycle = cycle(command.cycle());
        cycle.requireCanStart(command.step(), command.effectiveDate());
        apply(new CycleStepStarted(scope.themeId(), cycle.number(), command.step(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RecordStepInstrument command) {
        ProgrammeCycle cycle = open(command.municipality(), command.cycle(), command.effectiveDate());
        cycle.requireStarted(command.step(), command.effectiveDate(), "step-not-started", "using an instrument");
        boolean stepTwo = command.step() == CycleStep.ORDER_RELATIONS;
        if (stepTwo && command.patternPart() == null) {
            throw new InvalidInputException(
                    "patternPart", "is required in step 2: which part of the pattern the instrument built");
        }
        if (!stepTwo && command.patternPart() != null) {
            throw new InvalidInputException("patternPart", "is only recorded in step 2");
        }
        apply(new StepInstrumentUsed(
                scope.themeId(),
                cycle.number(),
                command.step(),
                command.instrument(),
                command.patternPart(),
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    // ---- step 3: the broad conversation ----

    @CommandHandler
    Long handle(RecordConversationMedium command) {
        ProgrammeCycle cycle = conversation(command.municipality(), command.cycle(), command.effectiveDate());
        apply(new ConversationMediumUsed(
                scope.themeId(),
                cycle.number(),
                command.medium(),
                command.description(),
                command.link(),
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RecordRemarkHeard command, ActorDirectory actors) {
        ProgrammeCycle cycle = conversation(command.municipality(), command.cycle(), command.effectiveDate());
        if (command.heardFrom() != null) {
            requireActor(actors, scope.municipality(), command.heardFrom(), "heardFrom");
        }
        if ((command.text() == null) == (command.sealedText() == null)) {
            throw new InvalidInputException("text", "is required, either plain or sealed");
        }
        if (command.sealedText() != null
                && (command.heardFrom() == null
                        || !command.sealedText()
                                .keyId()
                                .equals(command.heardFrom().value()))) {
            throw new InvalidInputException("text", "a sealed remark is sealed with the key of the person who said it");
        }
        apply(new RemarkHeard(
                scope.themeId(),
                cycle.number(),
                command.text(),
                command.sealedText(),
                command.heardFrom(),
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RecordConversationMethod command) {
        ProgrammeCycle cycle = conversation(command.municipality(), command.cycle(), command.effectiveDate());
        apply(new ConversationMethodUsed(
                scope.themeId(), cycle.number(), command.method(), command.description(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    // ---- the programme line ----

    @CommandHandler
    Long handle(PlanMeetingMoment command, ActorDirectory actors) {
        ProgrammeCycle cycle = open(command.municipality(), command.cycle(), command.effectiveDate());
        cycle.requireOpenOn(command.date());
        cycle.requireInside(command.date(), "date", "a meeting moment");
        if (command.preparationStart() != null && command.preparationStart().isAfter(command.date())) {
            throw new InvalidInputException("preparationStart", "must not lie after the meeting moment's date");
        }
        if (cycle.hasMeeting(command.meetingId())) {
            throw new RuleViolationException(
                    "meeting-exists", "meetingId", "meeting moment " + command.meetingId() + " was already planned");
        }
        List<ActorId> invited = requireActors(actors, command.invited(), "invited");
        apply(new MeetingMomentPlanned(
                scope.themeId(),
                cycle.number(),
                command.meetingId(),
                command.date(),
                command.place(),
                command.preparationStart(),
                command.invitation(),
                invited,
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RecordMeetingMomentHeld command, ActorDirectory actors) {
        ProgrammeCycle cycle = open(command.municipality(), command.cycle(), command.effectiveDate());
        ProgrammeCycle.Meeting meeting = cycle.meeting(command.meetingId());
        if (meeting.held()) {
            throw new RuleViolationException(
                    "meeting-already-held", "meetingId", "meeting moment " + command.meetingId() + " was already held");
        }
        cycle.requireInside(command.effectiveDate(), "effectiveDate", "a meeting moment");
        List<ActorId> came = requireActors(actors, command.cameTogether(), "cameTogether");
        apply(new MeetingMomentHeld(
                scope.themeId(),
                cycle.number(),
                command.meetingId(),
                came,
                command.outcome(),
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    // ---- step 4: the manifestation moment ----

    @CommandHandler
    Long handle(RecordManifestation command, ActorDirectory actors) {
        ProgrammeCycle cycle = open(command.municipality(), command.cycle(), command.effectiveDate());
        cycle.requireStarted(
                CycleStep.PRESENT_SELF_ORGANISATION,
                command.effectiveDate(),
                "manifestation-before-step-4",
                "the manifestation moment");
        cycle.requireInside(command.effectiveDate(), "effectiveDate", "the manifestation moment");
        if (cycle.manifestationHeld()) {
            throw new RuleViolationException(
                    "manifestation-already-held",
                    "cycle",
                    "the manifestation moment of cycle " + cycle.number() + " was held on " + cycle.manifestationOn());
        }
        List<ActorId> participants = requireActors(actors, command.participants(), "participants");
        apply(new ManifestationHeld(
                scope.themeId(), cycle.number(), command.place(), participants, command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * The cycle a harvest belongs to: the one named, or else the latest cycle whose development period
     * holds the date. The harvest must lie in it and after its step 4 started.
     */
    ProgrammeCycle harvestCycle(Integer number, LocalDate date) {
        ProgrammeCycle cycle;
        if (number != null) {
            cycle = cycle(number);
        } else {
            cycle = cycles.descendingMap().values().stream()
                    .filter(c -> c.contains(date))
                    .findFirst()
                    .orElseThrow(() -> new RuleViolationException(
                            "outside-cycle", "effectiveDate", "no programme cycle of the theme runs on " + date));
        }
        cycle.requireOpenOn(date);
        cycle.requireInside(date, "effectiveDate", "a harvest");
        cycle.requireStarted(CycleStep.PRESENT_SELF_ORGANISATION, date, "harvest-before-step-4", "a harvest");
        return cycle;
    }

    // ---- step 5 ----

    @CommandHandler
    Long handle(AssessCapacity command) {
        ProgrammeCycle cycle = stepFive(command.municipality(), command.cycle(), command.effectiveDate());
        apply(new CapacityAssessed(
                scope.themeId(), cycle.number(), command.question(), command.answer(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RecordFacilityNeeded command) {
        ProgrammeCycle cycle = stepFive(command.municipality(), command.cycle(), command.effectiveDate());
        apply(new FacilityNeeded(
                scope.themeId(), cycle.number(), command.facility(), command.means(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(RecordGovernmentAlignment command) {
        ProgrammeCycle cycle = stepFive(command.municipality(), command.cycle(), command.effectiveDate());
        apply(new GovernmentAlignmentRecorded(
                scope.themeId(), cycle.number(), command.alignment(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(PrepareProviderAgreement command, ActorDirectory actors) {
        ProgrammeCycle cycle = stepFive(command.municipality(), command.cycle(), command.effectiveDate());
        requireActor(actors, scope.municipality(), command.provider(), "provider");
        apply(new ProviderAgreementPrepared(
                scope.themeId(), cycle.number(), command.provider(), command.agreement(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(MakePracticeAgreement command, ActorDirectory actors) {
        ProgrammeCycle cycle = open(command.municipality(), command.cycle(), command.effectiveDate());
        cycle.requireStarted(
                CycleStep.ESTABLISH_CAPACITY,
                command.effectiveDate(),
                "practice-agreements-before-step-5",
                "a practice agreement");
        requireNotFixed(cycle);
        cycle.requireInside(command.effectiveDate(), "effectiveDate", "a practice agreement");
        requireActor(actors, scope.municipality(), command.party(), "party");
        apply(new PracticeAgreementMade(
                scope.themeId(),
                cycle.number(),
                command.agreementId(),
                command.party(),
                command.what(),
                command.period(),
                command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(FixPracticeAgreements command) {
        ProgrammeCycle cycle = open(command.municipality(), command.cycle(), command.effectiveDate());
        cycle.requireStarted(
                CycleStep.ESTABLISH_CAPACITY,
                command.effectiveDate(),
                "practice-agreements-before-step-5",
                "fixing the practice agreements");
        requireNotFixed(cycle);
        if (cycle.practiceAgreements() == 0) {
            throw new RuleViolationException(
                    "no-practice-agreements",
                    "cycle",
                    "cycle " + cycle.number() + " has no practice agreements to fix");
        }
        cycle.requireInside(command.effectiveDate(), "effectiveDate", "fixing the practice agreements");
        apply(new PracticeAgreementsFixed(scope.themeId(), cycle.number(), command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    // ---- alignment with other themes ----

    @CommandHandler
    Long handle(AlignTheme command, ThemeDirectory themes) {
        LocalDate date = command.effectiveDate();
        scope.require(command.municipality(), date);
        ThemeId other = command.otherThemeId();
        if (other.equals(scope.themeId())) {
            throw new InvalidInputException("otherThemeId", "must name another theme");
        }
        if (!themes.municipalityOf(other).map(scope.municipality()::equals).orElse(false)) {
            throw new UnknownResourceException("theme", other.value(), "otherThemeId");
        }
        if (alignedOn(other, date)) {
            throw new RuleViolationException(
                    "themes-already-aligned", "otherThemeId", "the themes are already aligned on " + date);
        }
        apply(new ThemeAligned(scope.themeId(), other, date));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(EndThemeAlignment command) {
        LocalDate date = command.effectiveDate();
        scope.require(command.municipality(), date);
        if (!alignedOn(command.otherThemeId(), date)) {
            throw new RuleViolationException(
                    "themes-not-aligned", "otherThemeId", "the themes are not aligned on " + date);
        }
        apply(new ThemeAlignmentEnded(scope.themeId(), command.otherThemeId(), date));
        return AggregateLifecycle.getVersion();
    }

    private boolean alignedOn(ThemeId other, LocalDate date) {
        return Boolean.TRUE.equals(Dated.on(alignments.getOrDefault(other, List.of()), date));
    }

    // ---- shared checks ----

    /** Whether a meeting moment with this id was held in any of the theme's cycles. */
    boolean meetingHeld(nl.netwerkregie.values.MeetingId id) {
        return cycles.values().stream()
                .anyMatch(c -> c.hasMeeting(id) && c.meeting(id).held());
    }

    private ProgrammeCycle cycle(int number) {
        ProgrammeCycle cycle = cycles.get(number);
        if (cycle == null) {
            throw new UnknownResourceException("programme cycle", String.valueOf(number), "cycle");
        }
        return cycle;
    }

    /** The cycle, for a fact dated {@code date}: in this municipality, and not after the cycle closed. */
    private ProgrammeCycle open(nl.netwerkregie.values.MunicipalityCode municipality, int number, LocalDate date) {
        scope.require(municipality, date);
        ProgrammeCycle cycle = cycle(number);
        cycle.requireOpenOn(date);
        return cycle;
    }

    private ProgrammeCycle conversation(
            nl.netwerkregie.values.MunicipalityCode municipality, int number, LocalDate date) {
        ProgrammeCycle cycle = open(municipality, number, date);
        cycle.requireStarted(
                CycleStep.BROAD_CONVERSATION, date, "conversation-before-step-3", "the broad conversation");
        cycle.requireInside(date, "effectiveDate", "the broad conversation");
        return cycle;
    }

    private ProgrammeCycle stepFive(nl.netwerkregie.values.MunicipalityCode municipality, int number, LocalDate date) {
        ProgrammeCycle cycle = open(municipality, number, date);
        cycle.requireStarted(CycleStep.ESTABLISH_CAPACITY, date, "before-step-5", "this part of step 5");
        cycle.requireInside(date, "effectiveDate", "step 5");
        return cycle;
    }

    private static void requireNotFixed(ProgrammeCycle cycle) {
        if (cycle.fixedOn() != null) {
            throw new RuleViolationException(
                    "practice-agreements-fixed",
                    "cycle",
                    "the practice agreements of cycle " + cycle.number() + " were fixed on " + cycle.fixedOn());
        }
    }

    private void requireNotLetGo(LocalDate date) {
        if (letGoOn != null && !date.isBefore(letGoOn)) {
            throw new RuleViolationException("theme-let-go", "themeId", "the theme was let go on " + letGoOn);
        }
    }

    private List<ActorId> requireActors(ActorDirectory actors, List<ActorId> ids, String field) {
        List<ActorId> distinct = ids == null ? List.of() : distinct(ids);
        for (int i = 0; i < distinct.size(); i++) {
            requireActor(
                    actors, scope.municipality(), distinct.get(i), field + "[" + ids.indexOf(distinct.get(i)) + "]");
        }
        return distinct;
    }

    // ---- event sourcing ----

    @EventSourcingHandler
    void on(ProgrammeCycleStarted event) {
        cycles.put(event.cycle(), new ProgrammeCycle(event.cycle(), event.developmentPeriod()));
    }

    @EventSourcingHandler
    void on(DevelopmentPeriodCorrected event) {
        cycles.get(event.cycle()).periodCorrected(event.developmentPeriod());
    }

    @EventSourcingHandler
    void on(CycleStepStarted event) {
        cycles.get(event.cycle()).stepStarted(event.step(), event.effectiveDate());
    }

    @EventSourcingHandler
    void on(StepInstrumentUsed event) {
        cycles.get(event.cycle()).factRecorded(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(ConversationMediumUsed event) {
        cycles.get(event.cycle()).factRecorded(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(RemarkHeard event) {
        cycles.get(event.cycle()).factRecorded(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(ConversationMethodUsed event) {
        cycles.get(event.cycle()).factRecorded(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(MeetingMomentPlanned event) {
        cycles.get(event.cycle()).meetingPlanned(event.meetingId(), event.date(), event.preparationStart());
    }

    @EventSourcingHandler
    void on(MeetingMomentHeld event) {
        cycles.get(event.cycle()).meetingHeld(event.meetingId(), event.effectiveDate());
    }

    @EventSourcingHandler
    void on(ManifestationHeld event) {
        cycles.get(event.cycle()).manifestationHeld(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(ManifestationHarvestRecorded event) {
        ProgrammeCycle cycle = cycles.get(event.cycle());
        if (cycle != null) {
            cycle.factRecorded(event.effectiveDate());
        }
    }

    @EventSourcingHandler
    void on(CapacityAssessed event) {
        cycles.get(event.cycle()).factRecorded(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(FacilityNeeded event) {
        cycles.get(event.cycle()).factRecorded(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(GovernmentAlignmentRecorded event) {
        cycles.get(event.cycle()).factRecorded(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(ProviderAgreementPrepared event) {
        cycles.get(event.cycle()).factRecorded(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(PracticeAgreementMade event) {
        cycles.get(event.cycle()).practiceAgreementMade(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(PracticeAgreementsFixed event) {
        cycles.get(event.cycle()).practiceAgreementsFixed(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(ProgrammeCycleClosed event) {
        cycles.get(event.cycle()).closed(event.effectiveDate());
    }

    @EventSourcingHandler
    void on(ThemeLetGo event) {
        letGoOn = event.effectiveDate();
    }

    @EventSourcingHandler
    void on(ThemeRecurrenceChanged event, @SequenceNumber long sequenceNumber) {
        recurrence.add(new Dated<>(event.effectiveDate(), sequenceNumber, event.recurrence()));
    }

    @EventSourcingHandler
    void on(ThemeAligned event, @SequenceNumber long sequenceNumber) {
        alignments
                .computeIfAbsent(event.otherThemeId(), t -> new ArrayList<>())
                .add(new Dated<>(event.effectiveDate(), sequenceNumber, true));
    }

    @EventSourcingHandler
    void on(ThemeAlignmentEnded event, @SequenceNumber long sequenceNumber) {
        alignments
                .computeIfAbsent(event.otherThemeId(), t -> new ArrayList<>())
                .add(new Dated<>(event.effectiveDate(), sequenceNumber, false));
    }
}
