package nl.netwerkregie.command.instrument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.command.theme.ThemeDirectory;
import nl.netwerkregie.events.AnalysisOpened;
import nl.netwerkregie.events.CapacityAnalysisRecorded;
import nl.netwerkregie.events.CycleStepStarted;
import nl.netwerkregie.events.EnvironmentAnalysisRecorded;
import nl.netwerkregie.events.MeetingMomentPlanned;
import nl.netwerkregie.events.PatternResearchRecorded;
import nl.netwerkregie.events.ProgrammeCycleStarted;
import nl.netwerkregie.events.ThemeAnalysisRecorded;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AnalysisAuthor;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.CapacityActivity;
import nl.netwerkregie.values.CapacityAnalysisContent;
import nl.netwerkregie.values.CapacityExtent;
import nl.netwerkregie.values.CapacitySign;
import nl.netwerkregie.values.ContributionKind;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.EnvironmentAnalysisContent;
import nl.netwerkregie.values.EnvironmentAngle;
import nl.netwerkregie.values.EnvironmentQuestion;
import nl.netwerkregie.values.EnvironmentRing;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.OwnStrengthKind;
import nl.netwerkregie.values.PatternPart;
import nl.netwerkregie.values.PatternResearchContent;
import nl.netwerkregie.values.Place;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.RingVariant;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeAnalysisContent;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import nl.netwerkregie.values.TimelineMoment;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every command of an analysis made with an instrument (theme, environment, capacity analysis, pattern research),
 * every rule it enforces, and back-dated cases for the rules that depend on time (the step had started; the session
 * is not dated before the opening).
 */
class AnalysisTest {
    static final ThemeId THEME = new ThemeId("00000000-0000-0000-0000-000000000001");
    static final ThemeId UNKNOWN_THEME = new ThemeId("00000000-0000-0000-0000-000000000009");
    static final MunicipalityCode RENKUM = new MunicipalityCode("GM0274");
    static final MunicipalityCode ARNHEM = new MunicipalityCode("GM0202");
    static final BuurtCode OOSTERBEEK = new BuurtCode("BU02740201");
    static final AnalysisId ANALYSIS = new AnalysisId("00000000-0000-0000-0000-0000000000b1");
    static final ActorId ANNA = new ActorId("00000000-0000-0000-0000-0000000000a1");
    static final ActorId BIBLIOTHEEK = new ActorId("00000000-0000-0000-0000-0000000000a2");
    static final ActorId ELSEWHERE = new ActorId("00000000-0000-0000-0000-0000000000a3");
    static final MeetingId MEETING = new MeetingId("00000000-0000-0000-0000-0000000000c1");
    static final MeetingId MEETING_OF_CYCLE_2 = new MeetingId("00000000-0000-0000-0000-0000000000c2");
    static final Label TITLE = new Label("Themasessie in het dorpshuis");

