package nl.netwerkregie.command.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.netwerkregie.command.actor.ActorDirectory;
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
import nl.netwerkregie.events.DefaultChainChanged;
import nl.netwerkregie.events.JudgementScaleDefined;
import nl.netwerkregie.events.MunicipalitySettingsHistory;
import nl.netwerkregie.events.PortfolioItemAdded;
import nl.netwerkregie.events.PortfolioItemWithdrawn;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.ProgrammeCycleStarted;
import nl.netwerkregie.events.ResponsibilityDisappeared;
import nl.netwerkregie.events.ResponsibilityMoved;
import nl.netwerkregie.events.ResponsibilityTaken;
import nl.netwerkregie.events.StelselmatrixSetUp;
import nl.netwerkregie.events.SystemAgreementMade;
import nl.netwerkregie.events.SystemPhaseStarted;
import nl.netwerkregie.events.ThemeBuurtenChanged;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.ActivityId;
import nl.netwerkregie.values.ActivityStatus;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AgreementKind;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.MeasurementPeriod;
import nl.netwerkregie.values.Milestone;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.NetworkStrategy;
import nl.netwerkregie.values.PortfolioItemId;
import nl.netwerkregie.values.PortfolioKind;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.PublicationMedium;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.ResponsibilityId;
import nl.netwerkregie.values.ResponsibilityKind;
import nl.netwerkregie.values.ScaleLevel;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.SystemPhase;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every command of the stelselmatrix, every rule it enforces, and back-dated cases for the rules that depend on time. */
class StelselmatrixTest {
    static final ThemeId THEME = new ThemeId("00000000-0000-0000-0000-000000000001");
    static final MunicipalityCode RENKUM = new MunicipalityCode("GM0274");
    static final MunicipalityCode ARNHEM = new MunicipalityCode("GM0202");
    static final BuurtCode DOORWERTH = new BuurtCode("BU02740101");
    static final BuurtCode OOSTERBEEK = new BuurtCode("BU02740201");
    static final MatrixAddress MATRIX = new MatrixAddress(RENKUM, THEME, DOORWERTH);
    static final MatrixAddress AS_ARNHEM = new MatrixAddress(ARNHEM, THEME, DOORWERTH);
    static final ActorId ANNA = new ActorId("00000000-0000-0000-0000-0000000000a1");
    static final ActorId BIBLIOTHEEK = new ActorId("00000000-0000-0000-0000-0000000000a2");
    static final ActorId ELSEWHERE = new ActorId("00000000-0000-0000-0000-0000000000a3");
    static final AttentionPointId POINT = new AttentionPointId("00000000-0000-0000-0000-0000000000e1");
    static final ResponsibilityId OUDERAVOND = new ResponsibilityId("00000000-0000-0000-0000-0000000000f1");
    static final ChainPosition SCHOOL = new ChainPosition("school");
    static final LocalDate SET_UP = day("2013-03-01");
    static final ProgrammeText TEXT = new ProgrammeText("Jonge gezinnen zijn niet in beeld.");
    static final ProgrammeText WHY = new ProgrammeText("Ouders nemen het over.");
    static final MatrixElement NETWORKS = MatrixElement.BUILDING_NETWORKS;

