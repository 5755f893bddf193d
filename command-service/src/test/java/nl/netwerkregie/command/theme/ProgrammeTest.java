package nl.netwerkregie.command.theme;

import static nl.netwerkregie.command.theme.ThemeFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRecurrenceChanged;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.CapacityQuestion;
import nl.netwerkregie.values.ConversationMedium;
import nl.netwerkregie.values.ConversationMethod;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.HarvestItemKind;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.PatternPart;
import nl.netwerkregie.values.Place;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The regieprogramma of a theme ({@link Programme}): every command and every rule, including the
 * rules that depend on time with back-dated commands. Cycle 1 runs 2024-01-01 to 2026-12-31.
 */
class ProgrammeTest {
    private static final ThemeId OTHER_THEME = new ThemeId("00000000-0000-0000-0000-000000000002");
    private static final ThemeId ARNHEM_THEME = new ThemeId("00000000-0000-0000-0000-000000000003");
    private static final MeetingId MEETING = new MeetingId("00000000-0000-0000-0000-0000000000d1");
    private static final AgreementId AGREEMENT = new AgreementId("00000000-0000-0000-0000-0000000000e1");
    private static final ProgrammeText TEXT = new ProgrammeText("Iets om vast te leggen");
    private static final DevelopmentPeriod NEXT = new DevelopmentPeriod(day("2027-01-01"), day("2029-12-31"));
    private AggregateTestFixture<Theme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Theme.class);
        fixture.registerInjectableResource(actors());
        Map<ThemeId, MunicipalityCode> themes = Map.of(THEME, RENKUM, OTHER_THEME, RENKUM, ARNHEM_THEME, ARNHEM);
        fixture.registerInjectableResource((ThemeDirectory) id -> Optional.ofNullable(themes.get(id))
                .map(gm -> ThemeDirectory.Facts.of(List.of(new ThemeNamed(
                        id,
                        gm,
                        new ThemeName("Ander thema"),
                        new Story("Verhaal"),
                        List.of(new BuurtCode("BU" + gm.value().substring(2) + "0101")),
                        new DevelopmentPeriod(day("2024-01-01"), day("2026-12-31")),
                        Recurrence.RECURRING,
                        day("2024-01-01"))))));
    }

    private static void expectRule(ResultValidator<Theme> result, String rule) {
        result.expectException(new CustomTypeSafeMatcher<RuleViolationException>("a violation of rule " + rule) {
                    @Override
                    protected boolean matchesSafely(RuleViolationException e) {
                        return e.rule().equals(rule);
                    }
                })
                .expectNoEvents();
    }

    private static CycleStepStarted step(int n, String date) {
        return new CycleStepStarted(THEME, 1, CycleStep.ofNumber(n).orElseThrow(), day(date));
    }

    /** The theme named, its ingredients added and steps 1 to {@code n} of cycle 1 started a month apart from February 2024. */
    private static List<Object> upToStep(int n) {
        List<Object> events = new ArrayList<>(List.of(themeNamed(), ingredientsAdded()));
        for (int s = 1; s <= n; s++) {
            events.add(step(s, "2024-0" + (s + 1) + "-01"));
        }
        return events;
    }

    private static List<Object> fixed() {
        List<Object> events = upToStep(5);
        events.add(agreement("2024-07-01"));
        events.add(new PracticeAgreementsFixed(THEME, 1, day("2024-08-01")));
        return events;
    }

    private static PracticeAgreementMade agreement(String date) {
        return new PracticeAgreementMade(
                THEME, 1, AGREEMENT, ANNA, TEXT, new AgreementPeriod(day("2025-01-01"), day("2026-12-31")), day(date));
    }

    private static ThemeNamed oneOff() {
        ThemeNamed n = themeNamed();
        return new ThemeNamed(
                n.themeId(),
                n.municipality(),
                n.name(),
                n.story(),
                n.buurten(),
                n.developmentPeriod(),
                Recurrence.ONE_OFF,
                n.effectiveDate());
    }

    @Nested
    class Steps {
        @Test
        void startsStepOneOfTheFirstCycle() {
            fixture.given(themeNamed())
                    .when(new StartCycleStep(THEME, RENKUM, 1, CycleStep.INTRODUCE_THEME, day("2024-01-15")))
                    .expectEvents(step(1, "2024-01-15"));
        }

        @Test
        void startsTheNextStepOnceThePreviousHasStarted() {
            fixture.given(upToStep(2))
                    .when(new StartCycleStep(THEME, RENKUM, 1, CycleStep.BROAD_CONVERSATION, day("2024-03-15")))
                    .expectEvents(step(3, "2024-03-15"));
        }

        @Test
        void refusesAStepBeforeThePreviousOne() {
            expectRule(
                    fixture.given(themeNamed())
                            .when(new StartCycleStep(THEME, RENKUM, 1, CycleStep.ORDER_RELATIONS, day("2024-01-15"))),
                    "step-out-of-order");
        }

        @Test
        void refusesAStepBackDatedBeforeThePreviousStepStarted() {
            expectRule(
                    fixture.given(upToStep(2))
                            .when(new StartCycleStep(
                                    THEME, RENKUM, 1, CycleStep.BROAD_CONVERSATION, day("2024-02-15"))),
                    "step-out-of-order");
        }

        @Test
        void refusesAStepStartedTwice() {
            expectRule(
                    fixture.given(upToStep(1))
                            .when(new StartCycleStep(THEME, RENKUM, 1, CycleStep.INTRODUCE_THEME, day("2024-03-01"))),
                    "step-already-started");
        }

        @Test
        void refusesAStepAfterTheDevelopmentPeriod() {
            expectRule(
                    fixture.given(themeNamed())
                            .when(new StartCycleStep(THEME, RENKUM, 1, CycleStep.INTRODUCE_THEME, day("2027-01-05"))),
                    "outside-cycle");
        }

        @Test
        void refusesAStepOfAnUnknownCycle() {
            fixture.given(themeNamed())
                    .when(new StartCycleStep(THEME, RENKUM, 2, CycleStep.INTRODUCE_THEME, day("2024-01-15")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAStepForAnotherMunicipality() {
            fixture.given(themeNamed())
                    .when(new StartCycleStep(THEME, ARNHEM, 1, CycleStep.INTRODUCE_THEME, day("2024-01-15")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAStepDatedAfterTheCycleClosed() {
            List<Object> given = upToStep(1);
            given.add(new ProgrammeCycleClosed(THEME, 1, day("2024-06-01")));
            expectRule(
                    fixture.given(given)
                            .when(new StartCycleStep(THEME, RENKUM, 1, CycleStep.ORDER_RELATIONS, day("2024-07-01"))),
                    "cycle-closed");
        }

        @Test
        void recordsAnInstrumentWithThePartOfThePatternInStepTwo() {
            fixture.given(upToStep(2))
                    .when(new RecordStepInstrument(
                            THEME,
                            RENKUM,
                            1,
                            CycleStep.ORDER_RELATIONS,
                            Instrument.NETWORK_ANALYSIS,
                            PatternPart.ENTERPRISING_NETWORK,
                            day("2024-03-05")))
                    .expectEvents(new StepInstrumentUsed(
                            THEME,
                            1,
                            CycleStep.ORDER_RELATIONS,
                            Instrument.NETWORK_ANALYSIS,
                            PatternPart.ENTERPRISING_NETWORK,
                            day("2024-03-05")));
        }

        @Test
        void refusesStepTwoInstrumentWithoutAPartAndAPartOutsideStepTwo() {
            fixture.given(upToStep(2))
                    .when(new RecordStepInstrument(
                            THEME,
                            RENKUM,
                            1,
                            CycleStep.ORDER_RELATIONS,
                            Instrument.NETWORK_ANALYSIS,
                            null,
                            day("2024-03-05")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
            fixture.given(upToStep(2))
                    .when(new RecordStepInstrument(
                            THEME,
                            RENKUM,
                            1,
                            CycleStep.INTRODUCE_THEME,
                            Instrument.THEME_ANALYSIS,
                            PatternPart.SHARED_AWARENESS,
                            day("2024-03-05")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnInstrumentBackDatedBeforeItsStepStarted() {
            expectRule(
                    fixture.given(upToStep(2))
                            .when(new RecordStepInstrument(
                                    THEME,
                                    RENKUM,
                                    1,
                                    CycleStep.ORDER_RELATIONS,
                                    Instrument.NETWORK_ANALYSIS,
                                    PatternPart.ENTERPRISING_NETWORK,
                                    day("2024-02-20"))),
                    "step-not-started");
        }
    }

    @Nested
    class BroadConversation {
        @Test
        void recordsAMediumOnceStepThreeHasStarted() {
            fixture.given(upToStep(3))
                    .when(new RecordConversationMedium(
                            THEME, RENKUM, 1, ConversationMedium.LOCAL_PAPER, TEXT, null, day("2024-04-10")))
                    .expectEvents(new ConversationMediumUsed(
                            THEME, 1, ConversationMedium.LOCAL_PAPER, TEXT, null, day("2024-04-10")));
        }

        @Test
        void recordsAConversationMethodButNotOutsideTheCycle() {
            fixture.given(upToStep(3))
                    .when(new RecordConversationMethod(
                            THEME, RENKUM, 1, ConversationMethod.NETWORK_BUILDERS, TEXT, day("2024-04-10")))
                    .expectEvents(new ConversationMethodUsed(
                            THEME, 1, ConversationMethod.NETWORK_BUILDERS, TEXT, day("2024-04-10")));
            expectRule(
                    fixture.given(upToStep(3))
                            .when(new RecordConversationMethod(
                                    THEME, RENKUM, 1, ConversationMethod.NETWORK_BUILDERS, TEXT, day("2027-04-10"))),
                    "outside-cycle");
        }

        @Test
        void refusesTheConversationBeforeStepThree() {
            expectRule(
                    fixture.given(upToStep(2))
                            .when(new RecordRemarkHeard(THEME, RENKUM, 1, TEXT, null, null, day("2024-03-10"))),
                    "conversation-before-step-3");
        }

        @Test
        void refusesARemarkBackDatedBeforeStepThree() {
            expectRule(
                    fixture.given(upToStep(3))
                            .when(new RecordRemarkHeard(THEME, RENKUM, 1, TEXT, null, ANNA, day("2024-03-20"))),
                    "conversation-before-step-3");
        }

        @Test
        void recordsWhoMadeARemarkAsAnActorOfTheMunicipality() {
            fixture.given(upToStep(3))
                    .when(new RecordRemarkHeard(THEME, RENKUM, 1, TEXT, null, ANNA, day("2024-04-10")))
                    .expectEvents(new RemarkHeard(THEME, 1, TEXT, null, ANNA, day("2024-04-10")));
            fixture.given(upToStep(3))
                    .when(new RecordRemarkHeard(THEME, RENKUM, 1, TEXT, null, ELSEWHERE, day("2024-04-10")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void recordsARemarkOfAPersonSealedWithThatPersonsKey() {
            nl.netwerkregie.values.SealedPersonalData sealed =
                    new nl.netwerkregie.values.SealedPersonalData(ANNA.value(), "AES-256-GCM", "c2VhbGVk");
            fixture.given(upToStep(3))
                    .when(new RecordRemarkHeard(THEME, RENKUM, 1, null, sealed, ANNA, day("2024-04-10")))
                    .expectEvents(new RemarkHeard(THEME, 1, null, sealed, ANNA, day("2024-04-10")));
        }

        @Test
        void refusesARemarkSealedWithAnotherPersonsKeyOrWithoutText() {
            nl.netwerkregie.values.SealedPersonalData bibliotheek =
                    new nl.netwerkregie.values.SealedPersonalData(BIBLIOTHEEK.value(), "AES-256-GCM", "c2VhbGVk");
            fixture.given(upToStep(3))
                    .when(new RecordRemarkHeard(THEME, RENKUM, 1, null, bibliotheek, ANNA, day("2024-04-10")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
            fixture.given(upToStep(3))
                    .when(new RecordRemarkHeard(THEME, RENKUM, 1, null, bibliotheek, null, day("2024-04-10")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
            fixture.given(upToStep(3))
                    .when(new RecordRemarkHeard(THEME, RENKUM, 1, null, null, ANNA, day("2024-04-10")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class ProgrammeLine {
        private PlanMeetingMoment plan(String date, String preparation) {
            return new PlanMeetingMoment(
                    THEME,
                    RENKUM,
                    1,
                    MEETING,
                    day(date),
                    new Place("Het dorpshuis"),
                    preparation == null ? null : day(preparation),
                    TEXT,
                    List.of(ANNA, BIBLIOTHEEK, ANNA),
                    day("2024-02-01"));
        }

        private MeetingMomentPlanned planned() {
            return new MeetingMomentPlanned(
                    THEME,
                    1,
                    MEETING,
                    day("2024-05-14"),
                    new Place("Het dorpshuis"),
                    day("2024-04-15"),
                    TEXT,
                    List.of(ANNA, BIBLIOTHEEK),
                    day("2024-02-01"));
        }

        @Test
        void plansAMeetingMomentInsideTheCycleInvitingEachActorOnce() {
            fixture.given(themeNamed()).when(plan("2024-05-14", "2024-04-15")).expectEvents(planned());
        }

        @Test
        void refusesAMeetingMomentOutsideTheCycle() {
            expectRule(fixture.given(themeNamed()).when(plan("2027-02-01", null)), "outside-cycle");
        }

        @Test
        void refusesAPreparationThatStartsAfterTheMeeting() {
            fixture.given(themeNamed())
                    .when(plan("2024-05-14", "2024-06-01"))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void recordsAMeetingMomentHeldOnceOnly() {
            RecordMeetingMomentHeld held =
                    new RecordMeetingMomentHeld(THEME, RENKUM, 1, MEETING, List.of(ANNA), TEXT, day("2024-05-14"));
            MeetingMomentHeld event = new MeetingMomentHeld(THEME, 1, MEETING, List.of(ANNA), TEXT, day("2024-05-14"));
            fixture.given(themeNamed(), planned()).when(held).expectEvents(event);
            expectRule(fixture.given(themeNamed(), planned(), event).when(held), "meeting-already-held");
        }

        @Test
        void refusesPlanningAMeetingMomentTwiceOrAfterTheCycleClosed() {
            expectRule(fixture.given(themeNamed(), planned()).when(plan("2024-06-14", null)), "meeting-exists");
            expectRule(
                    fixture.given(themeNamed(), new ProgrammeCycleClosed(THEME, 1, day("2024-05-01")))
                            .when(plan("2024-06-14", null)),
                    "cycle-closed");
        }

        @Test
        void refusesHoldingAMeetingMomentThatWasNeverPlanned() {
            fixture.given(themeNamed())
                    .when(new RecordMeetingMomentHeld(THEME, RENKUM, 1, MEETING, List.of(), TEXT, day("2024-05-14")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Manifestation {
        private final List<HarvestItem> items = List.of(
                new HarvestItem(
                        HarvestItemKind.NETWORK, "Netwerk rond de bibliotheek", List.of(ANNA), List.of(SPEELTUIN)),
                new HarvestItem(HarvestItemKind.EXAMPLE, "Koffieochtend"));

        @Test
        void recordsTheManifestationMomentOnceStepFourHasStarted() {
            fixture.given(upToStep(4))
                    .when(new RecordManifestation(
                            THEME, RENKUM, 1, new Place("Het dorpsplein"), List.of(ANNA), day("2024-06-01")))
                    .expectEvents(new ManifestationHeld(
                            THEME, 1, new Place("Het dorpsplein"), List.of(ANNA), day("2024-06-01")));
        }

        @Test
        void refusesTheManifestationBeforeStepFourAndTwice() {
            RecordManifestation command = new RecordManifestation(
                    THEME, RENKUM, 1, new Place("Het dorpsplein"), List.of(), day("2024-06-01"));
            expectRule(fixture.given(upToStep(3)).when(command), "manifestation-before-step-4");
            List<Object> held = upToStep(4);
            held.add(new ManifestationHeld(THEME, 1, new Place("Het dorpsplein"), List.of(), day("2024-05-20")));
            expectRule(fixture.given(held).when(command), "manifestation-already-held");
        }

        @Test
        void recordsTheHarvestOfTheCycleRunningOnItsDate() {
            fixture.given(upToStep(4))
                    .when(new RecordManifestationHarvest(THEME, RENKUM, null, items, day("2024-06-01")))
                    .expectEvents(new ManifestationHarvestRecorded(THEME, 1, items, day("2024-06-01")));
        }

        @Test
        void refusesAHarvestBeforeStepFourHasStarted() {
            expectRule(
                    fixture.given(upToStep(3))
                            .when(new RecordManifestationHarvest(THEME, RENKUM, 1, items, day("2024-06-01"))),
                    "harvest-before-step-4");
        }

        @Test
        void refusesAHarvestBackDatedBeforeStepFourStarted() {
            expectRule(
                    fixture.given(upToStep(4))
                            .when(new RecordManifestationHarvest(THEME, RENKUM, null, items, day("2024-04-20"))),
                    "harvest-before-step-4");
        }

        @Test
        void refusesAHarvestOutsideEveryCycle() {
            expectRule(
                    fixture.given(upToStep(4))
                            .when(new RecordManifestationHarvest(THEME, RENKUM, null, items, day("2027-03-01"))),
                    "outside-cycle");
        }

        @Test
        void refusesAHarvestItemFromAnUnknownIngredientOrActor() {
            IngredientId unknown = new IngredientId("00000000-0000-0000-0000-0000000000bf");
            fixture.given(upToStep(4))
                    .when(new RecordManifestationHarvest(
                            THEME,
                            RENKUM,
                            1,
                            List.of(new HarvestItem(HarvestItemKind.OTHER, "Iets", List.of(), List.of(unknown))),
                            day("2024-06-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
            fixture.given(upToStep(4))
                    .when(new RecordManifestationHarvest(
                            THEME,
                            RENKUM,
                            1,
                            List.of(new HarvestItem(HarvestItemKind.OTHER, "Iets", List.of(ELSEWHERE), List.of())),
                            day("2024-06-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnEmptyHarvestAndOneBeforeTheThemeWasNamed() {
            fixture.given(upToStep(4))
                    .when(new RecordManifestationHarvest(THEME, RENKUM, 1, List.of(), day("2024-06-01")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
            expectRule(
                    fixture.given(upToStep(4))
                            .when(new RecordManifestationHarvest(THEME, RENKUM, 1, items, day("2023-10-11"))),
                    "before-theme-named");
        }
    }

    @Nested
    class StepFive {
        private MakePracticeAgreement make(String date) {
            return new MakePracticeAgreement(
                    THEME,
                    RENKUM,
                    1,
                    AGREEMENT,
                    ANNA,
                    TEXT,
                    new AgreementPeriod(day("2025-01-01"), day("2026-12-31")),
                    day(date));
        }

        @Test
        void answersACapacityQuestionOnceStepFiveHasStarted() {
            fixture.given(upToStep(5))
                    .when(new AssessCapacity(THEME, RENKUM, 1, CapacityQuestion.WHAT_WE_KNOW, TEXT, day("2024-06-10")))
                    .expectEvents(
                            new CapacityAssessed(THEME, 1, CapacityQuestion.WHAT_WE_KNOW, TEXT, day("2024-06-10")));
            expectRule(
                    fixture.given(upToStep(4))
                            .when(new AssessCapacity(
                                    THEME, RENKUM, 1, CapacityQuestion.WHAT_WE_KNOW, TEXT, day("2024-06-10"))),
                    "before-step-5");
        }

        @Test
        void recordsFacilitiesTheGovernmentAlignmentAndProviderAgreementsInStepFive() {
            fixture.given(upToStep(5))
                    .when(new RecordFacilityNeeded(THEME, RENKUM, 1, TEXT, TEXT, day("2024-06-10")))
                    .expectEvents(new FacilityNeeded(THEME, 1, TEXT, TEXT, day("2024-06-10")));
            fixture.given(upToStep(5))
                    .when(new RecordGovernmentAlignment(THEME, RENKUM, 1, TEXT, day("2024-06-11")))
                    .expectEvents(new GovernmentAlignmentRecorded(THEME, 1, TEXT, day("2024-06-11")));
            fixture.given(upToStep(5))
                    .when(new PrepareProviderAgreement(THEME, RENKUM, 1, BIBLIOTHEEK, TEXT, day("2024-06-12")))
                    .expectEvents(new ProviderAgreementPrepared(THEME, 1, BIBLIOTHEEK, TEXT, day("2024-06-12")));
        }

        @Test
        void refusesStepFiveRecordsTooEarlyOutsideTheCycleOrWithAnUnknownProvider() {
            expectRule(
                    fixture.given(upToStep(4))
                            .when(new RecordFacilityNeeded(THEME, RENKUM, 1, TEXT, TEXT, day("2024-06-10"))),
                    "before-step-5");
            // back-dated before step 5 started (2024-06-01)
            expectRule(
                    fixture.given(upToStep(5))
                            .when(new RecordGovernmentAlignment(THEME, RENKUM, 1, TEXT, day("2024-05-20"))),
                    "before-step-5");
            expectRule(
                    fixture.given(upToStep(5))
                            .when(new RecordGovernmentAlignment(THEME, RENKUM, 1, TEXT, day("2027-02-01"))),
                    "outside-cycle");
            fixture.given(upToStep(5))
                    .when(new PrepareProviderAgreement(THEME, RENKUM, 1, UNKNOWN, TEXT, day("2024-06-12")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void makesAPracticeAgreementInStepFive() {
            fixture.given(upToStep(5)).when(make("2024-07-01")).expectEvents(agreement("2024-07-01"));
        }

        @Test
        void refusesPracticeAgreementsBeforeStepFiveAlsoBackDated() {
            expectRule(fixture.given(upToStep(4)).when(make("2024-07-01")), "practice-agreements-before-step-5");
            expectRule(fixture.given(upToStep(5)).when(make("2024-05-20")), "practice-agreements-before-step-5");
        }

        @Test
        void refusesAnAgreementWithAnActorOfAnotherMunicipality() {
            fixture.given(upToStep(5))
                    .when(new MakePracticeAgreement(
                            THEME,
                            RENKUM,
                            1,
                            AGREEMENT,
                            ELSEWHERE,
                            TEXT,
                            new AgreementPeriod(day("2025-01-01"), day("2026-12-31")),
                            day("2024-07-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void fixesThePracticeAgreements() {
            List<Object> given = upToStep(5);
            given.add(agreement("2024-07-01"));
            fixture.given(given)
                    .when(new FixPracticeAgreements(THEME, RENKUM, 1, day("2024-08-01")))
                    .expectEvents(new PracticeAgreementsFixed(THEME, 1, day("2024-08-01")));
        }

        @Test
        void refusesFixingWithoutAgreementsAndTwice() {
            expectRule(
                    fixture.given(upToStep(5)).when(new FixPracticeAgreements(THEME, RENKUM, 1, day("2024-08-01"))),
                    "no-practice-agreements");
            expectRule(
                    fixture.given(fixed()).when(new FixPracticeAgreements(THEME, RENKUM, 1, day("2024-09-01"))),
                    "practice-agreements-fixed");
            expectRule(fixture.given(fixed()).when(make("2024-09-01")), "practice-agreements-fixed");
        }
    }

    @Nested
    class Cycles {
        @Test
        void startsTheNextCycleUnderANewNameAndRenamesTheTheme() {
            ThemeName renamed = new ThemeName("Vrolijk groot worden");
            fixture.given(fixed())
                    .when(new StartProgrammeCycle(THEME, RENKUM, NEXT, renamed, day("2024-09-01")))
                    .expectEvents(
                            new ProgrammeCycleStarted(THEME, 2, NEXT, renamed, day("2024-09-01")),
                            new ThemeRenamed(THEME, renamed, day("2024-09-01")))
                    .expectResultMessagePayload(new StartedCycle(10, 2));
        }

        @Test
        void startsTheNextCycleUnderTheSameName() {
            fixture.given(fixed())
                    .when(new StartProgrammeCycle(THEME, RENKUM, NEXT, null, day("2024-09-01")))
                    .expectEvents(new ProgrammeCycleStarted(THEME, 2, NEXT, NAME, day("2024-09-01")));
        }

        @Test
        void refusesTheNextCycleBeforeThePracticeAgreementsAreFixedAlsoBackDated() {
            expectRule(
                    fixture.given(upToStep(5))
                            .when(new StartProgrammeCycle(THEME, RENKUM, NEXT, null, day("2024-09-01"))),
                    "previous-practice-agreements-not-fixed");
            expectRule(
                    fixture.given(fixed()).when(new StartProgrammeCycle(THEME, RENKUM, NEXT, null, day("2024-07-15"))),
                    "previous-practice-agreements-not-fixed");
        }

        @Test
        void refusesANextCycleOverlappingThePreviousProgramme() {
            expectRule(
                    fixture.given(fixed())
                            .when(new StartProgrammeCycle(
                                    THEME,
                                    RENKUM,
                                    new DevelopmentPeriod(day("2026-06-01"), day("2028-12-31")),
                                    null,
                                    day("2024-09-01"))),
                    "overlaps-previous-programme");
        }

        @Test
        void refusesANextCycleOfAOneOffTheme() {
            List<Object> given = fixed();
            given.set(0, oneOff());
            expectRule(
                    fixture.given(given).when(new StartProgrammeCycle(THEME, RENKUM, NEXT, null, day("2024-09-01"))),
                    "theme-one-off");
        }

        @Test
        void closesACycleOnceAndLetsAOneOffThemeGo() {
            fixture.given(fixed())
                    .when(new CloseProgrammeCycle(THEME, RENKUM, 1, day("2026-12-31")))
                    .expectEvents(new ProgrammeCycleClosed(THEME, 1, day("2026-12-31")));
            List<Object> oneOff = fixed();
            oneOff.set(0, oneOff());
            fixture.given(oneOff)
                    .when(new CloseProgrammeCycle(THEME, RENKUM, 1, day("2026-12-31")))
                    .expectEvents(
                            new ProgrammeCycleClosed(THEME, 1, day("2026-12-31")),
                            new ThemeLetGo(THEME, day("2026-12-31")));
            List<Object> closed = fixed();
            closed.add(new ProgrammeCycleClosed(THEME, 1, day("2026-12-31")));
            expectRule(
                    fixture.given(closed).when(new CloseProgrammeCycle(THEME, RENKUM, 1, day("2027-01-02"))),
                    "cycle-already-closed");
        }

        @Test
        void aClosedCycleAlsoOpensTheWayToTheNext() {
            List<Object> given = upToStep(2);
            given.add(new ProgrammeCycleClosed(THEME, 1, day("2024-06-01")));
            fixture.given(given)
                    .when(new StartProgrammeCycle(THEME, RENKUM, NEXT, null, day("2024-09-01")))
                    .expectEvents(new ProgrammeCycleStarted(THEME, 2, NEXT, NAME, day("2024-09-01")));
        }

        @Test
        void correctsADevelopmentPeriodThatStillHoldsEveryFact() {
            DevelopmentPeriod shorter = new DevelopmentPeriod(day("2024-01-01"), day("2025-06-30"));
            fixture.given(upToStep(2))
                    .when(new CorrectDevelopmentPeriod(THEME, RENKUM, 1, shorter, day("2024-04-01")))
                    .expectEvents(new DevelopmentPeriodCorrected(THEME, 1, shorter, day("2024-04-01")));
        }

        @Test
        void refusesACorrectionThatExcludesAFactOrOverlapsTheNextCycleOrChangesNothing() {
            expectRule(
                    fixture.given(upToStep(3))
                            .when(new CorrectDevelopmentPeriod(
                                    THEME,
                                    RENKUM,
                                    1,
                                    new DevelopmentPeriod(day("2024-03-15"), day("2026-12-31")),
                                    day("2024-04-01"))),
                    "period-excludes-recorded-facts");
            List<Object> two = fixed();
            two.add(new ProgrammeCycleStarted(THEME, 2, NEXT, NAME, day("2024-09-01")));
            expectRule(
                    fixture.given(two)
                            .when(new CorrectDevelopmentPeriod(
                                    THEME,
                                    RENKUM,
                                    1,
                                    new DevelopmentPeriod(day("2024-01-01"), day("2027-06-30")),
                                    day("2024-09-05"))),
                    "overlaps-next-programme");
            expectRule(
                    fixture.given(themeNamed())
                            .when(new CorrectDevelopmentPeriod(THEME, RENKUM, 1, CYCLE, day("2024-04-01"))),
                    "period-unchanged");
        }
    }

    @Nested
    class ThemeWide {
        @Test
        void alignsWithAnotherThemeOfTheMunicipalityAndEndsIt() {
            fixture.given(themeNamed())
                    .when(new AlignTheme(THEME, RENKUM, OTHER_THEME, day("2024-03-01")))
                    .expectEvents(new ThemeAligned(THEME, OTHER_THEME, day("2024-03-01")));
            fixture.given(themeNamed(), new ThemeAligned(THEME, OTHER_THEME, day("2024-03-01")))
                    .when(new EndThemeAlignment(THEME, RENKUM, OTHER_THEME, day("2025-03-01")))
                    .expectEvents(new ThemeAlignmentEnded(THEME, OTHER_THEME, day("2025-03-01")));
        }

        @Test
        void refusesAlignmentsThatMakeNoSense() {
            fixture.given(themeNamed())
                    .when(new AlignTheme(THEME, RENKUM, ARNHEM_THEME, day("2024-03-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
            fixture.given(themeNamed())
                    .when(new AlignTheme(THEME, RENKUM, THEME, day("2024-03-01")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
            expectRule(
                    fixture.given(themeNamed(), new ThemeAligned(THEME, OTHER_THEME, day("2024-03-01")))
                            .when(new AlignTheme(THEME, RENKUM, OTHER_THEME, day("2024-04-01"))),
                    "themes-already-aligned");
            // back-dated: on 2024-02-01 the themes were not aligned yet
            expectRule(
                    fixture.given(themeNamed(), new ThemeAligned(THEME, OTHER_THEME, day("2024-03-01")))
                            .when(new EndThemeAlignment(THEME, RENKUM, OTHER_THEME, day("2024-02-01"))),
                    "themes-not-aligned");
        }

        @Test
        void changesRecurrenceFromADate() {
            fixture.given(themeNamed())
                    .when(new ChangeThemeRecurrence(THEME, RENKUM, Recurrence.ONE_OFF, day("2024-03-01")))
                    .expectEvents(new ThemeRecurrenceChanged(THEME, Recurrence.ONE_OFF, day("2024-03-01")));
            expectRule(
                    fixture.given(themeNamed())
                            .when(new ChangeThemeRecurrence(THEME, RENKUM, Recurrence.RECURRING, day("2024-03-01"))),
                    "recurrence-unchanged");
            List<Object> becameOneOff = fixed();
            becameOneOff.add(new ThemeRecurrenceChanged(THEME, Recurrence.ONE_OFF, day("2024-08-15")));
            expectRule(
                    fixture.given(becameOneOff)
                            .when(new StartProgrammeCycle(THEME, RENKUM, NEXT, null, day("2024-09-01"))),
                    "theme-one-off");
        }

        @Test
        void aThemeLetGoChangesNoRecurrence() {
            List<Object> given = fixed();
            given.set(0, oneOff());
            given.add(new ProgrammeCycleClosed(THEME, 1, day("2024-08-10")));
            given.add(new ThemeLetGo(THEME, day("2024-08-10")));
            expectRule(
                    fixture.given(given)
                            .when(new ChangeThemeRecurrence(THEME, RENKUM, Recurrence.RECURRING, day("2024-09-01"))),
                    "theme-let-go");
        }

        @Test
        void aThemeLetGoStartsNoCycle() {
            List<Object> given = fixed();
            given.add(new ProgrammeCycleClosed(THEME, 1, day("2024-08-10")));
            given.add(new ThemeLetGo(THEME, day("2024-08-10")));
            given.add(new ThemeRecurrenceChanged(THEME, Recurrence.RECURRING, day("2024-08-05")));
            expectRule(
                    fixture.given(given).when(new StartProgrammeCycle(THEME, RENKUM, NEXT, null, day("2024-09-01"))),
                    "theme-let-go");
        }
    }
}
