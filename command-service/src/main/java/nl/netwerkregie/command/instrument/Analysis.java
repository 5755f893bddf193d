package nl.netwerkregie.command.instrument;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.command.ExpectedVersionTargetResolver;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.command.theme.ThemeDirectory;
import nl.netwerkregie.events.AnalysisOpened;
import nl.netwerkregie.events.CapacityAnalysisRecorded;
import nl.netwerkregie.events.EnvironmentAnalysisRecorded;
import nl.netwerkregie.events.PatternResearchRecorded;
import nl.netwerkregie.events.ThemeAnalysisRecorded;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AnalysisAuthor;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.CapacityAnalysisContent;
import nl.netwerkregie.values.EnvironmentAnalysisContent;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.PatternResearchContent;
import nl.netwerkregie.values.RingVariant;
import nl.netwerkregie.values.ThemeAnalysisContent;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.TimelineMoment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One analysis made with an instrument for a theme (aggregate id: a generated UUID): a theme analysis, an
 * environment analysis, a capacity analysis or pattern research, optionally within a started step of a programme
 * cycle. Each session records who took part and the whole analysis as it stands after it, so the analysis reads on
 * any date as its latest session by then. Several analyses of one kind may exist for a theme: the regievoerder's
 * own, a group's, a schakel's. Rules that need the theme (it exists, the step had started) ask the
 * {@link ThemeDirectory}.
 */
@Aggregate(
        commandTargetResolver = ExpectedVersionTargetResolver.BEAN,
        repository = AnalysisRepositoryConfiguration.BEAN)
