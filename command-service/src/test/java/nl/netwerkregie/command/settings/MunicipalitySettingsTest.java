package nl.netwerkregie.command.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.events.DefaultChainChanged;
import nl.netwerkregie.events.JudgementScaleDefined;
import nl.netwerkregie.events.MunicipalitySettingsHistory;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.JudgementScale;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ScaleLevel;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MunicipalitySettingsTest {
    static final MunicipalityCode RENKUM = new MunicipalityCode("GM0274");
    static final LocalDate JAN_2014 = LocalDate.of(2014, 1, 1);
    static final List<ScaleLevel> THREE = List.of(
            new ScaleLevel(1, new Label("Laag"), new ProgrammeText("Weinig gedragen")),
            new ScaleLevel(2, new Label("Midden"), new ProgrammeText("Deels gedragen")),
            new ScaleLevel(3, new Label("Hoog"), new ProgrammeText("Zelf gedragen")));
    static final List<ChainLink> TWO = List.of(
            new ChainLink(ChainPosition.RESIDENT, new Label("Inwoner")),
            new ChainLink(ChainPosition.BUURT, new Label("Dorp")));

    private AggregateTestFixture<MunicipalitySettings> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MunicipalitySettings.class);
    }

    static final nl.netwerkregie.values.BuurtCode OLD = new nl.netwerkregie.values.BuurtCode("BU02740101");
    static final nl.netwerkregie.values.BuurtCode NEW_A = new nl.netwerkregie.values.BuurtCode("BU02740111");
    static final nl.netwerkregie.values.BuurtCode NEW_B = new nl.netwerkregie.values.BuurtCode("BU02740112");

    @Test
    void aBuurtIsRecodedFromADateWithItsSource() {
        fixture.givenNoPriorActivity()
                .when(new RecodeBuurt(RENKUM, OLD, List.of(NEW_A, NEW_B), "CBS 2019", JAN_2014))
                .expectEvents(new nl.netwerkregie.events.BuurtRecoded(
                        RENKUM, OLD, List.of(NEW_A, NEW_B), "CBS 2019", JAN_2014));
        // a merger into a code of another municipality (a municipal merger) is allowed
        fixture.givenNoPriorActivity()
                .when(new RecodeBuurt(
                        RENKUM, OLD, List.of(new nl.netwerkregie.values.BuurtCode("BU19990101")), "CBS", JAN_2014))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesRecodingsThatBreakARule() {
        nl.netwerkregie.events.BuurtRecoded first =
                new nl.netwerkregie.events.BuurtRecoded(RENKUM, OLD, List.of(NEW_A), "CBS", JAN_2014);
        fixture.given(first)
                .when(new RecodeBuurt(RENKUM, OLD, List.of(NEW_B), "CBS", JAN_2014))
                .expectException(nl.netwerkregie.platform.domain.RuleViolationException.class)
                .expectExceptionMessage("BU02740101 was recoded already, into BU02740111")
                .expectNoEvents();
        fixture.given(first, new nl.netwerkregie.events.BuurtRecoded(RENKUM, NEW_A, List.of(NEW_B), "CBS", JAN_2014))
                .when(new RecodeBuurt(RENKUM, NEW_B, List.of(OLD), "CBS", JAN_2014))
                .expectException(nl.netwerkregie.platform.domain.RuleViolationException.class)
                .expectExceptionMessage("BU02740101 was recoded, directly or through others, into BU02740112")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecodeBuurt(
                        RENKUM, new nl.netwerkregie.values.BuurtCode("BU02020101"), List.of(NEW_A), "CBS", JAN_2014))
                .expectException(nl.netwerkregie.platform.domain.RuleViolationException.class)
                .expectExceptionMessage("BU02020101 does not lie in GM0274")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecodeBuurt(RENKUM, OLD, List.of(OLD), "CBS", JAN_2014))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        assertThat(MunicipalitySettingsHistory.of(List.of(first)).recodings()).containsExactly(first);
    }

    @Test
    void theDefaultChainIsChangedFromADate() {
        fixture.givenNoPriorActivity()
                .when(new ChangeDefaultChain(RENKUM, TWO, JAN_2014))
                .expectEvents(new DefaultChainChanged(RENKUM, TWO, JAN_2014));
    }

    @Test
    void dataArePublishedForResearchAndWithdrawnFromDatesBackDatedIncluded() {
        fixture.givenNoPriorActivity()
                .when(new ChangeResearchPublication(RENKUM, true, JAN_2014))
                .expectEvents(new nl.netwerkregie.events.ResearchPublicationChanged(RENKUM, true, JAN_2014));
        nl.netwerkregie.events.MunicipalitySettingsHistory history =
                nl.netwerkregie.events.MunicipalitySettingsHistory.of(List.of(
                        new nl.netwerkregie.events.ResearchPublicationChanged(RENKUM, true, JAN_2014),
                        new nl.netwerkregie.events.ResearchPublicationChanged(RENKUM, false, LocalDate.of(2015, 1, 1)),
                        // recorded later, effective earlier: published from 2013 already
                        new nl.netwerkregie.events.ResearchPublicationChanged(RENKUM, true, LocalDate.of(2013, 6, 1))));
        org.assertj.core.api.Assertions.assertThat(history.publishedForResearchSince(LocalDate.of(2013, 5, 31)))
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(history.publishedForResearchSince(LocalDate.of(2014, 6, 1)))
                .hasValue(LocalDate.of(2013, 6, 1));
        org.assertj.core.api.Assertions.assertThat(history.publishedForResearchSince(LocalDate.of(2015, 1, 1)))
                .isEmpty();
    }

    @Test
    void aChainNamesEachPositionOnceAndAtLeastOne() {
        fixture.givenNoPriorActivity()
                .when(new ChangeDefaultChain(RENKUM, List.of(TWO.get(0), TWO.get(0)), JAN_2014))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ChangeDefaultChain(RENKUM, List.of(), JAN_2014))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void ownScalesGetTheNextVersionAfterTheStandardOne() {
        fixture.givenNoPriorActivity()
                .when(new DefineJudgementScale(RENKUM, THREE, JAN_2014))
                .expectEvents(new JudgementScaleDefined(RENKUM, 2, THREE, JAN_2014))
                .expectResultMessagePayload(new MunicipalitySettings.DefinedScale(0, 2));
        fixture.given(new JudgementScaleDefined(RENKUM, 2, THREE, JAN_2014))
                .when(new DefineJudgementScale(RENKUM, THREE, LocalDate.of(2013, 1, 1)))
                .expectEvents(new JudgementScaleDefined(RENKUM, 3, THREE, LocalDate.of(2013, 1, 1)));
    }

    @Test
    void aScaleIsNumberedOneToNWithTwoToTenLevels() {
        fixture.givenNoPriorActivity()
                .when(new DefineJudgementScale(RENKUM, List.of(THREE.get(0), THREE.get(2)), JAN_2014))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new DefineJudgementScale(RENKUM, List.of(THREE.get(0)), JAN_2014))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void theScaleAndChainInForceOnADate() {
        MunicipalitySettingsHistory history = MunicipalitySettingsHistory.of(List.of(
                new JudgementScaleDefined(RENKUM, 2, THREE, JAN_2014),
                new DefaultChainChanged(RENKUM, TWO, JAN_2014),
                new JudgementScaleDefined(RENKUM, 3, THREE, LocalDate.of(2013, 6, 1))));
        assertThat(history.scaleOn(LocalDate.of(2013, 5, 31))).isEqualTo(JudgementScale.STANDARD);
        assertThat(history.scaleOn(LocalDate.of(2013, 6, 1)).version()).isEqualTo(3);
        assertThat(history.scaleOn(JAN_2014).version()).isEqualTo(2);
        assertThat(history.chainOn(LocalDate.of(2013, 12, 31))).isEqualTo(ChainPosition.STANDARD);
        assertThat(history.chainOn(JAN_2014)).isEqualTo(TWO);
    }
}