    private AggregateTestFixture<Stelselmatrix> fixture;
    /** The theme's events as the theme directory sees them; a test may add to them. */
    private final List<Object> themeEvents = new ArrayList<>();
    /** The municipality's settings events; a test may add to them. */
    private final List<Object> settingsEvents = new ArrayList<>();

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Stelselmatrix.class);
        themeEvents.add(new ThemeNamed(
                THEME,
                RENKUM,
                new ThemeName("Versterken van buurtkracht"),
                new Story("Samen bouwen aan een vitale omgeving."),
                List.of(DOORWERTH),
                new DevelopmentPeriod(day("2013-01-01"), day("2014-12-31")),
                Recurrence.RECURRING,
                day("2013-01-10")));
        themeEvents.add(new PositionShifted(THEME, ANNA, Set.of(Position.INITIATOR), Set.of(), day("2013-02-01")));
        fixture.registerInjectableResource((ThemeDirectory) id -> id.equals(THEME)
                ? Optional.of(ThemeDirectory.Facts.of(List.copyOf(themeEvents)))
                : Optional.<ThemeDirectory.Facts>empty());
        fixture.registerInjectableResource(new SettingsDirectory() {
            @Override
            public List<ChainLink> chainOn(MunicipalityCode municipality, LocalDate date) {
                return MunicipalitySettingsHistory.of(settingsEvents).chainOn(date);
            }

            @Override
            public nl.netwerkregie.values.JudgementScale scaleOn(MunicipalityCode municipality, LocalDate date) {
                return MunicipalitySettingsHistory.of(settingsEvents).scaleOn(date);
            }
        });
        Map<ActorId, MunicipalityCode> actors = new HashMap<>();
        actors.put(ANNA, RENKUM);
        actors.put(BIBLIOTHEEK, RENKUM);
        actors.put(ELSEWHERE, ARNHEM);
        fixture.registerInjectableResource((ActorDirectory) id -> Optional.ofNullable(actors.get(id)));
    }

    private static void expectRule(ResultValidator<Stelselmatrix> result, String rule) {
        result.expectException(new CustomTypeSafeMatcher<RuleViolationException>("a violation of rule " + rule) {
                    @Override
                    protected boolean matchesSafely(RuleViolationException e) {
                        return e.rule().equals(rule);
                    }
                })
                .expectNoEvents();
    }

    static StelselmatrixSetUp setUpEvent() {
        return new StelselmatrixSetUp(THEME, RENKUM, DOORWERTH, ChainPosition.STANDARD, SET_UP);
    }

    static ResponsibilityTaken taken(String date) {
        return new ResponsibilityTaken(
                THEME,
                DOORWERTH,
                OUDERAVOND,
                ResponsibilityKind.TASK,
                new Label("Organiseren van de ouderavonden"),
                ChainPosition.WIJKTEAM,
                List.of(),
                day(date));
    }

    static ResponsibilityMoved moved(ChainPosition from, ChainPosition to, String date) {
        return new ResponsibilityMoved(THEME, DOORWERTH, OUDERAVOND, from, to, List.of(), WHY, day(date));
    }

    @Nested
    class SettingUp {
        @Test
        void startsFromTheStandardChainWhenTheMunicipalityHasNone() {
            fixture.givenNoPriorActivity()
                    .when(new SetUpStelselmatrix(MATRIX, SET_UP))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(setUpEvent());
        }

        @Test
        void startsFromTheMunicipalitysChainInForceOnItsDate() {
            List<ChainLink> own = List.of(
                    new ChainLink(ChainPosition.RESIDENT, new Label("Inwoner")),
                    new ChainLink(ChainPosition.BUURT, new Label("Dorp")));
            settingsEvents.add(new DefaultChainChanged(RENKUM, own, day("2013-01-01")));
            settingsEvents.add(new DefaultChainChanged(RENKUM, ChainPosition.STANDARD, day("2014-01-01")));
            fixture.givenNoPriorActivity()
                    .when(new SetUpStelselmatrix(MATRIX, SET_UP))
                    .expectEvents(new StelselmatrixSetUp(THEME, RENKUM, DOORWERTH, own, SET_UP));
        }

        @Test
        void onceForATheme() {
            expectRule(
                    fixture.given(setUpEvent()).when(new SetUpStelselmatrix(MATRIX, day("2013-04-01"))),
                    "matrix-exists");
        }

        @Test
        void notBeforeTheThemeWasNamed() {
            expectRule(
                    fixture.givenNoPriorActivity().when(new SetUpStelselmatrix(MATRIX, day("2013-01-09"))),
                    "before-theme-named");
        }

        @Test
        void onlyInABuurtTheThemeRunsInOnThatDate() {
            themeEvents.add(new ThemeBuurtenChanged(THEME, List.of(DOORWERTH, OOSTERBEEK), day("2013-06-01")));
            MatrixAddress oosterbeek = new MatrixAddress(RENKUM, THEME, OOSTERBEEK);
            expectRule(
                    fixture.givenNoPriorActivity().when(new SetUpStelselmatrix(oosterbeek, day("2013-05-31"))),
                    "buurt-not-of-theme");
            fixture.givenNoPriorActivity()
                    .when(new SetUpStelselmatrix(oosterbeek, day("2013-06-01")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aThemeOfAnotherMunicipalityIsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(new SetUpStelselmatrix(AS_ARNHEM, SET_UP))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void anUnknownThemeIsUnknown() {
            fixture.givenNoPriorActivity()
                    .when(new SetUpStelselmatrix(
                            new MatrixAddress(RENKUM, new ThemeId("00000000-0000-0000-0000-00000000ffff"), DOORWERTH),
                            SET_UP))
                    .expectException(UnknownResourceException.class);
        }

        @Test
        void anExistingMatrixAskedForByAnotherMunicipalityIsUnknown() {
            fixture.given(setUpEvent())
                    .when(new RetireChainPosition(AS_ARNHEM, ChainPosition.COOPERATION, day("2014-01-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void noCommandIsDatedBeforeTheMatrixWasSetUp() {
            expectRule(
                    fixture.given(setUpEvent())
                            .when(new RenameChainPosition(
                                    MATRIX, ChainPosition.BUURT, new Label("Dorp"), day("2013-02-28"))),
                    "before-matrix-set-up");
        }
    }

    @Nested
    class TheChain {
        final ChainLink school = new ChainLink(SCHOOL, new Label("School"));

        @Test
        void aPositionIsAddedBeforeAnotherOrAtTheEnd() {
            fixture.given(setUpEvent())
                    .when(new AddChainPosition(MATRIX, school, ChainPosition.WIJKTEAM, day("2013-04-01")))
                    .expectEvents(new ChainPositionAdded(
                            THEME, DOORWERTH, school, ChainPosition.WIJKTEAM, day("2013-04-01")));
            fixture.given(setUpEvent())
                    .when(new AddChainPosition(MATRIX, school, null, day("2013-04-01")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aCodeIsUsedOnceEvenAfterItsPositionRetired() {
            expectRule(
                    fixture.given(setUpEvent())
                            .when(new AddChainPosition(
                                    MATRIX,
                                    new ChainLink(ChainPosition.BUURT, new Label("Dorp")),
                                    null,
                                    day("2013-04-01"))),
                    "position-exists");
            expectRule(
                    fixture.given(
                                    setUpEvent(),
                                    new ChainPositionAdded(THEME, DOORWERTH, school, null, day("2013-04-01")),
                                    new ChainPositionRetired(THEME, DOORWERTH, SCHOOL, day("2013-06-01")))
                            .when(new AddChainPosition(MATRIX, school, null, day("2013-09-01"))),
                    "position-exists");
        }

        @Test
        void beforeMustNameAPositionInForceOnTheDate() {
            expectRule(
                    fixture.given(setUpEvent())
                            .when(new AddChainPosition(
                                    MATRIX,
                                    new ChainLink(new ChainPosition("kerk"), new Label("Kerk")),
                                    SCHOOL,
                                    day("2013-04-01"))),
                    "position-unknown");
        }

        @Test
        void aRetiredPositionCannotBeRenamedAfterItsRetirementButBackDatedBeforeIt() {
            List<Object> history = List.of(
                    setUpEvent(),
                    new ChainPositionAdded(THEME, DOORWERTH, school, null, day("2013-04-01")),
                    new ChainPositionRetired(THEME, DOORWERTH, SCHOOL, day("2013-06-01")));
            expectRule(
                    fixture.given(history)
                            .when(new RenameChainPosition(MATRIX, SCHOOL, new Label("Basisschool"), day("2013-06-01"))),
                    "position-unknown");
            fixture.given(history)
                    .when(new RenameChainPosition(MATRIX, SCHOOL, new Label("Basisschool"), day("2013-05-01")))
                    .expectEvents(new ChainPositionRenamed(
                            THEME, DOORWERTH, SCHOOL, new Label("Basisschool"), day("2013-05-01")));
            expectRule(
                    fixture.given(history)
                            .when(new RenameChainPosition(MATRIX, SCHOOL, new Label("Basisschool"), day("2013-03-31"))),
                    "position-unknown");
        }

        @Test
        void aReorderNamesEveryPositionInForceOnItsDateOnce() {
            List<ChainPosition> reversed = new ArrayList<>(
                    ChainPosition.STANDARD.stream().map(ChainLink::position).toList());
            java.util.Collections.reverse(reversed);
            fixture.given(setUpEvent())
                    .when(new ReorderChain(MATRIX, reversed, day("2013-04-01")))
                    .expectEvents(new ChainReordered(THEME, DOORWERTH, reversed, day("2013-04-01")));
            expectRule(
                    fixture.given(setUpEvent())
                            .when(new ReorderChain(MATRIX, reversed.subList(1, 8), day("2013-04-01"))),
                    "order-incomplete");
            List<ChainPosition> twice = new ArrayList<>(reversed);
            twice.set(0, twice.get(1));
            fixture.given(setUpEvent())
                    .when(new ReorderChain(MATRIX, twice, day("2013-04-01")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
            // back-dated before a position was added, the order must not name it
            List<ChainPosition> withSchool = new ArrayList<>(reversed);
            withSchool.add(SCHOOL);
            expectRule(
                    fixture.given(
                                    setUpEvent(),
                                    new ChainPositionAdded(THEME, DOORWERTH, school, null, day("2013-05-01")))
                            .when(new ReorderChain(MATRIX, withSchool, day("2013-04-01"))),
                    "order-incomplete");
        }

        @Test
        void aPositionCarryingAResponsibilityOnOrAfterTheDateCannotRetire() {
            expectRule(
                    fixture.given(setUpEvent(), taken("2013-04-01"))
                            .when(new RetireChainPosition(MATRIX, ChainPosition.WIJKTEAM, day("2013-05-01"))),
                    "position-carries-responsibilities");
            // moved away later: retiring back-dated before the move is still refused, after it allowed
            List<Object> history = List.of(
                    setUpEvent(),
                    taken("2013-04-01"),
                    moved(ChainPosition.WIJKTEAM, ChainPosition.BUURT, "2013-09-01"));
            expectRule(
                    fixture.given(history)
                            .when(new RetireChainPosition(MATRIX, ChainPosition.WIJKTEAM, day("2013-08-01"))),
                    "position-carries-responsibilities");
            fixture.given(history)
                    .when(new RetireChainPosition(MATRIX, ChainPosition.WIJKTEAM, day("2013-09-01")))
                    .expectEvents(
                            new ChainPositionRetired(THEME, DOORWERTH, ChainPosition.WIJKTEAM, day("2013-09-01")));
        }

        @Test
        void theLastPositionStays() {
            StelselmatrixSetUp small =
                    new StelselmatrixSetUp(THEME, RENKUM, DOORWERTH, List.of(ChainPosition.STANDARD.get(0)), SET_UP);
            expectRule(
                    fixture.given(small)
                            .when(new RetireChainPosition(MATRIX, ChainPosition.RESIDENT, day("2014-01-01"))),
                    "last-position");
        }
    }

    @Nested
    class Cells {
        @Test
        void aCellIsDescribedWithItsOwnStrengthAndStrategiesEachOnce() {
            fixture.given(setUpEvent())
                    .when(new DescribeCell(
                            MATRIX,
                            ChainPosition.BUURT,
                            NETWORKS,
                            TEXT,
                            List.of(NetworkStrategy.BUURTMIX, NetworkStrategy.BUURTMIX),
                            List.of(new Label("Dorpsontbijt")),
                            day("2013-03-15")))
                    .expectEvents(new CellDescribed(
                            THEME,
                            DOORWERTH,
                            ChainPosition.BUURT,
                            NETWORKS,
                            TEXT,
                            List.of(NetworkStrategy.BUURTMIX),
                            List.of(new Label("Dorpsontbijt")),
                            day("2013-03-15")));
        }

        @Test
        void aDescriptionSaysSomething() {
            fixture.given(setUpEvent())
                    .when(new DescribeCell(
                            MATRIX, ChainPosition.BUURT, NETWORKS, null, List.of(), List.of(), day("2013-03-15")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void aCellOfAPositionNotYetInTheChainIsUnknownBackDated() {
            expectRule(
                    fixture.given(
                                    setUpEvent(),
                                    new ChainPositionAdded(
                                            THEME,
                                            DOORWERTH,
                                            new ChainLink(SCHOOL, new Label("School")),
                                            null,
                                            day("2013-05-01")))
                            .when(new DescribeCell(
                                    MATRIX, SCHOOL, NETWORKS, TEXT, List.of(), List.of(), day("2013-04-30"))),
                    "position-unknown");
        }
    }

    @Nested
    class AttentionPoints {
        final AttentionPointAdded added = new AttentionPointAdded(
                THEME, DOORWERTH, POINT, ChainPosition.BUURT, NETWORKS, TEXT, day("2013-03-15"));

        @Test
        void anAttentionPointIsAddedRevisedAndResolved() {
            fixture.given(setUpEvent())
                    .when(new AddAttentionPoint(MATRIX, POINT, ChainPosition.BUURT, NETWORKS, TEXT, day("2013-03-15")))
                    .expectEvents(added);
            fixture.given(setUpEvent(), added)
                    .when(new ReviseAttentionPoint(MATRIX, POINT, WHY, day("2013-04-15")))
                    .expectEvents(new AttentionPointRevised(THEME, DOORWERTH, POINT, WHY, day("2013-04-15")));
            fixture.given(setUpEvent(), added)
                    .when(new ResolveAttentionPoint(MATRIX, POINT, null, day("2013-09-01")))
                    .expectEvents(new AttentionPointResolved(THEME, DOORWERTH, POINT, null, day("2013-09-01")));
            fixture.given(setUpEvent(), added)
                    .when(new DropAttentionPoint(MATRIX, POINT, WHY, day("2013-09-01")))
                    .expectEvents(new AttentionPointDropped(THEME, DOORWERTH, POINT, WHY, day("2013-09-01")));
        }

        @Test
        void aClosedAttentionPointIsNotRevisedOrClosedAgainButRevisedBackDatedBeforeClosing() {
            List<Object> closed = List.of(
                    setUpEvent(), added, new AttentionPointResolved(THEME, DOORWERTH, POINT, null, day("2013-09-01")));
            expectRule(
                    fixture.given(closed).when(new ReviseAttentionPoint(MATRIX, POINT, WHY, day("2013-09-01"))),
                    "attention-point-closed");
            expectRule(
                    fixture.given(closed).when(new DropAttentionPoint(MATRIX, POINT, WHY, day("2013-10-01"))),
                    "attention-point-closed");
            expectRule(
                    fixture.given(closed).when(new ResolveAttentionPoint(MATRIX, POINT, null, day("2013-10-01"))),
                    "attention-point-closed");
            fixture.given(closed)
                    .when(new ReviseAttentionPoint(MATRIX, POINT, WHY, day("2013-08-01")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void anAttentionPointDoesNotCloseBeforeItsLatestRevisionNorChangeBeforeItWasAdded() {
            List<Object> revised = List.of(
                    setUpEvent(), added, new AttentionPointRevised(THEME, DOORWERTH, POINT, WHY, day("2013-06-01")));
            expectRule(
                    fixture.given(revised).when(new ResolveAttentionPoint(MATRIX, POINT, null, day("2013-05-01"))),
                    "attention-point-revised-later");
            expectRule(
                    fixture.given(revised).when(new ReviseAttentionPoint(MATRIX, POINT, WHY, day("2013-03-14"))),
                    "before-attention-point-added");
        }

        @Test
        void anUnknownAttentionPointIsUnknown() {
            fixture.given(setUpEvent())
                    .when(new ReviseAttentionPoint(MATRIX, POINT, WHY, day("2013-04-15")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Judgements {
        JudgeCell judge(int level, MeasurementPeriod period, String date, List<ActorId> by) {
            return new JudgeCell(MATRIX, ChainPosition.BUURT, NETWORKS, period, level, null, by, day(date));
        }

        @Test
        void aCellIsJudgedInACycleOnTheStandardScale() {
            fixture.given(setUpEvent())
                    .when(judge(3, MeasurementPeriod.ofCycle(1), "2014-06-01", List.of(ANNA, ANNA)))
                    .expectEvents(new CellJudged(
                            THEME,
                            DOORWERTH,
                            ChainPosition.BUURT,
                            NETWORKS,
                            MeasurementPeriod.ofCycle(1),
                            3,
                            1,
                            null,
                            List.of(ANNA),
                            day("2014-06-01")));
        }

        @Test
        void theMeasurementMomentLiesInsideItsPeriod() {
            expectRule(
                    fixture.given(setUpEvent())
                            .when(judge(3, MeasurementPeriod.ofCycle(1), "2015-01-01", List.of(ANNA))),
                    "measurement-outside-period");
            expectRule(
                    fixture.given(setUpEvent())
                            .when(judge(
                                    3,
                                    MeasurementPeriod.between(day("2013-06-01"), day("2013-12-31")),
                                    "2013-05-31",
                                    List.of(ANNA))),
                    "measurement-outside-period");
            fixture.given(setUpEvent())
                    .when(judge(
                            3,
                            MeasurementPeriod.between(day("2013-06-01"), day("2013-12-31")),
                            "2013-12-31",
                            List.of(ANNA)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aCycleTheThemeDoesNotHaveIsRefusedAndACorrectedPeriodCounts() {
            expectRule(
                    fixture.given(setUpEvent())
                            .when(judge(3, MeasurementPeriod.ofCycle(2), "2015-06-01", List.of(ANNA))),
                    "cycle-unknown");
            themeEvents.add(new ProgrammeCycleStarted(
                    THEME, 2, new DevelopmentPeriod(day("2015-01-01"), day("2017-12-31")), null, day("2014-12-01")));
            fixture.given(setUpEvent())
                    .when(judge(3, MeasurementPeriod.ofCycle(2), "2015-06-01", List.of(ANNA)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void theLevelMustBeOnTheScaleInForceOnTheMeasurementMoment() {
            expectRule(
                    fixture.given(setUpEvent())
                            .when(judge(6, MeasurementPeriod.ofCycle(1), "2014-06-01", List.of(ANNA))),
                    "judgement-outside-scale");
            expectRule(
                    fixture.given(setUpEvent())
                            .when(judge(0, MeasurementPeriod.ofCycle(1), "2014-06-01", List.of(ANNA))),
                    "judgement-outside-scale");
            settingsEvents.add(new JudgementScaleDefined(
                    RENKUM,
                    2,
                    List.of(
                            new ScaleLevel(1, new Label("Laag"), new ProgrammeText("Weinig")),
                            new ScaleLevel(2, new Label("Midden"), new ProgrammeText("Deels")),
                            new ScaleLevel(3, new Label("Hoog"), new ProgrammeText("Zelf"))),
                    day("2014-01-01")));
            expectRule(
                    fixture.given(setUpEvent())
                            .when(judge(4, MeasurementPeriod.ofCycle(1), "2014-06-01", List.of(ANNA))),
                    "judgement-outside-scale");
            fixture.given(setUpEvent())
                    .when(judge(3, MeasurementPeriod.ofCycle(1), "2014-06-01", List.of(ANNA)))
                    .expectEvents(new CellJudged(
                            THEME,
                            DOORWERTH,
                            ChainPosition.BUURT,
                            NETWORKS,
                            MeasurementPeriod.ofCycle(1),
                            3,
                            2,
                            null,
                            List.of(ANNA),
                            day("2014-06-01")));
            // back-dated before the municipality's scale: judged on the standard scale, version 1
            fixture.given(setUpEvent())
                    .when(judge(5, MeasurementPeriod.ofCycle(1), "2013-12-31", List.of(ANNA)))
                    .expectEvents(new CellJudged(
                            THEME,
                            DOORWERTH,
                            ChainPosition.BUURT,
                            NETWORKS,
                            MeasurementPeriod.ofCycle(1),
                            5,
                            1,
                            null,
                            List.of(ANNA),
                            day("2013-12-31")));
        }

        @Test
        void whoJudgedAreActorsOfTheMunicipality() {
            fixture.given(setUpEvent())
                    .when(judge(3, MeasurementPeriod.ofCycle(1), "2014-06-01", List.of(ELSEWHERE)))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
            fixture.given(setUpEvent())
                    .when(judge(3, MeasurementPeriod.ofCycle(1), "2014-06-01", List.of()))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class JudgementCorrections {
        /** Event 1 judges the buurt's networks at 3 in cycle 1. */
        final CellJudged judged = new CellJudged(
                THEME,
                DOORWERTH,
                ChainPosition.BUURT,
                NETWORKS,
                MeasurementPeriod.ofCycle(1),
                3,
                1,
                null,
                List.of(ANNA),
                day("2014-06-01"));

        RetractCellJudgement retract(long sequence, Integer level, String date) {
            return new RetractCellJudgement(
                    MATRIX,
                    sequence,
                    "Verkeerde cel",
                    level,
                    null,
                    level == null ? null : List.of(BIBLIOTHEEK),
                    date == null ? null : day(date),
                    day("2014-07-01"));
        }

        @Test
        void aJudgementIsTakenBackOrJudgedAnewForTheSameCellAndPeriod() {
            fixture.given(setUpEvent(), judged)
                    .when(retract(1, null, null))
                    .expectEvents(new nl.netwerkregie.events.CellJudgementRetracted(
                            THEME,
                            DOORWERTH,
                            ChainPosition.BUURT,
                            NETWORKS,
                            1,
                            "Verkeerde cel",
                            false,
                            day("2014-07-01")));
            // without a date the replacement keeps the measurement moment of the judgement taken back
            fixture.given(setUpEvent(), judged)
                    .when(retract(1, 2, null))
                    .expectEvents(
                            new nl.netwerkregie.events.CellJudgementRetracted(
                                    THEME,
                                    DOORWERTH,
                                    ChainPosition.BUURT,
                                    NETWORKS,
                                    1,
                                    "Verkeerde cel",
                                    true,
                                    day("2014-07-01")),
                            new CellJudged(
                                    THEME,
                                    DOORWERTH,
                                    ChainPosition.BUURT,
                                    NETWORKS,
                                    MeasurementPeriod.ofCycle(1),
                                    2,
                                    1,
                                    null,
                                    List.of(BIBLIOTHEEK),
                                    day("2014-06-01")));
        }

        @Test
        void refusesJudgementRetractionsThatBreakARule() {
            expectRule(
                    fixture.given(
                                    setUpEvent(),
                                    judged,
                                    new nl.netwerkregie.events.CellJudgementRetracted(
                                            THEME,
                                            DOORWERTH,
                                            ChainPosition.BUURT,
                                            NETWORKS,
                                            1,
                                            "x",
                                            false,
                                            day("2014-07-01")))
                            .when(retract(1, null, null)),
                    "judgement-retracted");
            fixture.given(setUpEvent(), judged)
                    .when(retract(0, null, null))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
            // the replacement is judged as a judgement is: on the scale, inside the period
            expectRule(fixture.given(setUpEvent(), judged).when(retract(1, 6, null)), "judgement-outside-scale");
            expectRule(
                    fixture.given(setUpEvent(), judged).when(retract(1, 2, "2015-02-01")),
                    "measurement-outside-period");
            fixture.given(setUpEvent(), judged)
                    .when(new RetractCellJudgement(
                            MATRIX, 1, "x", 2, null, List.of(ELSEWHERE), null, day("2014-07-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
            fixture.given(setUpEvent(), judged)
                    .when(new RetractCellJudgement(AS_ARNHEM, 1, "x", null, null, null, null, day("2014-07-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class TheLedger {
        @Test
        void aResponsibilityIsTakenThroughActorsOfTheNetwork() {
            fixture.given(setUpEvent())
                    .when(new TakeResponsibility(
                            MATRIX,
                            OUDERAVOND,
                            ResponsibilityKind.TASK,
                            new Label("Organiseren van de ouderavonden"),
                            ChainPosition.WIJKTEAM,
                            List.of(ANNA),
                            day("2013-04-01")))
                    .expectEvents(new ResponsibilityTaken(
                            THEME,
                            DOORWERTH,
                            OUDERAVOND,
                            ResponsibilityKind.TASK,
                            new Label("Organiseren van de ouderavonden"),
                            ChainPosition.WIJKTEAM,
                            List.of(ANNA),
                            day("2013-04-01")));
        }

        @Test
        void throughAnActorWithoutAPositionInTheNetworkOnTheDateIsRefused() {
            TakeResponsibility byLibrary = new TakeResponsibility(
                    MATRIX,
                    OUDERAVOND,
                    ResponsibilityKind.FACILITY,
                    new Label("Energiecoöperatie"),
                    ChainPosition.BUURT,
                    List.of(BIBLIOTHEEK),
                    day("2013-04-01"));
            expectRule(fixture.given(setUpEvent()).when(byLibrary), "actor-not-in-network");
            // Anna takes a position on 1 February 2013: back-dated before it, she is not yet in the network
            expectRule(
                    fixture.given(setUpEvent())
                            .when(new TakeResponsibility(
                                    MATRIX,
                                    OUDERAVOND,
                                    ResponsibilityKind.TASK,
                                    new Label("x"),
                                    ChainPosition.BUURT,
                                    List.of(ANNA),
                                    day("2013-01-31"))),
                    "before-matrix-set-up");
        }

        @Test
        void aResponsibilityMovesFromThePositionThatCarriesItOnTheDate() {
            fixture.given(setUpEvent(), taken("2013-04-01"))
                    .when(new MoveResponsibility(
                            MATRIX,
                            OUDERAVOND,
                            ChainPosition.WIJKTEAM,
                            ChainPosition.BUURT,
                            List.of(ANNA),
                            WHY,
                            day("2014-01-01")))
                    .expectEvents(new ResponsibilityMoved(
                            THEME,
                            DOORWERTH,
                            OUDERAVOND,
                            ChainPosition.WIJKTEAM,
                            ChainPosition.BUURT,
                            List.of(ANNA),
                            WHY,
                            day("2014-01-01")));
            expectRule(
                    fixture.given(setUpEvent(), taken("2013-04-01"))
                            .when(new MoveResponsibility(
                                    MATRIX,
                                    OUDERAVOND,
                                    ChainPosition.BUURT,
                                    ChainPosition.RESIDENT,
                                    List.of(),
                                    WHY,
                                    day("2014-01-01"))),
                    "responsibility-not-carried");
            expectRule(
                    fixture.given(setUpEvent(), taken("2013-04-01"))
                            .when(new MoveResponsibility(
                                    MATRIX,
                                    OUDERAVOND,
                                    ChainPosition.WIJKTEAM,
                                    ChainPosition.WIJKTEAM,
                                    List.of(),
                                    WHY,
                                    day("2014-01-01"))),
                    "responsibility-already-carried");
            expectRule(
                    fixture.given(setUpEvent(), taken("2013-04-01"))
                            .when(new MoveResponsibility(
                                    MATRIX,
                                    OUDERAVOND,
                                    ChainPosition.WIJKTEAM,
                                    SCHOOL,
                                    List.of(),
                                    WHY,
                                    day("2014-01-01"))),
                    "position-unknown");
        }

        @Test
        void aBackDatedMoveIsJudgedOnWhoCarriedItOnItsOwnDate() {
            List<Object> history = List.of(
                    setUpEvent(),
                    taken("2013-04-01"),
                    moved(ChainPosition.WIJKTEAM, ChainPosition.BUURT, "2014-01-01"));
            // between taking and the later move, the wijkteam carried it
            fixture.given(history)
                    .when(new MoveResponsibility(
                            MATRIX,
                            OUDERAVOND,
                            ChainPosition.WIJKTEAM,
                            ChainPosition.OPEN_NETWORK,
                            List.of(),
                            WHY,
                            day("2013-09-01")))
                    .expectSuccessfulHandlerExecution();
            expectRule(
                    fixture.given(history)
                            .when(new MoveResponsibility(
                                    MATRIX,
                                    OUDERAVOND,
                                    ChainPosition.BUURT,
                                    ChainPosition.RESIDENT,
                                    List.of(),
                                    WHY,
                                    day("2013-09-01"))),
                    "responsibility-not-carried");
            expectRule(
                    fixture.given(history)
                            .when(new MoveResponsibility(
                                    MATRIX,
                                    OUDERAVOND,
                                    ChainPosition.WIJKTEAM,
                                    ChainPosition.BUURT,
                                    List.of(),
                                    WHY,
                                    day("2013-03-31"))),
                    "before-responsibility-taken");
        }

        @Test
        void aResponsibilityDisappearsOnceAndNotBeforeALaterMove() {
            fixture.given(setUpEvent(), taken("2013-04-01"))
                    .when(new RecordResponsibilityDisappeared(MATRIX, OUDERAVOND, WHY, day("2014-09-01")))
                    .expectEvents(new ResponsibilityDisappeared(THEME, DOORWERTH, OUDERAVOND, WHY, day("2014-09-01")));
            List<Object> gone = List.of(
                    setUpEvent(),
                    taken("2013-04-01"),
                    new ResponsibilityDisappeared(THEME, DOORWERTH, OUDERAVOND, WHY, day("2014-09-01")));
            expectRule(
                    fixture.given(gone)
                            .when(new RecordResponsibilityDisappeared(MATRIX, OUDERAVOND, WHY, day("2014-10-01"))),
                    "responsibility-gone");
            expectRule(
                    fixture.given(gone)
                            .when(new MoveResponsibility(
                                    MATRIX,
                                    OUDERAVOND,
                                    ChainPosition.WIJKTEAM,
                                    ChainPosition.BUURT,
                                    List.of(),
                                    WHY,
                                    day("2014-09-02"))),
                    "responsibility-gone");
            // back-dated before it disappeared, it can still move
            fixture.given(gone)
                    .when(new MoveResponsibility(
                            MATRIX,
                            OUDERAVOND,
                            ChainPosition.WIJKTEAM,
                            ChainPosition.BUURT,
                            List.of(),
                            WHY,
                            day("2014-08-01")))
                    .expectSuccessfulHandlerExecution();
            expectRule(
                    fixture.given(
                                    setUpEvent(),
                                    taken("2013-04-01"),
                                    moved(ChainPosition.WIJKTEAM, ChainPosition.BUURT, "2014-01-01"))
                            .when(new RecordResponsibilityDisappeared(MATRIX, OUDERAVOND, WHY, day("2013-12-01"))),
                    "responsibility-moved-later");
        }

        @Test
        void anUnknownResponsibilityIsUnknown() {
            fixture.given(setUpEvent())
                    .when(new RecordResponsibilityDisappeared(MATRIX, OUDERAVOND, WHY, day("2014-09-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class BuildingTheSystem {
        final ActivityId activity = new ActivityId("00000000-0000-0000-0000-0000000000c1");
        final PortfolioItemId item = new PortfolioItemId("00000000-0000-0000-0000-0000000000d1");
        final AgreementPeriod year = new AgreementPeriod(day("2013-09-01"), day("2014-06-30"));
        final AttentionPointAdded point = new AttentionPointAdded(
                THEME, DOORWERTH, POINT, ChainPosition.BUURT, NETWORKS, TEXT, day("2013-05-01"));
        final ActivityPlanned planned = new ActivityPlanned(
                THEME,
                DOORWERTH,
                activity,
                new Label("Ouderavonden"),
                null,
                List.of(POINT),
                year,
                List.of(new Milestone(day("2013-10-01"), new Label("Eerste avond"))),
                new Label("Triple P"),
                ChainPosition.RESIDENT,
                day("2013-08-15"));

        PlanActivity plan(List<AttentionPointId> points, List<Milestone> milestones, ChainPosition owner, String date) {
            return new PlanActivity(
                    MATRIX,
                    activity,
                    new Label("Ouderavonden"),
                    null,
                    points,
                    year,
                    milestones,
                    new Label("Triple P"),
                    owner,
                    day(date));
        }

        @Test
        void anActivityServesAttentionPointsOfThisMatrixAddedByItsDate() {
            fixture.given(setUpEvent(), point)
                    .when(plan(
                            List.of(POINT, POINT),
                            List.of(new Milestone(day("2013-10-01"), new Label("Eerste avond"))),
                            ChainPosition.RESIDENT,
                            "2013-08-15"))
                    .expectEvents(planned);
            expectRule(
                    fixture.given(setUpEvent()).when(plan(List.of(POINT), List.of(), null, "2013-08-15")),
                    "attention-point-not-in-matrix");
            expectRule(
                    fixture.given(setUpEvent(), point).when(plan(List.of(POINT), List.of(), null, "2013-04-30")),
                    "before-attention-point-added");
            expectRule(
                    fixture.given(setUpEvent(), point).when(plan(List.of(POINT), List.of(), SCHOOL, "2013-08-15")),
                    "position-unknown");
            fixture.given(setUpEvent(), point)
                    .when(plan(
                            List.of(POINT),
                            List.of(new Milestone(day("2014-07-01"), new Label("Te laat"))),
                            null,
                            "2013-08-15"))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void anActivityMovesOnOnlyForwardAndNotBeforeItsLatestStatus() {
            List<Object> running = List.of(
                    setUpEvent(),
                    point,
                    planned,
                    new ActivityStatusChanged(THEME, DOORWERTH, activity, ActivityStatus.RUNNING, day("2013-10-01")));
            fixture.given(running)
                    .when(new ChangeActivityStatus(MATRIX, activity, ActivityStatus.DONE, day("2014-06-30")))
                    .expectEvents(new ActivityStatusChanged(
                            THEME, DOORWERTH, activity, ActivityStatus.DONE, day("2014-06-30")));
            expectRule(
                    fixture.given(running)
                            .when(new ChangeActivityStatus(
                                    MATRIX, activity, ActivityStatus.PLANNED, day("2013-11-01"))),
                    "status-out-of-order");
            expectRule(
                    fixture.given(running)
                            .when(new ChangeActivityStatus(
                                    MATRIX, activity, ActivityStatus.RUNNING, day("2013-11-01"))),
                    "status-unchanged");
            expectRule(
                    fixture.given(running)
                            .when(new ChangeActivityStatus(MATRIX, activity, ActivityStatus.DONE, day("2013-09-30"))),
                    "before-latest-status");
            expectRule(
                    fixture.given(setUpEvent(), point, planned)
                            .when(new ChangeActivityStatus(
                                    MATRIX, activity, ActivityStatus.RUNNING, day("2013-08-14"))),
                    "before-activity-planned");
            List<Object> dropped = List.of(
                    setUpEvent(),
                    point,
                    planned,
                    new ActivityStatusChanged(THEME, DOORWERTH, activity, ActivityStatus.DROPPED, day("2013-10-01")));
            expectRule(
                    fixture.given(dropped)
                            .when(new ChangeActivityStatus(MATRIX, activity, ActivityStatus.DONE, day("2013-11-01"))),
                    "activity-closed");
            expectRule(
                    fixture.given(dropped)
                            .when(new ReplanActivity(MATRIX, activity, year, List.of(), day("2013-11-01"))),
                    "activity-closed");
            // replanned back-dated before it was dropped: allowed
            fixture.given(dropped)
                    .when(new ReplanActivity(MATRIX, activity, year, List.of(), day("2013-09-15")))
                    .expectEvents(
                            new ActivityReplanned(THEME, DOORWERTH, activity, year, List.of(), day("2013-09-15")));
        }

        @Test
        void phasesStartInOrderOnceEach() {
            SystemPhaseStarted first =
                    new SystemPhaseStarted(THEME, DOORWERTH, SystemPhase.INVITE_POSITIONS, day("2013-03-04"));
            fixture.given(setUpEvent())
                    .when(new StartSystemPhase(MATRIX, SystemPhase.INVITE_POSITIONS, day("2013-03-04")))
                    .expectEvents(first);
            expectRule(
                    fixture.given(setUpEvent())
                            .when(new StartSystemPhase(MATRIX, SystemPhase.PROGRAMME_OF_ACTIVITIES, day("2013-04-01"))),
                    "phase-out-of-order");
            // phase 2 back-dated before phase 1 started
            expectRule(
                    fixture.given(setUpEvent(), first)
                            .when(new StartSystemPhase(MATRIX, SystemPhase.PROGRAMME_OF_ACTIVITIES, day("2013-03-03"))),
                    "phase-out-of-order");
            expectRule(
                    fixture.given(
                                    setUpEvent(),
                                    new SystemPhaseStarted(
                                            THEME, DOORWERTH, SystemPhase.INVITE_POSITIONS, day("2013-05-01")))
                            .when(new StartSystemPhase(MATRIX, SystemPhase.PROGRAMME_OF_ACTIVITIES, day("2013-04-01"))),
                    "phase-out-of-order");
            expectRule(
                    fixture.given(setUpEvent(), first)
                            .when(new StartSystemPhase(MATRIX, SystemPhase.INVITE_POSITIONS, day("2013-06-01"))),
                    "phase-already-started");
        }

        @Test
        void contractsAndLearningAgreementsFollowFromPhaseThree() {
            AgreementId agreement = new AgreementId("00000000-0000-0000-0000-0000000000e9");
            MakeSystemAgreement make = new MakeSystemAgreement(
                    MATRIX, agreement, AgreementKind.LEARNING_AGREEMENT, ANNA, TEXT, year, day("2013-12-01"));
            List<Object> third = List.of(
                    setUpEvent(),
                    new SystemPhaseStarted(THEME, DOORWERTH, SystemPhase.INVITE_POSITIONS, day("2013-03-04")),
                    new SystemPhaseStarted(THEME, DOORWERTH, SystemPhase.PROGRAMME_OF_ACTIVITIES, day("2013-06-01")),
                    new SystemPhaseStarted(THEME, DOORWERTH, SystemPhase.LEARN_AND_EXAMINE, day("2013-11-01")));
            fixture.given(third)
                    .when(make)
                    .expectEvents(new SystemAgreementMade(
                            THEME,
                            DOORWERTH,
                            agreement,
                            AgreementKind.LEARNING_AGREEMENT,
                            ANNA,
                            TEXT,
                            year,
                            day("2013-12-01")));
            expectRule(
                    fixture.given(third)
                            .when(new MakeSystemAgreement(
                                    MATRIX, agreement, AgreementKind.CONTRACT, ANNA, TEXT, year, day("2013-10-31"))),
                    "before-phase-3");
            fixture.given(third)
                    .when(new MakeSystemAgreement(
                            MATRIX, agreement, AgreementKind.CONTRACT, ELSEWHERE, TEXT, year, day("2013-12-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void portfolioItemsAreAddedAndWithdrawnOnce() {
            PortfolioItemAdded added = new PortfolioItemAdded(
                    THEME,
                    DOORWERTH,
                    item,
                    PortfolioKind.STORY,
                    TEXT,
                    PublicationMedium.LOCAL_PAPER,
                    null,
                    day("2013-11-01"));
            fixture.given(setUpEvent())
                    .when(new AddPortfolioItem(
                            MATRIX,
                            item,
                            PortfolioKind.STORY,
                            TEXT,
                            PublicationMedium.LOCAL_PAPER,
                            null,
                            day("2013-11-01")))
                    .expectEvents(added);
            fixture.given(setUpEvent(), added)
                    .when(new WithdrawPortfolioItem(MATRIX, item, day("2014-02-01")))
                    .expectEvents(new PortfolioItemWithdrawn(THEME, DOORWERTH, item, day("2014-02-01")));
            expectRule(
                    fixture.given(setUpEvent(), added).when(new WithdrawPortfolioItem(MATRIX, item, day("2013-10-31"))),
                    "before-portfolio-item-added");
            expectRule(
                    fixture.given(
                                    setUpEvent(),
                                    added,
                                    new PortfolioItemWithdrawn(THEME, DOORWERTH, item, day("2014-02-01")))
                            .when(new WithdrawPortfolioItem(MATRIX, item, day("2014-03-01"))),
                    "portfolio-item-withdrawn");
            fixture.given(setUpEvent())
                    .when(new WithdrawPortfolioItem(MATRIX, item, day("2014-03-01")))
                    .expectException(UnknownResourceException.class);
            fixture.given(setUpEvent())
                    .when(new SetCommunicationPlan(
                            MATRIX,
                            List.of(new Label("Dorpskrant"), new Label("Dorpskrant")),
                            List.of(),
                            null,
                            day("2013-03-04")))
                    .expectEvents(new CommunicationPlanSet(
                            THEME, DOORWERTH, List.of(new Label("Dorpskrant")), List.of(), null, day("2013-03-04")));
        }
    }
}