@org.axonframework.serialization.Revision("1")
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Analysis {
    /** The most participants in one session. */
    static final int MAX_PARTICIPANTS = 200;
    /** The most items in one list of an analysis (words, initiatives, entries, answers, associations ...). */
    static final int MAX_ITEMS = 200;

    @AggregateIdentifier
    private AnalysisId analysisId;

    private MunicipalityCode municipality;
    private ThemeId themeId;
    private Instrument instrument;
    private Integer cycle;
    private LocalDate openedOn;

    Analysis() {
        // for Axon
    }

    /**
     * Rules: the theme exists in the municipality (404); not before-theme-named; the network analysis is recorded
     * on the theme itself (400); a schakel's analysis names the schakel, an actor of the municipality, and no other
     * analysis does (400/404); cycle and step come together, the cycle exists (404) and the step had started on the
     * date (step-not-started).
     */
    @CommandHandler
    Analysis(OpenAnalysis command, ThemeDirectory themes, ActorDirectory actors) {
        LocalDate date = command.effectiveDate();
        ThemeDirectory.Facts theme = theme(themes, command.themeId(), command.municipality());
        if (date.isBefore(theme.namedOn())) {
            throw new RuleViolationException(
                    "before-theme-named", "effectiveDate", "the theme was only named on " + theme.namedOn());
        }
        if (command.instrument() == Instrument.NETWORK_ANALYSIS) {
            throw new InvalidInputException(
                    "instrument",
                    "the network analysis is recorded on the theme itself (ingredients, schakels, contacts)");
        }
        if (command.madeBy() == AnalysisAuthor.SCHAKEL) {
            if (command.schakel() == null) {
                throw new InvalidInputException("schakel", "is required for an analysis made by a schakel");
            }
            requireActor(actors, command.municipality(), command.schakel(), "schakel");
        } else if (command.schakel() != null) {
            throw new InvalidInputException("schakel", "is only named for an analysis made by a schakel");
        }
        if ((command.cycle() == null) != (command.step() == null)) {
            throw new InvalidInputException(
                    command.cycle() == null ? "cycle" : "step", "cycle and step are given together, or neither");
        }
        if (command.cycle() != null) {
            if (theme.cyclePeriod(command.cycle()).isEmpty()) {
                throw new UnknownResourceException("cycle", String.valueOf(command.cycle()), "cycle");
            }
            LocalDate started =
                    theme.stepStarted(command.cycle(), command.step()).orElse(null);
            if (started == null || started.isAfter(date)) {
                throw new RuleViolationException(
                        "step-not-started",
                        "step",
                        "an analysis in step " + command.step().number() + " of cycle " + command.cycle()
                                + " needs that step to have started by " + date
                                + (started == null ? "; it has not started" : "; it started on " + started));
            }
        }
        apply(new AnalysisOpened(
                command.analysisId(),
                command.municipality(),
                command.themeId(),
                command.instrument(),
                command.title(),
                command.madeBy(),
                command.schakel(),
                command.cycle(),
                command.step(),
                date));
    }

    /**
     * Rules besides those of every session ({@link #requireSession}): a meeting moment on the timeline names one
     * planned on the programme line of the analysis's cycle, or of any cycle of the theme outside one (404), and
     * only a MEETING_MOMENT names one (400); every actor named is of the municipality (404).
     */
    @CommandHandler
    Long handle(RecordThemeAnalysis command, ActorDirectory actors, ThemeDirectory themes) {
        requireSession(command.municipality(), command.themeId(), Instrument.THEME_ANALYSIS, command.effectiveDate());
        List<ActorId> participants = participants(command.participants(), actors);
        ThemeAnalysisContent c = command.content();
        requireSize(c.nameWords(), "nameWords");
        requireSize(c.initiatives(), "initiatives");
        requireSize(c.contributions(), "contributions");
        requireSize(c.firstNetwork(), "firstNetwork");
        requireSize(c.timeline(), "timeline");
        requireSize(c.knowledgeNodes(), "knowledgeNodes");
        for (int i = 0; i < c.nameWords().size(); i++) {
            optionalActor(actors, c.nameWords().get(i).proposedBy(), "nameWords[" + i + "].proposedBy");
        }
        for (int i = 0; i < c.initiatives().size(); i++) {
            optionalActor(actors, c.initiatives().get(i).by(), "initiatives[" + i + "].by");
        }
        for (int i = 0; i < c.contributions().size(); i++) {
            optionalActor(actors, c.contributions().get(i).from(), "contributions[" + i + "].from");
        }
        if (new HashSet<>(c.firstNetwork()).size() != c.firstNetwork().size()) {
            throw new InvalidInputException("firstNetwork", "must not name an actor twice");
        }
        for (int i = 0; i < c.firstNetwork().size(); i++) {
            requireActor(actors, municipality, c.firstNetwork().get(i), "firstNetwork[" + i + "]");
        }
        ThemeDirectory.Facts theme = null;
        for (int i = 0; i < c.timeline().size(); i++) {
            ThemeAnalysisContent.TimelineEntry entry = c.timeline().get(i);
            MeetingId meeting = entry.meetingId();
            if (meeting == null) {
                continue;
            }
            String field = "timeline[" + i + "].meetingId";
            if (entry.moment() != TimelineMoment.MEETING_MOMENT) {
                throw new InvalidInputException(field, "is only named for a MEETING_MOMENT");
            }
            if (theme == null) {
                theme = theme(themes, themeId, municipality);
            }
            Integer of = theme.cycleOfMeeting(meeting).orElse(null);
            if (of == null || (cycle != null && !cycle.equals(of))) {
                throw new UnknownResourceException("meeting moment", meeting.value(), field);
            }
        }
        for (int i = 0; i < c.knowledgeNodes().size(); i++) {
            optionalActor(actors, c.knowledgeNodes().get(i).actor(), "knowledgeNodes[" + i + "].actor");
        }
        apply(new ThemeAnalysisRecorded(analysisId, themeId, participants, c, command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /**
     * Rules besides those of every session: the own strength is required; with the book's rings each entry names
     * its ring and no position, with the stelsel variant its position and no ring (400); a question is answered
     * from an angle it is asked from, once (400); every actor named is of the municipality (404).
     */
    @CommandHandler
    Long handle(RecordEnvironmentAnalysis command, ActorDirectory actors) {
        requireSession(
                command.municipality(), command.themeId(), Instrument.ENVIRONMENT_ANALYSIS, command.effectiveDate());
        List<ActorId> participants = participants(command.participants(), actors);
        EnvironmentAnalysisContent c = command.content();
        if (c.ownStrength() == null) {
            throw new InvalidInputException("ownStrength", "is required: the own strength at the centre");
        }
        optionalActor(actors, c.ownStrength().actor(), "ownStrength.actor");
        requireSize(c.entries(), "entries");
        requireSize(c.answers(), "answers");
        boolean bookRings = c.rings() == RingVariant.ENVIRONMENT_RINGS;
        for (int i = 0; i < c.entries().size(); i++) {
            EnvironmentAnalysisContent.RingEntry entry = c.entries().get(i);
            String field = "entries[" + i + "]";
            if (bookRings && (entry.ring() == null || entry.position() != null)) {
                throw new InvalidInputException(
                        field + (entry.ring() == null ? ".ring" : ".position"),
                        "with ENVIRONMENT_RINGS an entry names its ring and no position");
            }
            if (!bookRings && (entry.position() == null || entry.ring() != null)) {
                throw new InvalidInputException(
                        field + (entry.position() == null ? ".position" : ".ring"),
                        "with STELSEL_POSITIONS an entry names its position of the chain and no ring");
            }
            optionalActor(actors, entry.actor(), field + ".actor");
        }
        Set<String> asked = new HashSet<>();
        for (int i = 0; i < c.answers().size(); i++) {
            EnvironmentAnalysisContent.AngleAnswer answer = c.answers().get(i);
            if (!answer.question().askedFrom(answer.angle())) {
                throw new InvalidInputException(
                        "answers[" + i + "].question", answer.question() + " is not asked from " + answer.angle());
            }
            if (!asked.add(answer.angle() + "/" + answer.question())) {
                throw new InvalidInputException(
                        "answers[" + i + "].question", "is answered twice from " + answer.angle());
            }
        }
        apply(new EnvironmentAnalysisRecorded(analysisId, themeId, participants, c, command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /** Rules besides those of every session: each cell of the grid and each question at most once (400). */
    @CommandHandler
    Long handle(RecordCapacityAnalysis command, ActorDirectory actors) {
        requireSession(
                command.municipality(), command.themeId(), Instrument.CAPACITY_ANALYSIS, command.effectiveDate());
        List<ActorId> participants = participants(command.participants(), actors);
        CapacityAnalysisContent c = command.content();
        Set<String> cells = new HashSet<>();
        for (int i = 0; i < c.cells().size(); i++) {
            CapacityAnalysisContent.Cell cell = c.cells().get(i);
            if (!cells.add(cell.part() + "/" + cell.activity())) {
                throw new InvalidInputException(
                        "cells[" + i + "]", "describes the cell " + cell.part() + " × " + cell.activity() + " twice");
            }
        }
        Set<Object> questions = new HashSet<>();
        for (int i = 0; i < c.signs().size(); i++) {
            if (!questions.add(c.signs().get(i).question())) {
                throw new InvalidInputException("signs[" + i + "].question", "is answered twice");
            }
        }
        apply(new CapacityAnalysisRecorded(analysisId, themeId, participants, c, command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    /** Rules besides those of every session: every writer named is an actor of the municipality (404). */
    @CommandHandler
    Long handle(RecordPatternResearch command, ActorDirectory actors) {
        requireSession(command.municipality(), command.themeId(), Instrument.PATTERN_RESEARCH, command.effectiveDate());
        List<ActorId> participants = participants(command.participants(), actors);
        PatternResearchContent c = command.content();
        requireSize(c.associations(), "associations");
        requireSize(c.questions(), "questions");
        requireSize(c.conclusions(), "conclusions");
        for (int i = 0; i < c.associations().size(); i++) {
            optionalActor(actors, c.associations().get(i).writtenBy(), "associations[" + i + "].writtenBy");
        }
        apply(new PatternResearchRecorded(analysisId, themeId, participants, c, command.effectiveDate()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(AnalysisOpened event) {
        analysisId = event.analysisId();
        municipality = event.municipality();
        themeId = event.themeId();
        instrument = event.instrument();
        cycle = event.cycle();
        openedOn = event.effectiveDate();
    }

    /**
     * What every session checks: the analysis is of this municipality and theme (else 404, as if it did not
     * exist), of this instrument (instrument-mismatch) and not dated before it was opened (before-analysis-opened).
     */
    private void requireSession(MunicipalityCode requested, ThemeId theme, Instrument kind, LocalDate date) {
        if (!municipality.equals(requested) || !themeId.equals(theme)) {
            throw new UnknownResourceException("analysis", analysisId.value(), "analysisId");
        }
        if (instrument != kind) {
            throw new RuleViolationException(
                    "instrument-mismatch",
                    "analysisId",
                    "this analysis was opened as " + instrument + ", not as " + kind);
        }
        if (date.isBefore(openedOn)) {
            throw new RuleViolationException(
                    "before-analysis-opened", "effectiveDate", "the analysis was only opened on " + openedOn);
        }
    }

    private List<ActorId> participants(List<ActorId> given, ActorDirectory actors) {
        List<ActorId> list = given == null ? List.of() : given;
        if (list.size() > MAX_PARTICIPANTS) {
            throw new InvalidInputException("participants", "must hold at most " + MAX_PARTICIPANTS + " actors");
        }
        if (new LinkedHashSet<>(list).size() != list.size()) {
            throw new InvalidInputException("participants", "must not name an actor twice");
        }
        for (int i = 0; i < list.size(); i++) {
            requireActor(actors, municipality, list.get(i), "participants[" + i + "]");
        }
        return List.copyOf(list);
    }

    private void optionalActor(ActorDirectory actors, ActorId actor, String field) {
        if (actor != null) {
            requireActor(actors, municipality, actor, field);
        }
    }

    private static void requireSize(List<?> list, String field) {
        if (list.size() > MAX_ITEMS) {
            throw new InvalidInputException(field, "must hold at most " + MAX_ITEMS + " items");
        }
    }

    private static void requireActor(
            ActorDirectory actors, MunicipalityCode municipality, ActorId actor, String field) {
        if (!actors.municipalityOf(actor).map(municipality::equals).orElse(false)) {
            throw new UnknownResourceException("actor", actor.value(), field);
        }
    }

    private static ThemeDirectory.Facts theme(ThemeDirectory themes, ThemeId themeId, MunicipalityCode municipality) {
        return themes.facts(themeId)
                .filter(f -> f.named() && f.municipality().equals(municipality))
                .orElseThrow(() -> new UnknownResourceException("theme", themeId.value(), "themeId"));
    }
}
