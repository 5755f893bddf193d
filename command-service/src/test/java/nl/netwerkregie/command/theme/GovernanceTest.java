package nl.netwerkregie.command.theme;

import static nl.netwerkregie.command.theme.ThemeFixtures.*;

import java.util.List;
import nl.netwerkregie.events.InfluenceSourcesNoted;
import nl.netwerkregie.events.ParticipationRungChosen;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.InfluenceSource;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.ParticipationRung;
import nl.netwerkregie.values.ProgrammeText;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The participation ladder and the sources of influence (the {@link Governance} member of a theme). */
class GovernanceTest {
    private static final Label DORPSHUIS = new Label("Het dorpshuis");
    private static final ProgrammeText WHY = new ProgrammeText("Bewoners nemen het beheer over.");
    private AggregateTestFixture<Theme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Theme.class);
        fixture.registerInjectableResource(actors());
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

    private static ChooseParticipationRung choose(ParticipationRung rung, String date) {
        return new ChooseParticipationRung(
                THEME, RENKUM, DORPSHUIS, rung, WHY, List.of(ANNA, BIBLIOTHEEK, ANNA), day(date));
    }

    private static ParticipationRungChosen chosen(ParticipationRung rung, String date) {
        return new ParticipationRungChosen(THEME, DORPSHUIS, rung, WHY, List.of(ANNA, BIBLIOTHEEK), day(date));
    }

    @Test
    void choosesARungForASubjectAsDecidedTogether() {
        fixture.given(themeNamed())
                .when(choose(ParticipationRung.DIRECT, "2024-03-01"))
                .expectEvents(chosen(ParticipationRung.DIRECT, "2024-03-01"));
        fixture.given(themeNamed(), chosen(ParticipationRung.DIRECT, "2024-03-01"))
                .when(choose(ParticipationRung.FACILITATE, "2025-03-01"))
                .expectEvents(chosen(ParticipationRung.FACILITATE, "2025-03-01"));
    }

    @Test
    void aBackDatedChoiceIsJudgedOnTheRungHeldOnItsOwnDate() {
        // DIRECT from March 2024, FACILITATE from March 2025: DIRECT again in 2024 changes nothing, in 2026 it does
        List<Object> given = List.of(
                themeNamed(),
                chosen(ParticipationRung.DIRECT, "2024-03-01"),
                chosen(ParticipationRung.FACILITATE, "2025-03-01"));
        expectRule(fixture.given(given).when(choose(ParticipationRung.DIRECT, "2024-09-01")), "rung-unchanged");
        fixture.given(given)
                .when(choose(ParticipationRung.DIRECT, "2026-01-01"))
                .expectEvents(chosen(ParticipationRung.DIRECT, "2026-01-01"));
        // before the first choice the subject stood on no rung at all
        fixture.given(given)
                .when(choose(ParticipationRung.FACILITATE, "2024-02-01"))
                .expectEvents(chosen(ParticipationRung.FACILITATE, "2024-02-01"));
    }

    @Test
    void refusesDecidersWhoAreNoActorsOfTheMunicipalityAndAChoiceBeforeTheThemeWasNamed() {
        fixture.given(themeNamed())
                .when(new ChooseParticipationRung(
                        THEME,
                        RENKUM,
                        DORPSHUIS,
                        ParticipationRung.STIMULATE,
                        WHY,
                        List.of(ELSEWHERE),
                        day("2024-03-01")))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
        fixture.given(themeNamed())
                .when(new ChooseParticipationRung(
                        THEME, RENKUM, DORPSHUIS, ParticipationRung.STIMULATE, WHY, List.of(), day("2024-03-01")))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        expectRule(
                fixture.given(themeNamed()).when(choose(ParticipationRung.DIRECT, "2023-12-01")), "before-theme-named");
        fixture.given(themeNamed())
                .when(new ChooseParticipationRung(
                        THEME, ARNHEM, DORPSHUIS, ParticipationRung.STIMULATE, WHY, List.of(ANNA), day("2024-03-01")))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void notesTheSourcesOfInfluenceOfAParty() {
        fixture.given(themeNamed())
                .when(new NoteInfluenceSources(
                        THEME,
                        RENKUM,
                        BIBLIOTHEEK,
                        List.of(InfluenceSource.COMMUNICATION, InfluenceSource.INFORMATION_AND_EXPERTISE),
                        null,
                        day("2024-03-01")))
                .expectEvents(new InfluenceSourcesNoted(
                        THEME,
                        BIBLIOTHEEK,
                        List.of(InfluenceSource.INFORMATION_AND_EXPERTISE, InfluenceSource.COMMUNICATION),
                        null,
                        day("2024-03-01")));
        fixture.given(themeNamed())
                .when(new NoteInfluenceSources(
                        THEME,
                        RENKUM,
                        BIBLIOTHEEK,
                        List.of(InfluenceSource.RESOURCES, InfluenceSource.RESOURCES),
                        null,
                        day("2024-03-01")))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        fixture.given(themeNamed())
                .when(new NoteInfluenceSources(
                        THEME, RENKUM, ELSEWHERE, List.of(InfluenceSource.RESOURCES), null, day("2024-03-01")))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void notesMoviesRegieAndRefusesItBeforeTheThemeWasNamed() {
        ProgrammeText note = new ProgrammeText("Elk kwartaal een ontbijt met de partners.");
        fixture.given(themeNamed())
                .when(new NoteRegieElement(
                        THEME,
                        RENKUM,
                        nl.netwerkregie.values.RegieElement.CHERISH_THE_NETWORK,
                        note,
                        day("2024-03-01")))
                .expectEvents(new nl.netwerkregie.events.RegieElementNoted(
                        THEME, nl.netwerkregie.values.RegieElement.CHERISH_THE_NETWORK, note, day("2024-03-01")));
        fixture.given(themeNamed())
                .when(new DescribeOwnRole(
                        THEME, RENKUM, nl.netwerkregie.values.RegieLevel.TOWARD_THE_PARTNERS, note, day("2024-03-01")))
                .expectEvents(new nl.netwerkregie.events.OwnRoleDescribed(
                        THEME, nl.netwerkregie.values.RegieLevel.TOWARD_THE_PARTNERS, note, day("2024-03-01")));
        fixture.given(themeNamed())
                .when(new DescribePhaseRegie(
                        THEME,
                        RENKUM,
                        nl.netwerkregie.values.RegiePhase.EXECUTION,
                        note,
                        List.of(
                                nl.netwerkregie.values.RegieSkill.FIXING_AGREEMENTS,
                                nl.netwerkregie.values.RegieSkill.MAKING_AGREEMENTS),
                        null,
                        day("2024-03-01")))
                .expectEvents(new nl.netwerkregie.events.PhaseRegieDescribed(
                        THEME,
                        nl.netwerkregie.values.RegiePhase.EXECUTION,
                        note,
                        List.of(
                                nl.netwerkregie.values.RegieSkill.MAKING_AGREEMENTS,
                                nl.netwerkregie.values.RegieSkill.FIXING_AGREEMENTS),
                        null,
                        day("2024-03-01")));
        fixture.given(themeNamed())
                .when(new DescribePhaseRegie(
                        THEME,
                        RENKUM,
                        nl.netwerkregie.values.RegiePhase.EXECUTION,
                        note,
                        List.of(nl.netwerkregie.values.RegieSkill.DECIDING, nl.netwerkregie.values.RegieSkill.DECIDING),
                        null,
                        day("2024-03-01")))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        expectRule(
                fixture.given(themeNamed())
                        .when(new NoteRegieElement(
                                THEME,
                                RENKUM,
                                nl.netwerkregie.values.RegieElement.DEVELOP_A_VISION,
                                note,
                                day("2023-06-01"))),
                "before-theme-named");
        fixture.given(themeNamed())
                .when(new DescribeOwnRole(
                        THEME, ARNHEM, nl.netwerkregie.values.RegieLevel.TOWARD_THE_PARTNERS, note, day("2024-03-01")))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }
}