    private AggregateTestFixture<Analysis> fixture;
    /** The theme's events as the theme directory sees them. */
    private final List<Object> themeEvents = new ArrayList<>();

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Analysis.class);
        themeEvents.add(new ThemeNamed(
                THEME,
                RENKUM,
                new ThemeName("Samen in Oosterbeek"),
                new Story("Buren kennen elkaar weer."),
                List.of(OOSTERBEEK),
                new DevelopmentPeriod(day("2024-01-01"), day("2026-12-31")),
                Recurrence.RECURRING,
                day("2024-01-10")));
        themeEvents.add(new CycleStepStarted(THEME, 1, CycleStep.INTRODUCE_THEME, day("2024-01-15")));
        themeEvents.add(new CycleStepStarted(THEME, 1, CycleStep.ORDER_RELATIONS, day("2024-03-01")));
        themeEvents.add(meeting(1, MEETING));
        themeEvents.add(new ProgrammeCycleStarted(
                THEME,
                2,
                new DevelopmentPeriod(day("2027-01-01"), day("2029-12-31")),
                new ThemeName("Samen in Oosterbeek"),
                day("2026-10-01")));
        themeEvents.add(meeting(2, MEETING_OF_CYCLE_2));
        fixture.registerInjectableResource((ThemeDirectory) id -> id.equals(THEME)
                ? Optional.of(ThemeDirectory.Facts.of(List.copyOf(themeEvents)))
                : Optional.<ThemeDirectory.Facts>empty());
        Map<ActorId, MunicipalityCode> actors = new HashMap<>();
        actors.put(ANNA, RENKUM);
        actors.put(BIBLIOTHEEK, RENKUM);
        actors.put(ELSEWHERE, ARNHEM);
        fixture.registerInjectableResource((ActorDirectory) id -> Optional.ofNullable(actors.get(id)));
    }

    private static MeetingMomentPlanned meeting(int cycle, MeetingId id) {
        return new MeetingMomentPlanned(
                THEME,
                cycle,
                id,
                day(cycle == 1 ? "2024-09-01" : "2027-09-01"),
                new Place("Dorpshuis"),
                day(cycle == 1 ? "2024-06-01" : "2027-06-01"),
                new ProgrammeText("Kom praten over de buurt."),
                List.of(),
                day(cycle == 1 ? "2024-04-01" : "2026-11-01"));
    }

    private static void expectRule(ResultValidator<Analysis> result, String rule) {
        result.expectException(new CustomTypeSafeMatcher<RuleViolationException>("a violation of rule " + rule) {
                    @Override
                    protected boolean matchesSafely(RuleViolationException e) {
                        return e.rule().equals(rule);
                    }
                })
                .expectNoEvents();
    }

    private static void expectInvalid(ResultValidator<Analysis> result, String field) {
        result.expectException(new CustomTypeSafeMatcher<InvalidInputException>("invalid input at " + field) {
                    @Override
                    protected boolean matchesSafely(InvalidInputException e) {
                        return e.errors().stream().anyMatch(f -> f.field().equals(field));
                    }
                })
                .expectNoEvents();
    }

    private static void expectUnknown(ResultValidator<Analysis> result, String field) {
        result.expectException(new CustomTypeSafeMatcher<UnknownResourceException>("unknown resource at " + field) {
                    @Override
                    protected boolean matchesSafely(UnknownResourceException e) {
                        return e.field().equals(field);
                    }
                })
                .expectNoEvents();
    }

    static OpenAnalysis open(Instrument instrument, String date) {
        return new OpenAnalysis(
                ANALYSIS,
                RENKUM,
                THEME,
                instrument,
                TITLE,
                AnalysisAuthor.GROUP,
                null,
                1,
                CycleStep.ORDER_RELATIONS,
                day(date));
    }

    static AnalysisOpened opened(Instrument instrument, String date) {
        return new AnalysisOpened(
                ANALYSIS,
                RENKUM,
                THEME,
                instrument,
                TITLE,
                AnalysisAuthor.GROUP,
                null,
                1,
                CycleStep.ORDER_RELATIONS,
                day(date));
    }

    static ThemeAnalysisContent themeContent(List<ThemeAnalysisContent.TimelineEntry> timeline) {
        return new ThemeAnalysisContent(
                List.of(new ThemeAnalysisContent.NameWord(new Label("samen"), ANNA)),
                new ThemeName("Samen in Oosterbeek"),
                null,
                List.of(new ThemeAnalysisContent.Initiative(new ProgrammeText("Leesclub"), false, BIBLIOTHEEK)),
                List.of(new ThemeAnalysisContent.Contribution(
                        ContributionKind.IDEA, new ProgrammeText("Spelmiddag"), ANNA)),
                List.of(ANNA, BIBLIOTHEEK),
                timeline,
                List.of());
    }

    @Nested
    class Opening {
        @Test
        void opensAnAnalysisWithinAStartedStep() {
            fixture.givenNoPriorActivity()
                    .when(open(Instrument.THEME_ANALYSIS, "2024-03-15"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(opened(Instrument.THEME_ANALYSIS, "2024-03-15"));
        }

        @Test
        void opensAnAnalysisOutsideAnyCycleAndOneMadeByASchakel() {
            fixture.givenNoPriorActivity()
                    .when(new OpenAnalysis(
                            ANALYSIS,
                            RENKUM,
                            THEME,
                            Instrument.PATTERN_RESEARCH,
                            TITLE,
                            AnalysisAuthor.SCHAKEL,
                            BIBLIOTHEEK,
                            null,
                            null,
                            day("2024-02-01")))
                    .expectEvents(new AnalysisOpened(
                            ANALYSIS,
                            RENKUM,
                            THEME,
                            Instrument.PATTERN_RESEARCH,
                            TITLE,
                            AnalysisAuthor.SCHAKEL,
                            BIBLIOTHEEK,
                            null,
                            null,
                            day("2024-02-01")));
        }

        @Test
        void refusesAThemeThatIsUnknownOrOfAnotherMunicipality() {
            expectUnknown(
                    fixture.givenNoPriorActivity()
                            .when(new OpenAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    UNKNOWN_THEME,
                                    Instrument.THEME_ANALYSIS,
                                    TITLE,
                                    AnalysisAuthor.GROUP,
                                    null,
                                    null,
                                    null,
                                    day("2024-03-15"))),
                    "themeId");
            expectUnknown(
                    fixture.givenNoPriorActivity()
                            .when(new OpenAnalysis(
                                    ANALYSIS,
                                    ARNHEM,
                                    THEME,
                                    Instrument.THEME_ANALYSIS,
                                    TITLE,
                                    AnalysisAuthor.GROUP,
                                    null,
                                    null,
                                    null,
                                    day("2024-03-15"))),
                    "themeId");
        }

        @Test
        void refusesAnOpeningBeforeTheThemeWasNamed() {
            expectRule(
                    fixture.givenNoPriorActivity()
                            .when(new OpenAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    Instrument.THEME_ANALYSIS,
                                    TITLE,
                                    AnalysisAuthor.GROUP,
                                    null,
                                    null,
                                    null,
                                    day("2024-01-09"))),
                    "before-theme-named");
        }

        @Test
        void refusesTheNetworkAnalysisWhichIsRecordedOnTheThemeItself() {
            expectInvalid(
                    fixture.givenNoPriorActivity().when(open(Instrument.NETWORK_ANALYSIS, "2024-03-15")), "instrument");
        }

        @Test
        void aSchakelsAnalysisNamesTheSchakelAndNoOtherDoes() {
            expectInvalid(
                    fixture.givenNoPriorActivity()
                            .when(new OpenAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    Instrument.THEME_ANALYSIS,
                                    TITLE,
                                    AnalysisAuthor.SCHAKEL,
                                    null,
                                    null,
                                    null,
                                    day("2024-03-15"))),
                    "schakel");
            expectInvalid(
                    fixture.givenNoPriorActivity()
                            .when(new OpenAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    Instrument.THEME_ANALYSIS,
                                    TITLE,
                                    AnalysisAuthor.GROUP,
                                    ANNA,
                                    null,
                                    null,
                                    day("2024-03-15"))),
                    "schakel");
            expectUnknown(
                    fixture.givenNoPriorActivity()
                            .when(new OpenAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    Instrument.THEME_ANALYSIS,
                                    TITLE,
                                    AnalysisAuthor.SCHAKEL,
                                    ELSEWHERE,
                                    null,
                                    null,
                                    day("2024-03-15"))),
                    "schakel");
        }

        @Test
        void cycleAndStepComeTogetherAndTheCycleExists() {
            expectInvalid(
                    fixture.givenNoPriorActivity()
                            .when(new OpenAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    Instrument.THEME_ANALYSIS,
                                    TITLE,
                                    AnalysisAuthor.GROUP,
                                    null,
                                    1,
                                    null,
                                    day("2024-03-15"))),
                    "step");
            expectInvalid(
                    fixture.givenNoPriorActivity()
                            .when(new OpenAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    Instrument.THEME_ANALYSIS,
                                    TITLE,
                                    AnalysisAuthor.GROUP,
                                    null,
                                    null,
                                    CycleStep.ORDER_RELATIONS,
                                    day("2024-03-15"))),
                    "cycle");
            expectUnknown(
                    fixture.givenNoPriorActivity()
                            .when(new OpenAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    Instrument.THEME_ANALYSIS,
                                    TITLE,
                                    AnalysisAuthor.GROUP,
                                    null,
                                    3,
                                    CycleStep.INTRODUCE_THEME,
                                    day("2024-03-15"))),
                    "cycle");
        }

        @Test
        void refusesAStepNotYetStartedOnTheOpeningsOwnDate() {
            // step 3 of cycle 1 never started
            expectRule(
                    fixture.givenNoPriorActivity()
                            .when(new OpenAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    Instrument.THEME_ANALYSIS,
                                    TITLE,
                                    AnalysisAuthor.GROUP,
                                    null,
                                    1,
                                    CycleStep.BROAD_CONVERSATION,
                                    day("2024-05-01"))),
                    "step-not-started");
            // step 2 started on 1 March 2024: an opening back-dated to February is refused, one in March accepted
            expectRule(
                    fixture.givenNoPriorActivity().when(open(Instrument.THEME_ANALYSIS, "2024-02-20")),
                    "step-not-started");
            fixture.givenNoPriorActivity()
                    .when(open(Instrument.THEME_ANALYSIS, "2024-03-01"))
                    .expectEvents(opened(Instrument.THEME_ANALYSIS, "2024-03-01"));
        }
    }

    @Nested
    class Sessions {
        private RecordThemeAnalysis themeSession(ThemeAnalysisContent content, String date) {
            return new RecordThemeAnalysis(ANALYSIS, RENKUM, THEME, List.of(ANNA), content, day(date));
        }

        @Test
        void recordsASessionOfAThemeAnalysisWithAMeetingMomentOfItsCycle() {
            ThemeAnalysisContent content = themeContent(List.of(
                    new ThemeAnalysisContent.TimelineEntry(
                            TimelineMoment.START, day("2024-03-01"), new Label("Start"), null),
                    new ThemeAnalysisContent.TimelineEntry(
                            TimelineMoment.MEETING_MOMENT, day("2024-09-01"), new Label("Ontmoeting"), MEETING)));
            fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"))
                    .when(themeSession(content, "2024-03-20"))
                    .expectResultMessagePayload(1L)
                    .expectEvents(
                            new ThemeAnalysisRecorded(ANALYSIS, THEME, List.of(ANNA), content, day("2024-03-20")));
        }

        @Test
        void aBackDatedSessionIsAcceptedFromTheOpeningOnAndRefusedBeforeIt() {
            ThemeAnalysisContent content = themeContent(List.of());
            ThemeAnalysisRecorded later =
                    new ThemeAnalysisRecorded(ANALYSIS, THEME, List.of(ANNA), content, day("2024-05-01"));
            fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"), later)
                    .when(themeSession(content, "2024-03-15"))
                    .expectEvents(
                            new ThemeAnalysisRecorded(ANALYSIS, THEME, List.of(ANNA), content, day("2024-03-15")));
            expectRule(
                    fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"), later)
                            .when(themeSession(content, "2024-03-14")),
                    "before-analysis-opened");
        }

        @Test
        void aSessionOfAnotherInstrumentIsRefused() {
            expectRule(
                    fixture.given(opened(Instrument.CAPACITY_ANALYSIS, "2024-03-15"))
                            .when(themeSession(themeContent(List.of()), "2024-03-20")),
                    "instrument-mismatch");
        }

        @Test
        void anAnalysisOfAnotherMunicipalityOrThemeIsNotFound() {
            expectUnknown(
                    fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"))
                            .when(new RecordThemeAnalysis(
                                    ANALYSIS, ARNHEM, THEME, List.of(), themeContent(List.of()), day("2024-03-20"))),
                    "analysisId");
            expectUnknown(
                    fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"))
                            .when(new RecordThemeAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    UNKNOWN_THEME,
                                    List.of(),
                                    themeContent(List.of()),
                                    day("2024-03-20"))),
                    "analysisId");
        }

        @Test
        void participantsAreActorsOfTheMunicipalityNamedOnce() {
            expectInvalid(
                    fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"))
                            .when(new RecordThemeAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    List.of(ANNA, ANNA),
                                    themeContent(List.of()),
                                    day("2024-03-20"))),
                    "participants");
            expectUnknown(
                    fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"))
                            .when(new RecordThemeAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    List.of(ANNA, ELSEWHERE),
                                    themeContent(List.of()),
                                    day("2024-03-20"))),
                    "participants[1]");
        }

        @Test
        void theFirstNetworkNamesActorsOfTheMunicipalityOnce() {
            ThemeAnalysisContent twice = new ThemeAnalysisContent(
                    List.of(), null, null, List.of(), List.of(), List.of(ANNA, ANNA), List.of(), List.of());
            expectInvalid(
                    fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"))
                            .when(themeSession(twice, "2024-03-20")),
                    "firstNetwork");
            ThemeAnalysisContent elsewhere = new ThemeAnalysisContent(
                    List.of(), null, null, List.of(), List.of(), List.of(ELSEWHERE), List.of(), List.of());
            expectUnknown(
                    fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"))
                            .when(themeSession(elsewhere, "2024-03-20")),
                    "firstNetwork[0]");
            ThemeAnalysisContent proposer = new ThemeAnalysisContent(
                    List.of(new ThemeAnalysisContent.NameWord(new Label("samen"), ELSEWHERE)),
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
            expectUnknown(
                    fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"))
                            .when(themeSession(proposer, "2024-03-20")),
                    "nameWords[0].proposedBy");
        }

        @Test
        void aMeetingOnTheTimelineIsOneOfTheAnalysissCycleAndOnlyAtAMeetingMoment() {
            expectUnknown(
                    fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"))
                            .when(themeSession(
                                    themeContent(List.of(new ThemeAnalysisContent.TimelineEntry(
                                            TimelineMoment.MEETING_MOMENT,
                                            day("2027-09-01"),
                                            new Label("Later"),
                                            MEETING_OF_CYCLE_2))),
                                    "2024-03-20")),
                    "timeline[0].meetingId");
            expectInvalid(
                    fixture.given(opened(Instrument.THEME_ANALYSIS, "2024-03-15"))
                            .when(themeSession(
                                    themeContent(List.of(new ThemeAnalysisContent.TimelineEntry(
                                            TimelineMoment.MANIFESTATION,
                                            day("2024-09-01"),
                                            new Label("Feest"),
                                            MEETING))),
                                    "2024-03-20")),
                    "timeline[0].meetingId");
        }

        @Test
        void anEnvironmentAnalysisHasItsOwnStrengthAndEntriesThatFitItsRings() {
            EnvironmentAnalysisContent.OwnStrength village =
                    new EnvironmentAnalysisContent.OwnStrength(OwnStrengthKind.COMMUNITY, new Label("Het dorp"), null);
            EnvironmentAnalysisContent content = new EnvironmentAnalysisContent(
                    village,
                    RingVariant.ENVIRONMENT_RINGS,
                    List.of(new EnvironmentAnalysisContent.RingEntry(
                            EnvironmentRing.OWN_NETWORKS, null, new ProgrammeText("Buren"), ANNA)),
                    List.of(new EnvironmentAnalysisContent.AngleAnswer(
                            EnvironmentAngle.EFFORT,
                            EnvironmentQuestion.MAKING_YOURSELF_SUPERFLUOUS,
                            new ProgrammeText("Het bestuur neemt het over."))));
            fixture.given(opened(Instrument.ENVIRONMENT_ANALYSIS, "2024-03-15"))
                    .when(new RecordEnvironmentAnalysis(ANALYSIS, RENKUM, THEME, List.of(), content, day("2024-04-01")))
                    .expectEvents(
                            new EnvironmentAnalysisRecorded(ANALYSIS, THEME, List.of(), content, day("2024-04-01")));
            expectInvalid(
                    fixture.given(opened(Instrument.ENVIRONMENT_ANALYSIS, "2024-03-15"))
                            .when(new RecordEnvironmentAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    List.of(),
                                    new EnvironmentAnalysisContent(
                                            null, RingVariant.ENVIRONMENT_RINGS, List.of(), List.of()),
                                    day("2024-04-01"))),
                    "ownStrength");
            expectInvalid(
                    fixture.given(opened(Instrument.ENVIRONMENT_ANALYSIS, "2024-03-15"))
                            .when(new RecordEnvironmentAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    List.of(),
                                    new EnvironmentAnalysisContent(
                                            village,
                                            RingVariant.STELSEL_POSITIONS,
                                            List.of(new EnvironmentAnalysisContent.RingEntry(
                                                    EnvironmentRing.OWN_NETWORKS, null, new ProgrammeText("x"), null)),
                                            List.of()),
                                    day("2024-04-01"))),
                    "entries[0].position");
            expectInvalid(
                    fixture.given(opened(Instrument.ENVIRONMENT_ANALYSIS, "2024-03-15"))
                            .when(new RecordEnvironmentAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    List.of(),
                                    new EnvironmentAnalysisContent(
                                            village,
                                            RingVariant.ENVIRONMENT_RINGS,
                                            List.of(new EnvironmentAnalysisContent.RingEntry(
                                                    null, new Label("school"), new ProgrammeText("x"), null)),
                                            List.of()),
                                    day("2024-04-01"))),
                    "entries[0].ring");
        }

        @Test
        void anEnvironmentQuestionIsAnsweredFromAnAngleItIsAskedFromAndOnce() {
            EnvironmentAnalysisContent.OwnStrength village =
                    new EnvironmentAnalysisContent.OwnStrength(OwnStrengthKind.COMMUNITY, new Label("Het dorp"), null);
            EnvironmentAnalysisContent.AngleAnswer align = new EnvironmentAnalysisContent.AngleAnswer(
                    EnvironmentAngle.EFFORT, EnvironmentQuestion.HOW_DO_YOU_ALIGN, new ProgrammeText("Samen plannen"));
            expectInvalid(
                    fixture.given(opened(Instrument.ENVIRONMENT_ANALYSIS, "2024-03-15"))
                            .when(new RecordEnvironmentAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    List.of(),
                                    new EnvironmentAnalysisContent(
                                            village,
                                            RingVariant.ENVIRONMENT_RINGS,
                                            List.of(),
                                            List.of(new EnvironmentAnalysisContent.AngleAnswer(
                                                    EnvironmentAngle.KNOWLEDGE,
                                                    EnvironmentQuestion.HOW_DO_YOU_ALIGN,
                                                    new ProgrammeText("x")))),
                                    day("2024-04-01"))),
                    "answers[0].question");
            expectInvalid(
                    fixture.given(opened(Instrument.ENVIRONMENT_ANALYSIS, "2024-03-15"))
                            .when(new RecordEnvironmentAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    List.of(),
                                    new EnvironmentAnalysisContent(
                                            village, RingVariant.ENVIRONMENT_RINGS, List.of(), List.of(align, align)),
                                    day("2024-04-01"))),
                    "answers[1].question");
        }

        @Test
        void aCapacityAnalysisDescribesEachCellAndAnswersEachQuestionOnce() {
            CapacityAnalysisContent.Cell cell = new CapacityAnalysisContent.Cell(
                    PatternPart.SHARED_AWARENESS,
                    CapacityActivity.COMMUNICATE_PATTERNS,
                    new ProgrammeText("Nieuwsbrief"));
            CapacityAnalysisContent.Sign sign = new CapacityAnalysisContent.Sign(
                    CapacitySign.TAKES_REGIE, new ProgrammeText("Deels"), CapacityExtent.SMALL);
            CapacityAnalysisContent content = new CapacityAnalysisContent(List.of(cell), List.of(sign));
            fixture.given(opened(Instrument.CAPACITY_ANALYSIS, "2024-03-15"))
                    .when(new RecordCapacityAnalysis(
                            ANALYSIS, RENKUM, THEME, List.of(BIBLIOTHEEK), content, day("2024-06-01")))
                    .expectEvents(new CapacityAnalysisRecorded(
                            ANALYSIS, THEME, List.of(BIBLIOTHEEK), content, day("2024-06-01")));
            expectInvalid(
                    fixture.given(opened(Instrument.CAPACITY_ANALYSIS, "2024-03-15"))
                            .when(new RecordCapacityAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    List.of(),
                                    new CapacityAnalysisContent(List.of(cell, cell), List.of()),
                                    day("2024-06-01"))),
                    "cells[1]");
            expectInvalid(
                    fixture.given(opened(Instrument.CAPACITY_ANALYSIS, "2024-03-15"))
                            .when(new RecordCapacityAnalysis(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    List.of(),
                                    new CapacityAnalysisContent(List.of(), List.of(sign, sign)),
                                    day("2024-06-01"))),
                    "signs[1].question");
        }

        @Test
        void patternResearchNamesItsWritersAmongTheMunicipalitysActors() {
            PatternResearchContent content = new PatternResearchContent(
                    List.of(new PatternResearchContent.Association(
                            PatternPart.ENTERPRISING_NETWORK, new Label("durven"), ANNA)),
                    List.of(new PatternResearchContent.Exchange(
                            new ProgrammeText("Wie durft?"), new ProgrammeText("De buren."))),
                    List.of(new ProgrammeText("Breed gedragen")));
            fixture.given(opened(Instrument.PATTERN_RESEARCH, "2024-03-15"))
                    .when(new RecordPatternResearch(ANALYSIS, RENKUM, THEME, List.of(ANNA), content, day("2024-07-01")))
                    .expectEvents(
                            new PatternResearchRecorded(ANALYSIS, THEME, List.of(ANNA), content, day("2024-07-01")));
            expectUnknown(
                    fixture.given(opened(Instrument.PATTERN_RESEARCH, "2024-03-15"))
                            .when(new RecordPatternResearch(
                                    ANALYSIS,
                                    RENKUM,
                                    THEME,
                                    List.of(),
                                    new PatternResearchContent(
                                            List.of(new PatternResearchContent.Association(
                                                    PatternPart.SHARED_AWARENESS, new Label("x"), ELSEWHERE)),
                                            List.of(),
                                            List.of()),
                                    day("2024-07-01"))),
                    "associations[0].writtenBy");
        }
    }
}
