package nl.netwerkregie.command.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.events.RegionDefined;
import nl.netwerkregie.events.ZelfscanAnswered;
import nl.netwerkregie.events.ZelfscanClosed;
import nl.netwerkregie.events.ZelfscanOpened;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.json.JsonConfiguration;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegieRole;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.RoleScore;
import nl.netwerkregie.values.ZelfscanSector;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every command of a region and its zelfscan regieneming, every rule it enforces, and back-dated cases for the rules
 * that depend on time (defined, opened, closed, the previous scan moment, the latest answer).
 */
class RegionTest {
    static final RegionId REGION = new RegionId("00000000-0000-0000-0000-0000000000e1");
    static final MunicipalityCode RENKUM = new MunicipalityCode("GM0274");
    static final MunicipalityCode ARNHEM = new MunicipalityCode("GM0202");
    static final MunicipalityCode EDE = new MunicipalityCode("GM0228");
    static final MunicipalityCode UTRECHT = new MunicipalityCode("GM0344");
    static final ActorId SCHOOL = new ActorId("00000000-0000-0000-0000-0000000000a1");
    static final ActorId OPVANG = new ActorId("00000000-0000-0000-0000-0000000000a2");
    static final ActorId IN_ARNHEM = new ActorId("00000000-0000-0000-0000-0000000000a3");
    static final ActorId UNKNOWN = new ActorId("00000000-0000-0000-0000-0000000000a9");
    static final Label NAME = new Label("Regio Arnhem");
    static final Label SCAN = new Label("Zelfscan voorjaar");
    static final List<ZelfscanSector> ALL = List.of(ZelfscanSector.values());

