package nl.netwerkregie.command.theme;

import static nl.netwerkregie.command.theme.ThemeFixtures.*;

import java.util.List;
import java.util.Set;
import nl.netwerkregie.events.ContactMade;
import nl.netwerkregie.events.ContactMadeRetracted;
import nl.netwerkregie.events.ContactPrepared;
import nl.netwerkregie.events.HarvestItemRetracted;
import nl.netwerkregie.events.ManifestationHarvestRecorded;
import nl.netwerkregie.events.ThemeStoryChanged;
import nl.netwerkregie.events.ThemeStoryRetracted;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.Evidence;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.HarvestItemKind;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Story;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Corrections of a theme's records other than position shifts (ADR 0014): a story, the record that a contact was
 * made, an item of a harvest. Each names the record by its event's sequence number (a contact by its id) and says
 * why; with a replacement the corrected record follows in the same commit.
 */
class CorrectionsTest {
    private static final ContactId CONTACT = new ContactId("00000000-0000-0000-0000-0000000000c1");
    private static final Story BETTER = new Story("Het verhaal zoals het is verteld.");
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

    private static void expectUnknown(ResultValidator<Theme> result) {
        result.expectException(UnknownResourceException.class).expectNoEvents();
    }

    @Nested
    class Stories {
        /** Event 0 names the theme with its story, event 1 changes it. */
        private final List<Object> given =
                List.of(themeNamed(), new ThemeStoryChanged(THEME, new Story("Verkeerd verhaal."), day("2024-03-01")));

        @Test
        void takesBackAChangedStory() {
            fixture.given(given)
                    .when(new RetractThemeStory(THEME, RENKUM, 1, "Van een ander thema", null, null, day("2024-05-01")))
                    .expectEvents(new ThemeStoryRetracted(THEME, 1, "Van een ander thema", false, day("2024-05-01")));
        }

        @Test
        void correctsTheNamingsStoryOnItsOwnDateWhenNoDateIsGiven() {
            fixture.given(given)
                    .when(new RetractThemeStory(THEME, RENKUM, 0, "Tikfouten", BETTER, null, day("2024-05-01")))
                    .expectEvents(
                            new ThemeStoryRetracted(THEME, 0, "Tikfouten", true, day("2024-05-01")),
                            new ThemeStoryChanged(THEME, BETTER, NAMED_ON));
            fixture.given(given)
                    .when(new RetractThemeStory(
                            THEME, RENKUM, 1, "Later verteld", BETTER, day("2024-04-01"), day("2024-05-01")))
                    .expectEvents(
                            new ThemeStoryRetracted(THEME, 1, "Later verteld", true, day("2024-05-01")),
                            new ThemeStoryChanged(THEME, BETTER, day("2024-04-01")));
        }

        @Test
        void refusesStoryRetractionsThatBreakARule() {
            expectRule(
                    fixture.given(given)
                            .when(new RetractThemeStory(THEME, RENKUM, 0, "x", null, null, day("2024-05-01"))),
                    "story-needed");
            List<Object> retracted = new java.util.ArrayList<>(given);
            retracted.add(new ThemeStoryRetracted(THEME, 1, "x", false, day("2024-05-01")));
            expectRule(
                    fixture.given(retracted)
                            .when(new RetractThemeStory(THEME, RENKUM, 1, "again", null, null, day("2024-05-02"))),
                    "story-retracted");
            expectRule(
                    fixture.given(given)
                            .when(new RetractThemeStory(
                                    THEME, RENKUM, 1, "x", BETTER, day("2023-12-31"), day("2024-05-01"))),
                    "before-theme-named");
            // event 2 is an ingredient, not a story; event 9 does not exist
            List<Object> withIngredients = new java.util.ArrayList<>(given);
            withIngredients.add(ingredientsAdded());
            expectUnknown(fixture.given(withIngredients)
                    .when(new RetractThemeStory(THEME, RENKUM, 2, "x", null, null, day("2024-05-01"))));
            expectUnknown(fixture.given(given)
                    .when(new RetractThemeStory(THEME, RENKUM, 9, "x", null, null, day("2024-05-01"))));
            expectUnknown(fixture.given(given)
                    .when(new RetractThemeStory(THEME, ARNHEM, 1, "x", null, null, day("2024-05-01"))));
        }
    }

    @Nested
    class Contacts {
        private final ContactPrepared prepared = new ContactPrepared(
                THEME, CONTACT, List.of(ANNA), ContactForm.INDIVIDUAL, new Story("Kennismaking"), day("2024-03-01"));

        /** Events 0–3 up to the contact prepared; event 4 records it made. */
        private List<Object> made() {
            return List.of(
                    themeNamed(),
                    ingredientsAdded(),
                    annaIsSchakel(),
                    prepared,
                    new ContactMade(THEME, CONTACT, new Story("Ze doet mee."), day("2024-03-08")));
        }

        @Test
        void takesBackAContactMadeSoThatItCanBeMadeAgain() {
            fixture.given(made())
                    .when(new RetractContactMade(
                            THEME, RENKUM, CONTACT, "Ging niet door", null, null, day("2024-05-01")))
                    .expectEvents(
                            new ContactMadeRetracted(THEME, CONTACT, 4, "Ging niet door", false, day("2024-05-01")));
            List<Object> retracted = new java.util.ArrayList<>(made());
            retracted.add(new ContactMadeRetracted(THEME, CONTACT, 4, "Ging niet door", false, day("2024-05-01")));
            fixture.given(retracted)
                    .when(new RecordContactMade(THEME, RENKUM, CONTACT, new Story("Nu wel."), day("2024-05-10")))
                    .expectEvents(new ContactMade(THEME, CONTACT, new Story("Nu wel."), day("2024-05-10")));
        }

        @Test
        void correctsTheOutcomeOnTheContactsOwnDayWhenNoDateIsGiven() {
            fixture.given(made())
                    .when(new RetractContactMade(
                            THEME,
                            RENKUM,
                            CONTACT,
                            "Verkeerd verslag",
                            new Story("Ze twijfelt."),
                            null,
                            day("2024-05-01")))
                    .expectEvents(
                            new ContactMadeRetracted(THEME, CONTACT, 4, "Verkeerd verslag", true, day("2024-05-01")),
                            new ContactMade(THEME, CONTACT, new Story("Ze twijfelt."), day("2024-03-08")));
        }