    private AggregateTestFixture<Region> fixture;

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Region.class);
        Map<ActorId, MunicipalityCode> actors = Map.of(SCHOOL, RENKUM, OPVANG, RENKUM, IN_ARNHEM, ARNHEM);
        fixture.registerInjectableResource((ActorDirectory) id -> Optional.ofNullable(actors.get(id)));
    }

    static RegionDefined defined(List<ZelfscanSector> sectors) {
        return new RegionDefined(REGION, RENKUM, NAME, List.of(RENKUM, ARNHEM, EDE), sectors, day("2024-01-15"));
    }

    static ZelfscanOpened opened(int scan, String date) {
        return new ZelfscanOpened(REGION, scan, ARNHEM, SCAN, day(date));
    }

    static AnswerZelfscan answer(ActorId respondent, List<RoleScore> scores, String date) {
        return new AnswerZelfscan(REGION, 1, RENKUM, respondent, ZelfscanSector.EDUCATION, scores, day(date));
    }

    static RoleScore score(RegieRole role, int level, ActorId... filledBy) {
        return new RoleScore(role, level, List.of(filledBy));
    }

    private static void expectRule(ResultValidator<Region> result, String rule) {
        result.expectException(new CustomTypeSafeMatcher<RuleViolationException>("a violation of rule " + rule) {
                    @Override
                    protected boolean matchesSafely(RuleViolationException e) {
                        return e.rule().equals(rule);
                    }
                })
                .expectNoEvents();
    }

    private static void expectInvalid(ResultValidator<Region> result, String field) {
        result.expectException(new CustomTypeSafeMatcher<InvalidInputException>("invalid input at " + field) {
                    @Override
                    protected boolean matchesSafely(InvalidInputException e) {
                        return e.errors().stream().anyMatch(f -> f.field().equals(field));
                    }
                })
                .expectNoEvents();
    }

    private static void expectUnknown(ResultValidator<Region> result, String field) {
        result.expectException(new CustomTypeSafeMatcher<UnknownResourceException>("unknown resource at " + field) {
                    @Override
                    protected boolean matchesSafely(UnknownResourceException e) {
                        return e.field().equals(field);
                    }
                })
                .expectNoEvents();
    }

    @Nested
    class Defining {
        @Test
        void definesARegionWithAllFourSectorsWhenNoneAreGiven() {
            fixture.givenNoPriorActivity()
                    .when(new DefineRegion(
                            REGION, RENKUM, NAME, List.of(RENKUM, ARNHEM, EDE), List.of(), day("2024-01-15")))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(defined(ALL));
        }

        @Test
        void keepsTheSectorsGiven() {
            List<ZelfscanSector> two = List.of(ZelfscanSector.EDUCATION, ZelfscanSector.YOUTH_AID);
            fixture.givenNoPriorActivity()
                    .when(new DefineRegion(REGION, RENKUM, NAME, List.of(RENKUM, ARNHEM, EDE), two, day("2024-01-15")))
                    .expectEvents(defined(two));
        }

        @Test
        void refusesARegionWithoutTheDefiningMunicipality() {
            expectRule(
                    fixture.givenNoPriorActivity()
                            .when(new DefineRegion(
                                    REGION, UTRECHT, NAME, List.of(RENKUM, ARNHEM), ALL, day("2024-01-15"))),
                    "municipality-outside-region");
        }

        @Test
        void refusesOneMemberAndAMemberTwice() {
            expectInvalid(
                    fixture.givenNoPriorActivity()
                            .when(new DefineRegion(REGION, RENKUM, NAME, List.of(RENKUM), ALL, day("2024-01-15"))),
                    "members");
            expectInvalid(
                    fixture.givenNoPriorActivity()
                            .when(new DefineRegion(
                                    REGION, RENKUM, NAME, List.of(RENKUM, ARNHEM, RENKUM), ALL, day("2024-01-15"))),
                    "members");
        }

        @Test
        void refusesASectorTwice() {
            expectInvalid(
                    fixture.givenNoPriorActivity()
                            .when(new DefineRegion(
                                    REGION,
                                    RENKUM,
                                    NAME,
                                    List.of(RENKUM, ARNHEM),
                                    List.of(ZelfscanSector.CARE, ZelfscanSector.CARE),
                                    day("2024-01-15"))),
                    "sectors");
        }
    }

    @Nested
    class ScanMoments {
        @Test
        void anyMemberOpensTheNextScanMoment() {
            fixture.given(defined(ALL), opened(1, "2024-02-01"))
                    .when(new OpenZelfscan(REGION, EDE, SCAN, day("2025-02-01")))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(new OpenedScan(2, 2))
                    .expectEvents(new ZelfscanOpened(REGION, 2, EDE, SCAN, day("2025-02-01")));
        }

        @Test
        void aMunicipalityOutsideTheRegionDoesNotFindIt() {
            expectUnknown(
                    fixture.given(defined(ALL)).when(new OpenZelfscan(REGION, UTRECHT, SCAN, day("2024-02-01"))),
                    "regionId");
        }

        @Test
        void refusesAScanMomentBeforeTheRegionWasDefined() {
            expectRule(
                    fixture.given(defined(ALL)).when(new OpenZelfscan(REGION, ARNHEM, SCAN, day("2024-01-14"))),
                    "before-region-defined");
        }

        @Test
        void refusesAScanMomentBackDatedBeforeThePreviousOne() {
            expectRule(
                    fixture.given(defined(ALL), opened(1, "2024-06-01"))
                            .when(new OpenZelfscan(REGION, ARNHEM, SCAN, day("2024-05-31"))),
                    "before-previous-scan");
        }

        @Test
        void closesAScanMomentOnOrAfterItsLatestAnswer() {
            fixture.given(defined(ALL), opened(1, "2024-02-01"), answered(SCHOOL, "2024-02-20"))
                    .when(new CloseZelfscan(REGION, 1, ARNHEM, day("2024-02-20")))
                    .expectEvents(new ZelfscanClosed(REGION, 1, ARNHEM, day("2024-02-20")));
        }

        @Test
        void refusesClosingBeforeTheLatestAnswerBeforeOpeningTwiceOrAnUnknownScan() {
            expectRule(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"), answered(SCHOOL, "2024-02-20"))
                            .when(new CloseZelfscan(REGION, 1, ARNHEM, day("2024-02-19"))),
                    "before-last-answer");
            expectRule(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(new CloseZelfscan(REGION, 1, ARNHEM, day("2024-01-31"))),
                    "before-zelfscan-opened");
            expectRule(
                    fixture.given(
                                    defined(ALL),
                                    opened(1, "2024-02-01"),
                                    new ZelfscanClosed(REGION, 1, ARNHEM, day("2024-03-01")))
                            .when(new CloseZelfscan(REGION, 1, ARNHEM, day("2024-03-02"))),
                    "zelfscan-closed");
            expectUnknown(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(new CloseZelfscan(REGION, 2, ARNHEM, day("2024-03-01"))),
                    "scan");
            expectUnknown(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(new CloseZelfscan(REGION, 1, UTRECHT, day("2024-03-01"))),
                    "regionId");
        }
    }

    static ZelfscanAnswered answered(ActorId respondent, String date) {
        return new ZelfscanAnswered(
                REGION,
                1,
                RENKUM,
                respondent,
                ZelfscanSector.EDUCATION,
                List.of(score(RegieRole.DESIGNER, 3)),
                day(date));
    }

    @Nested
    class Answers {
        @Test
        void recordsAnAnswerWithWhoFillsTheRoles() {
            List<RoleScore> scores = List.of(
                    score(RegieRole.DESIGNER, 2, OPVANG),
                    score(RegieRole.QUARTERMASTER, 1),
                    score(RegieRole.CONNECTOR, 5, OPVANG, SCHOOL),
                    score(RegieRole.CONDUCTOR, 4));
            fixture.given(defined(ALL), opened(1, "2024-02-01"))
                    .when(answer(SCHOOL, scores, "2024-02-10"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ZelfscanAnswered(
                            REGION, 1, RENKUM, SCHOOL, ZelfscanSector.EDUCATION, scores, day("2024-02-10")));
        }

        @Test
        void aBackDatedAnswerWithinTheScanMomentIsRecordedAfterItClosed() {
            fixture.given(
                            defined(ALL),
                            opened(1, "2024-02-01"),
                            new ZelfscanClosed(REGION, 1, ARNHEM, day("2024-03-01")))
                    .when(answer(OPVANG, List.of(score(RegieRole.CONNECTOR, 4)), "2024-02-28"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesAnAnswerAfterTheClosingDateOrBeforeTheOpening() {
            expectRule(
                    fixture.given(
                                    defined(ALL),
                                    opened(1, "2024-02-01"),
                                    new ZelfscanClosed(REGION, 1, ARNHEM, day("2024-03-01")))
                            .when(answer(OPVANG, List.of(score(RegieRole.CONNECTOR, 4)), "2024-03-02")),
                    "zelfscan-closed");
            expectRule(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(answer(OPVANG, List.of(score(RegieRole.CONNECTOR, 4)), "2024-01-31")),
                    "before-zelfscan-opened");
        }

        @Test
        void refusesARespondentAnsweringTwice() {
            expectRule(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"), answered(SCHOOL, "2024-02-10"))
                            .when(answer(SCHOOL, List.of(score(RegieRole.CONDUCTOR, 2)), "2024-02-11")),
                    "respondent-responded");
        }

        @Test
        void theSameRespondentAnswersTheNextScanMoment() {
            fixture.given(
                            defined(ALL),
                            opened(1, "2024-02-01"),
                            answered(SCHOOL, "2024-02-10"),
                            opened(2, "2025-02-01"))
                    .when(new AnswerZelfscan(
                            REGION, 2, RENKUM, SCHOOL, null, List.of(score(RegieRole.DESIGNER, 4)), day("2025-02-03")))
                    .expectEvents(new ZelfscanAnswered(
                            REGION, 2, RENKUM, SCHOOL, null, List.of(score(RegieRole.DESIGNER, 4)), day("2025-02-03")));
        }

        @Test
        void refusesLevelsOutsideOneToFiveARoleTwiceAndNoRoles() {
            expectInvalid(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(answer(SCHOOL, List.of(score(RegieRole.DESIGNER, 6)), "2024-02-10")),
                    "scores[0].level");
            expectInvalid(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(answer(
                                    SCHOOL,
                                    List.of(score(RegieRole.DESIGNER, 3), score(RegieRole.CONNECTOR, 0)),
                                    "2024-02-10")),
                    "scores[1].level");
            expectInvalid(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(answer(
                                    SCHOOL,
                                    List.of(score(RegieRole.DESIGNER, 3), score(RegieRole.DESIGNER, 4)),
                                    "2024-02-10")),
                    "scores[1].role");
            expectInvalid(
                    fixture.given(defined(ALL), opened(1, "2024-02-01")).when(answer(SCHOOL, List.of(), "2024-02-10")),
                    "scores");
        }

        @Test
        void refusesASectorTheRegionDoesNotCover() {
            expectInvalid(
                    fixture.given(defined(List.of(ZelfscanSector.CARE)), opened(1, "2024-02-01"))
                            .when(answer(SCHOOL, List.of(score(RegieRole.DESIGNER, 3)), "2024-02-10")),
                    "sector");
        }

        @Test
        void refusesRespondentsAndRoleFillersOfOtherMunicipalities() {
            expectUnknown(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(answer(IN_ARNHEM, List.of(score(RegieRole.DESIGNER, 3)), "2024-02-10")),
                    "respondent");
            expectUnknown(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(answer(UNKNOWN, List.of(score(RegieRole.DESIGNER, 3)), "2024-02-10")),
                    "respondent");
            expectUnknown(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(answer(
                                    SCHOOL, List.of(score(RegieRole.DESIGNER, 3, OPVANG, IN_ARNHEM)), "2024-02-10")),
                    "scores[0].filledBy[1]");
            expectInvalid(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(answer(SCHOOL, List.of(score(RegieRole.DESIGNER, 3, OPVANG, OPVANG)), "2024-02-10")),
                    "scores[0].filledBy");
        }

        @Test
        void refusesAnUnknownScanMomentAndANonMember() {
            expectUnknown(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(new AnswerZelfscan(
                                    REGION,
                                    3,
                                    RENKUM,
                                    SCHOOL,
                                    null,
                                    List.of(score(RegieRole.DESIGNER, 3)),
                                    day("2024-02-10"))),
                    "scan");
            expectUnknown(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"))
                            .when(new AnswerZelfscan(
                                    REGION,
                                    1,
                                    UTRECHT,
                                    SCHOOL,
                                    null,
                                    List.of(score(RegieRole.DESIGNER, 3)),
                                    day("2024-02-10"))),
                    "regionId");
        }
    }

    @Nested
    class Corrections {
        static final String WHY = "de rollen verwisseld";

        RetractZelfscanAnswer retract(long sequence, List<RoleScore> replacement, String date) {
            return new RetractZelfscanAnswer(
                    REGION,
                    1,
                    RENKUM,
                    sequence,
                    WHY,
                    ZelfscanSector.CARE,
                    replacement,
                    date == null ? null : day(date),
                    day("2024-04-01"));
        }

        @Test
        void takesBackAnAnswerSoTheRespondentMayAnswerAgain() {
            fixture.given(defined(ALL), opened(1, "2024-02-01"), answered(SCHOOL, "2024-02-10"))
                    .when(new RetractZelfscanAnswer(REGION, 1, RENKUM, 2, WHY, null, null, null, day("2024-04-01")))
                    .expectEvents(new nl.netwerkregie.events.ZelfscanAnswerRetracted(
                            REGION, 1, RENKUM, SCHOOL, 2, WHY, false, day("2024-04-01")));
            fixture.given(
                            defined(ALL),
                            opened(1, "2024-02-01"),
                            answered(SCHOOL, "2024-02-10"),
                            new nl.netwerkregie.events.ZelfscanAnswerRetracted(
                                    REGION, 1, RENKUM, SCHOOL, 2, WHY, false, day("2024-04-01")))
                    .when(answer(SCHOOL, List.of(score(RegieRole.CONDUCTOR, 2)), "2024-02-11"))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aReplacementKeepsTheDateOfTheAnswerTakenBackUnlessGivenAnother() {
            List<RoleScore> replacement = List.of(score(RegieRole.CONNECTOR, 4, OPVANG));
            fixture.given(defined(ALL), opened(1, "2024-02-01"), answered(SCHOOL, "2024-02-10"))
                    .when(retract(2, replacement, null))
                    .expectEvents(
                            new nl.netwerkregie.events.ZelfscanAnswerRetracted(
                                    REGION, 1, RENKUM, SCHOOL, 2, WHY, true, day("2024-04-01")),
                            new ZelfscanAnswered(
                                    REGION, 1, RENKUM, SCHOOL, ZelfscanSector.CARE, replacement, day("2024-02-10")));
            fixture.given(defined(ALL), opened(1, "2024-02-01"), answered(SCHOOL, "2024-02-10"))
                    .when(retract(2, replacement, "2024-02-12"))
                    .expectEvents(
                            new nl.netwerkregie.events.ZelfscanAnswerRetracted(
                                    REGION, 1, RENKUM, SCHOOL, 2, WHY, true, day("2024-04-01")),
                            new ZelfscanAnswered(
                                    REGION, 1, RENKUM, SCHOOL, ZelfscanSector.CARE, replacement, day("2024-02-12")));
        }

        @Test
        void refusesAnUnknownAnswerOneOfAnotherMomentOrMunicipalityAndOneTakenBackTwice() {
            expectUnknown(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"), answered(SCHOOL, "2024-02-10"))
                            .when(retract(1, null, null)),
                    "sequence");
            expectUnknown(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"), answered(SCHOOL, "2024-02-10"))
                            .when(new RetractZelfscanAnswer(
                                    REGION, 1, ARNHEM, 2, WHY, null, null, null, day("2024-04-01"))),
                    "sequence");
            expectUnknown(
                    fixture.given(
                                    defined(ALL),
                                    opened(1, "2024-02-01"),
                                    answered(SCHOOL, "2024-02-10"),
                                    opened(2, "2025-02-01"))
                            .when(new RetractZelfscanAnswer(
                                    REGION, 2, RENKUM, 2, WHY, null, null, null, day("2025-04-01"))),
                    "sequence");
            expectRule(
                    fixture.given(
                                    defined(ALL),
                                    opened(1, "2024-02-01"),
                                    answered(SCHOOL, "2024-02-10"),
                                    new nl.netwerkregie.events.ZelfscanAnswerRetracted(
                                            REGION, 1, RENKUM, SCHOOL, 2, WHY, false, day("2024-04-01")))
                            .when(retract(2, null, null)),
                    "answer-retracted");
        }

        @Test
        void aReplacementIsJudgedAsAnAnswer() {
            expectInvalid(
                    fixture.given(defined(ALL), opened(1, "2024-02-01"), answered(SCHOOL, "2024-02-10"))
                            .when(retract(2, List.of(score(RegieRole.CONNECTOR, 6)), null)),
                    "replacement.scores[0].level");
            expectRule(
                    fixture.given(
                                    defined(ALL),
                                    opened(1, "2024-02-01"),
                                    answered(SCHOOL, "2024-02-10"),
                                    new ZelfscanClosed(REGION, 1, ARNHEM, day("2024-03-01")))
                            .when(retract(2, List.of(score(RegieRole.CONNECTOR, 3)), "2024-03-02")),
                    "zelfscan-closed");
            expectInvalid(
                    fixture.given(
                                    defined(List.of(ZelfscanSector.EDUCATION)),
                                    opened(1, "2024-02-01"),
                                    answered(SCHOOL, "2024-02-10"))
                            .when(retract(2, List.of(score(RegieRole.CONNECTOR, 3)), null)),
                    "replacement.sector");
        }

        @Test
        void aMomentClosesBeforeAnAnswerTakenBack() {
            fixture.given(
                            defined(ALL),
                            opened(1, "2024-02-01"),
                            answered(SCHOOL, "2024-02-10"),
                            answered(OPVANG, "2024-02-25"),
                            new nl.netwerkregie.events.ZelfscanAnswerRetracted(
                                    REGION, 1, RENKUM, OPVANG, 3, WHY, false, day("2024-04-01")))
                    .when(new CloseZelfscan(REGION, 1, ARNHEM, day("2024-02-20")))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Test
    void aRegionReadBackFromItsSnapshotHasTheSameState() {
        JacksonSerializer snapshots = JacksonSerializer.builder()
                .objectMapper(JsonConfiguration.eventMapper())
                .build();
        fixture.given(
                        defined(ALL),
                        opened(1, "2024-02-01"),
                        answered(SCHOOL, "2024-02-10"),
                        answered(OPVANG, "2024-02-12"),
                        new ZelfscanAnswered(
                                REGION,
                                1,
                                ARNHEM,
                                IN_ARNHEM,
                                null,
                                List.of(score(RegieRole.CONDUCTOR, 5)),
                                day("2024-02-13")),
                        new nl.netwerkregie.events.ZelfscanAnswerRetracted(
                                REGION, 1, RENKUM, OPVANG, 3, "dubbel", false, day("2024-02-20")),
                        new ZelfscanClosed(REGION, 1, ARNHEM, day("2024-03-01")),
                        opened(2, "2025-02-01"))
                .when(new CloseZelfscan(REGION, 2, EDE, day("2025-03-01")))
                .expectState(region -> {
                    SerializedObject<String> snapshot = snapshots.serialize(region, String.class);
                    Region back = snapshots.deserialize(snapshot);
                    assertThat(back).isNotSameAs(region);
                    assertThat(back)
                            .usingRecursiveComparison()
                            .ignoringCollectionOrder()
                            .isEqualTo(region);
                    assertThat(snapshot.getData())
                            .contains("\"closedOn\":\"2024-03-01\"", "\"retracted\":[3]", "GM0228", IN_ARNHEM.value());
                });
    }
}