        @Test
        void refusesContactRetractionsThatBreakARule() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel(), prepared)
                            .when(new RetractContactMade(THEME, RENKUM, CONTACT, "x", null, null, day("2024-05-01"))),
                    "contact-not-made");
            List<Object> retracted = new java.util.ArrayList<>(made());
            retracted.add(new ContactMadeRetracted(THEME, CONTACT, 4, "x", false, day("2024-05-01")));
            expectRule(
                    fixture.given(retracted)
                            .when(new RetractContactMade(
                                    THEME, RENKUM, CONTACT, "again", null, null, day("2024-05-02"))),
                    "contact-not-made");
            expectRule(
                    fixture.given(made())
                            .when(new RetractContactMade(
                                    THEME, RENKUM, CONTACT, "x", new Story("y"), day("2024-02-20"), day("2024-05-01"))),
                    "before-contact-prepared");
            expectUnknown(fixture.given(made())
                    .when(new RetractContactMade(
                            THEME,
                            RENKUM,
                            new ContactId("00000000-0000-0000-0000-0000000000c9"),
                            "x",
                            null,
                            null,
                            day("2024-05-01"))));
        }

        @Test
        void evidenceCannotCiteAContactWhoseRecordWasTakenBack() {
            List<Object> given = new java.util.ArrayList<>(made());
            given.add(shifted(ANNA, Set.of(Position.PARTNER), Set.of(), "2024-03-10")); // event 5
            given.add(new ContactMadeRetracted(THEME, CONTACT, 4, "x", false, day("2024-05-01")));
            expectRule(
                    fixture.given(given)
                            .when(new CitePositionEvidence(
                                    THEME,
                                    RENKUM,
                                    5,
                                    List.of(new Evidence(Evidence.Kind.CONTACT, CONTACT.value())),
                                    day("2024-05-02"))),
                    "evidence-not-found");
        }
    }

    @Nested
    class Harvests {
        private final List<HarvestItem> items = List.of(
                new HarvestItem(
                        HarvestItemKind.NETWORK, "Netwerk rond de bibliotheek", List.of(ANNA), List.of(SPEELTUIN)),
                new HarvestItem(HarvestItemKind.EXAMPLE, "Koffieochtend"));
        private final HarvestItem better = new HarvestItem(HarvestItemKind.INITIATIVE, "Koffieochtend van de buurt");

        /** Event 2 is the harvest of two items of cycle 1. */
        private List<Object> harvested() {
            return List.of(
                    themeNamed(),
                    ingredientsAdded(),
                    new ManifestationHarvestRecorded(THEME, 1, items, day("2024-06-01")));
        }

        @Test
        void takesBackOneItemAndCorrectsAnotherOnTheHarvestsDate() {
            fixture.given(harvested())
                    .when(new RetractHarvestItem(THEME, RENKUM, 2, 1, "Geen voorbeeld", null, day("2024-07-01")))
                    .expectEvents(new HarvestItemRetracted(THEME, 1, 2, 1, "Geen voorbeeld", false, day("2024-07-01")));
            fixture.given(harvested())
                    .when(new RetractHarvestItem(THEME, RENKUM, 2, 1, "Een initiatief", better, day("2024-07-01")))
                    .expectEvents(
                            new HarvestItemRetracted(THEME, 1, 2, 1, "Een initiatief", true, day("2024-07-01")),
                            new ManifestationHarvestRecorded(THEME, 1, List.of(better), day("2024-06-01")));
        }

        @Test
        void refusesHarvestRetractionsThatBreakARule() {
            List<Object> retracted = new java.util.ArrayList<>(harvested());
            retracted.add(new HarvestItemRetracted(THEME, 1, 2, 1, "x", false, day("2024-07-01")));
            expectRule(
                    fixture.given(retracted)
                            .when(new RetractHarvestItem(THEME, RENKUM, 2, 1, "again", null, day("2024-07-02"))),
                    "harvest-item-retracted");
            expectUnknown(fixture.given(harvested())
                    .when(new RetractHarvestItem(THEME, RENKUM, 1, 0, "x", null, day("2024-07-01"))));
            expectUnknown(fixture.given(harvested())
                    .when(new RetractHarvestItem(THEME, RENKUM, 2, 2, "x", null, day("2024-07-01"))));
            // the replacement is checked as a harvest's items are: an actor of another municipality is unknown here
            expectUnknown(fixture.given(harvested())
                    .when(new RetractHarvestItem(
                            THEME,
                            RENKUM,
                            2,
                            0,
                            "x",
                            new HarvestItem(HarvestItemKind.NETWORK, "y", List.of(ELSEWHERE), List.of()),
                            day("2024-07-01"))));
        }

        @Test
        void evidenceCitesAHarvestWhileAnyOfItsItemsStands() {
            List<Object> given = new java.util.ArrayList<>(harvested());
            given.add(shifted(ANNA, Set.of(Position.PARTNER), Set.of(), "2024-06-02")); // event 3
            given.add(new HarvestItemRetracted(THEME, 1, 2, 1, "x", false, day("2024-07-01")));
            CitePositionEvidence cite = new CitePositionEvidence(
                    THEME, RENKUM, 3, List.of(new Evidence(Evidence.Kind.HARVEST, "2")), day("2024-07-02"));
            fixture.given(given).when(cite).expectSuccessfulHandlerExecution();
            given.add(new HarvestItemRetracted(THEME, 1, 2, 0, "x", false, day("2024-07-01")));
            expectRule(fixture.given(given).when(cite), "evidence-not-found");
        }
    }
}
