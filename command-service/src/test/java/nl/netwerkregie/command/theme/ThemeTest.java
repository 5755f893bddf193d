package nl.netwerkregie.command.theme;

import static nl.netwerkregie.command.theme.ThemeFixtures.*;

import java.util.List;
import java.util.Set;
import nl.netwerkregie.events.ContactMade;
import nl.netwerkregie.events.ContactPrepared;
import nl.netwerkregie.events.IngredientWithdrawn;
import nl.netwerkregie.events.IngredientsAdded;
import nl.netwerkregie.events.InvitedToPosition;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.SchakelAdded;
import nl.netwerkregie.events.SchakelInvitedToAnalyse;
import nl.netwerkregie.events.SchakelLinked;
import nl.netwerkregie.events.SchakelUnlinked;
import nl.netwerkregie.events.ThemeBuurtenChanged;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.events.ThemeStoryChanged;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.AnalysisSession;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.IngredientKind;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThemeTest {
    private static final ContactId CONTACT = new ContactId("00000000-0000-0000-0000-0000000000c1");
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

    @Nested
    class Naming {
        @Test
        void namesATheme() {
            fixture.givenNoPriorActivity()
                    .when(new NameTheme(
                            THEME, RENKUM, NAME, STORY, List.of(DOORWERTH, OOSTERBEEK), CYCLE, null, NAMED_ON))
                    .expectEvents(new ThemeNamed(
                            THEME,
                            RENKUM,
                            NAME,
                            STORY,
                            List.of(DOORWERTH, OOSTERBEEK),
                            CYCLE,
                            nl.netwerkregie.values.Recurrence.RECURRING,
                            NAMED_ON));
        }

        @Test
        void refusesABuurtOutsideTheMunicipality() {
            expectRule(
                    fixture.givenNoPriorActivity()
                            .when(new NameTheme(
                                    THEME,
                                    RENKUM,
                                    NAME,
                                    STORY,
                                    List.of(DOORWERTH, ARNHEM_CENTRUM),
                                    CYCLE,
                                    null,
                                    NAMED_ON)),
                    "buurt-outside-municipality");
        }

        @Test
        void refusesNoBuurten() {
            fixture.givenNoPriorActivity()
                    .when(new NameTheme(THEME, RENKUM, NAME, STORY, List.of(), CYCLE, null, NAMED_ON))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesABuurtNamedTwice() {
            fixture.givenNoPriorActivity()
                    .when(new NameTheme(
                            THEME, RENKUM, NAME, STORY, List.of(DOORWERTH, DOORWERTH), CYCLE, null, NAMED_ON))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void renamesATheme() {
            fixture.given(themeNamed())
                    .when(new RenameTheme(THEME, RENKUM, new ThemeName("Ontdek de ruimte"), day("2025-01-01")))
                    .expectEvents(new ThemeRenamed(THEME, new ThemeName("Ontdek de ruimte"), day("2025-01-01")));
        }

        @Test
        void refusesARenameToTheSameName() {
            expectRule(
                    fixture.given(themeNamed()).when(new RenameTheme(THEME, RENKUM, NAME, day("2025-01-01"))),
                    "name-unchanged");
        }

        @Test
        void refusesACommandForAnotherMunicipalitysTheme() {
            fixture.given(themeNamed())
                    .when(new RenameTheme(THEME, ARNHEM, new ThemeName("Elders"), day("2025-01-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnEffectiveDateBeforeTheThemeWasNamed() {
            expectRule(
                    fixture.given(themeNamed())
                            .when(new RenameTheme(THEME, RENKUM, new ThemeName("Te vroeg"), day("2023-12-31"))),
                    "before-theme-named");
        }

        @Test
        void changesTheStory() {
            Story story = new Story("Een nieuw verhaal.");
            fixture.given(themeNamed())
                    .when(new ChangeThemeStory(THEME, RENKUM, story, day("2024-05-01")))
                    .expectEvents(new ThemeStoryChanged(THEME, story, day("2024-05-01")));
        }

        @Test
        void changesTheBuurten() {
            fixture.given(themeNamed())
                    .when(new ChangeThemeBuurten(THEME, RENKUM, List.of(OOSTERBEEK), day("2024-05-01")))
                    .expectEvents(new ThemeBuurtenChanged(THEME, List.of(OOSTERBEEK), day("2024-05-01")));
        }

        @Test
        void refusesBuurtenOfAnotherMunicipality() {
            expectRule(
                    fixture.given(themeNamed())
                            .when(new ChangeThemeBuurten(THEME, RENKUM, List.of(ARNHEM_CENTRUM), day("2024-05-01"))),
                    "buurt-outside-municipality");
        }
    }

    @Nested
    class Ingredients {
        private final List<Ingredient> two = List.of(
                new Ingredient(SPEELTUIN, IngredientKind.IDEA, "Een speeltuin"),
                new Ingredient(DORPSHUIS, IngredientKind.BUILDING, "Het dorpshuis"));

        @Test
        void addsIngredientsWithWriterAndSession() {
            AnalysisSession session = new AnalysisSession(INGREDIENTS_ON, List.of(ANNA, BIBLIOTHEEK));
            fixture.given(themeNamed())
                    .when(new AddIngredients(THEME, RENKUM, two, ANNA, session, INGREDIENTS_ON))
                    .expectEvents(new IngredientsAdded(THEME, two, ANNA, session, INGREDIENTS_ON));
        }

        @Test
        void allowsDuplicateTexts() {
            List<Ingredient> same = List.of(
                    new Ingredient(SPEELTUIN, IngredientKind.IDEA, "Speeltuin"),
                    new Ingredient(DORPSHUIS, IngredientKind.IDEA, "Speeltuin"));
            fixture.given(themeNamed())
                    .when(new AddIngredients(THEME, RENKUM, same, null, null, INGREDIENTS_ON))
                    .expectEvents(new IngredientsAdded(THEME, same, null, null, INGREDIENTS_ON));
        }

        @Test
        void refusesAnUnknownWriter() {
            fixture.given(themeNamed())
                    .when(new AddIngredients(THEME, RENKUM, two, UNKNOWN, null, INGREDIENTS_ON))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void recordsAPersonIngredientAsItsActorWithTheTextSealed() {
            nl.netwerkregie.values.SealedPersonalData sealed =
                    new nl.netwerkregie.values.SealedPersonalData(ANNA.value(), "AES-256-GCM", "c2VhbGVk");
            List<Ingredient> person = List.of(new Ingredient(
                    new IngredientId("00000000-0000-0000-0000-0000000000b9"),
                    IngredientKind.PERSON,
                    null,
                    ANNA,
                    sealed));
            fixture.given(themeNamed())
                    .when(new AddIngredients(THEME, RENKUM, person, null, null, INGREDIENTS_ON))
                    .expectEvents(new IngredientsAdded(THEME, person, null, null, INGREDIENTS_ON));
        }

        @Test
        void refusesAPersonIngredientNamingAnActorOfAnotherMunicipality() {
            List<Ingredient> elsewhere = List.of(new Ingredient(
                    new IngredientId("00000000-0000-0000-0000-0000000000b9"),
                    IngredientKind.PERSON,
                    null,
                    ELSEWHERE,
                    null));
            fixture.given(themeNamed())
                    .when(new AddIngredients(THEME, RENKUM, elsewhere, null, null, INGREDIENTS_ON))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesASessionParticipantOfAnotherMunicipality() {
            fixture.given(themeNamed())
                    .when(new AddIngredients(
                            THEME,
                            RENKUM,
                            two,
                            null,
                            new AnalysisSession(INGREDIENTS_ON, List.of(ELSEWHERE)),
                            INGREDIENTS_ON))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnEmptyList() {
            fixture.given(themeNamed())
                    .when(new AddIngredients(THEME, RENKUM, List.of(), null, null, INGREDIENTS_ON))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnIngredientIdThatExists() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded())
                            .when(new AddIngredients(THEME, RENKUM, two, null, null, INGREDIENTS_ON)),
                    "ingredient-exists");
        }

        @Test
        void withdrawsAnIngredient() {
            fixture.given(themeNamed(), ingredientsAdded())
                    .when(new WithdrawIngredient(THEME, RENKUM, DORPSHUIS, day("2024-06-01")))
                    .expectEvents(new IngredientWithdrawn(THEME, DORPSHUIS, day("2024-06-01")));
        }

        @Test
        void refusesToWithdrawAnUnknownIngredient() {
            fixture.given(themeNamed(), ingredientsAdded())
                    .when(new WithdrawIngredient(
                            THEME, RENKUM, new IngredientId("00000000-0000-0000-0000-0000000000bf"), day("2024-06-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToWithdrawTwice() {
            expectRule(
                    fixture.given(
                                    themeNamed(),
                                    ingredientsAdded(),
                                    new IngredientWithdrawn(THEME, DORPSHUIS, day("2024-06-01")))
                            .when(new WithdrawIngredient(THEME, RENKUM, DORPSHUIS, day("2024-07-01"))),
                    "ingredient-already-withdrawn");
        }

        @Test
        void placesAnIngredientInABuurtAndInNone() {
            nl.netwerkregie.values.BuurtCode buurt = new nl.netwerkregie.values.BuurtCode("BU02740101");
            fixture.given(themeNamed(), ingredientsAdded())
                    .when(new PlaceIngredient(THEME, RENKUM, DORPSHUIS, buurt, day("2024-06-01")))
                    .expectEvents(
                            new nl.netwerkregie.events.IngredientPlaced(THEME, DORPSHUIS, buurt, day("2024-06-01")));
            fixture.given(themeNamed(), ingredientsAdded())
                    .when(new PlaceIngredient(THEME, RENKUM, DORPSHUIS, null, day("2024-06-01")))
                    .expectEvents(
                            new nl.netwerkregie.events.IngredientPlaced(THEME, DORPSHUIS, null, day("2024-06-01")));
        }

        @Test
        void refusesPlacementsThatBreakARule() {
            nl.netwerkregie.values.BuurtCode elsewhere = new nl.netwerkregie.values.BuurtCode("BU02020101");
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded())
                            .when(new PlaceIngredient(THEME, RENKUM, DORPSHUIS, elsewhere, day("2024-06-01"))),
                    "buurt-outside-municipality");
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded())
                            .when(new PlaceIngredient(THEME, RENKUM, DORPSHUIS, null, day("2024-01-20"))),
                    "before-ingredient-added");
            expectRule(
                    fixture.given(
                                    themeNamed(),
                                    ingredientsAdded(),
                                    new IngredientWithdrawn(THEME, DORPSHUIS, day("2024-06-01")))
                            .when(new PlaceIngredient(THEME, RENKUM, DORPSHUIS, null, day("2024-06-01"))),
                    "ingredient-already-withdrawn");
            fixture.given(themeNamed(), ingredientsAdded())
                    .when(new PlaceIngredient(
                            THEME,
                            RENKUM,
                            new IngredientId("00000000-0000-0000-0000-0000000000bf"),
                            null,
                            day("2024-06-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
            fixture.given(themeNamed(), ingredientsAdded())
                    .when(new PlaceIngredient(
                            THEME,
                            new nl.netwerkregie.values.MunicipalityCode("GM0202"),
                            DORPSHUIS,
                            null,
                            day("2024-06-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToWithdrawBeforeItWasAdded() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded())
                            .when(new WithdrawIngredient(THEME, RENKUM, DORPSHUIS, day("2024-01-20"))),
                    "before-ingredient-added");
        }
    }

    @Nested
    class Schakels {
        @Test
        void addsASchakel() {
            fixture.given(themeNamed(), ingredientsAdded())
                    .when(new AddSchakel(THEME, RENKUM, ANNA, List.of(SPEELTUIN, SPEELTUIN), day("2024-02-10")))
                    .expectEvents(new SchakelAdded(THEME, ANNA, List.of(SPEELTUIN), day("2024-02-10")));
        }

        @Test
        void refusesAnUnknownActor() {
            fixture.given(themeNamed(), ingredientsAdded())
                    .when(new AddSchakel(THEME, RENKUM, UNKNOWN, List.of(SPEELTUIN), day("2024-02-10")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnActorOfAnotherMunicipality() {
            fixture.given(themeNamed(), ingredientsAdded())
                    .when(new AddSchakel(THEME, RENKUM, ELSEWHERE, List.of(SPEELTUIN), day("2024-02-10")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnUnknownIngredient() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded())
                            .when(new AddSchakel(
                                    THEME,
                                    RENKUM,
                                    ANNA,
                                    List.of(new IngredientId("00000000-0000-0000-0000-0000000000bf")),
                                    day("2024-02-10"))),
                    "unknown-ingredient");
        }

        @Test
        void refusesAnIngredientNotYetAddedOnTheEffectiveDate() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded())
                            .when(new AddSchakel(THEME, RENKUM, ANNA, List.of(SPEELTUIN), day("2024-01-15"))),
                    "unknown-ingredient");
        }

        @Test
        void refusesAnActorThatIsAlreadySchakel() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                            .when(new AddSchakel(THEME, RENKUM, ANNA, List.of(DORPSHUIS), day("2024-03-01"))),
                    "already-schakel");
        }

        @Test
        void refusesASchakelWithoutIngredients() {
            fixture.given(themeNamed(), ingredientsAdded())
                    .when(new AddSchakel(THEME, RENKUM, ANNA, List.of(), day("2024-02-10")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void linksMoreIngredients() {
            fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                    .when(new LinkSchakel(THEME, RENKUM, ANNA, List.of(DORPSHUIS), day("2024-03-01")))
                    .expectEvents(new SchakelLinked(THEME, ANNA, List.of(DORPSHUIS), day("2024-03-01")));
        }

        @Test
        void refusesToLinkAnIngredientAlreadyLinked() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                            .when(new LinkSchakel(THEME, RENKUM, ANNA, List.of(SPEELTUIN), day("2024-03-01"))),
                    "already-linked");
        }

        @Test
        void refusesToLinkForAnActorThatIsNoSchakel() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded())
                            .when(new LinkSchakel(THEME, RENKUM, BIBLIOTHEEK, List.of(SPEELTUIN), day("2024-03-01"))),
                    "not-a-schakel");
        }

        @Test
        void refusesToLinkAWithdrawnIngredient() {
            expectRule(
                    fixture.given(
                                    themeNamed(),
                                    ingredientsAdded(),
                                    annaIsSchakel(),
                                    new IngredientWithdrawn(THEME, DORPSHUIS, day("2024-02-20")))
                            .when(new LinkSchakel(THEME, RENKUM, ANNA, List.of(DORPSHUIS), day("2024-03-01"))),
                    "unknown-ingredient");
        }

        @Test
        void unlinksAnIngredient() {
            fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                    .when(new UnlinkSchakel(THEME, RENKUM, ANNA, List.of(SPEELTUIN), day("2024-03-01")))
                    .expectEvents(new SchakelUnlinked(THEME, ANNA, List.of(SPEELTUIN), day("2024-03-01")));
        }

        @Test
        void refusesToUnlinkAnIngredientNotLinked() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                            .when(new UnlinkSchakel(THEME, RENKUM, ANNA, List.of(DORPSHUIS), day("2024-03-01"))),
                    "not-linked");
        }

        @Test
        void invitesASchakelToMakeItsOwnAnalysis() {
            fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                    .when(new InviteSchakelToAnalyse(THEME, RENKUM, ANNA, day("2024-03-01")))
                    .expectEvents(new SchakelInvitedToAnalyse(THEME, ANNA, day("2024-03-01")));
        }

        @Test
        void refusesToInviteAnActorThatIsNoSchakelToAnalyse() {
            expectRule(
                    fixture.given(themeNamed())
                            .when(new InviteSchakelToAnalyse(THEME, RENKUM, ANNA, day("2024-03-01"))),
                    "not-a-schakel");
        }
    }

    @Nested
    class Contacts {
        private final Story story = new Story("Wat geeft de buurt energie?");

        @Test
        void preparesAContact() {
            fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                    .when(new PrepareContact(
                            THEME, RENKUM, CONTACT, List.of(ANNA), ContactForm.INDIVIDUAL, story, day("2024-03-01")))
                    .expectEvents(new ContactPrepared(
                            THEME, CONTACT, List.of(ANNA), ContactForm.INDIVIDUAL, story, day("2024-03-01")));
        }

        @Test
        void refusesAContactWithAnActorThatIsNoSchakel() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                            .when(new PrepareContact(
                                    THEME,
                                    RENKUM,
                                    CONTACT,
                                    List.of(ANNA, BIBLIOTHEEK),
                                    ContactForm.GROUP,
                                    story,
                                    day("2024-03-01"))),
                    "not-a-schakel");
        }

        @Test
        void refusesAnIndividualContactWithSeveralSchakels() {
            fixture.given(
                            themeNamed(),
                            ingredientsAdded(),
                            annaIsSchakel(),
                            new SchakelAdded(THEME, BIBLIOTHEEK, List.of(DORPSHUIS), day("2024-02-10")))
                    .when(new PrepareContact(
                            THEME,
                            RENKUM,
                            CONTACT,
                            List.of(ANNA, BIBLIOTHEEK),
                            ContactForm.INDIVIDUAL,
                            story,
                            day("2024-03-01")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void recordsAContactMade() {
            fixture.given(
                            themeNamed(),
                            ingredientsAdded(),
                            annaIsSchakel(),
                            new ContactPrepared(
                                    THEME, CONTACT, List.of(ANNA), ContactForm.INDIVIDUAL, story, day("2024-03-01")))
                    .when(new RecordContactMade(THEME, RENKUM, CONTACT, new Story("Ze doet mee."), day("2024-03-08")))
                    .expectEvents(new ContactMade(THEME, CONTACT, new Story("Ze doet mee."), day("2024-03-08")));
        }

        @Test
        void refusesAnUnknownContact() {
            fixture.given(themeNamed())
                    .when(new RecordContactMade(THEME, RENKUM, CONTACT, new Story("?"), day("2024-03-08")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAContactMadeBeforeItWasPrepared() {
            expectRule(
                    fixture.given(
                                    themeNamed(),
                                    ingredientsAdded(),
                                    annaIsSchakel(),
                                    new ContactPrepared(
                                            THEME,
                                            CONTACT,
                                            List.of(ANNA),
                                            ContactForm.INDIVIDUAL,
                                            story,
                                            day("2024-03-01")))
                            .when(new RecordContactMade(THEME, RENKUM, CONTACT, new Story("?"), day("2024-02-20"))),
                    "before-contact-prepared");
        }

        @Test
        void refusesAContactMadeTwice() {
            expectRule(
                    fixture.given(
                                    themeNamed(),
                                    ingredientsAdded(),
                                    annaIsSchakel(),
                                    new ContactPrepared(
                                            THEME,
                                            CONTACT,
                                            List.of(ANNA),
                                            ContactForm.INDIVIDUAL,
                                            story,
                                            day("2024-03-01")),
                                    new ContactMade(THEME, CONTACT, new Story("Ja."), day("2024-03-08")))
                            .when(new RecordContactMade(
                                    THEME, RENKUM, CONTACT, new Story("Nog eens."), day("2024-03-09"))),
                    "contact-already-made");
        }
    }

    @Nested
    class Positions {
        @Test
        void takesSeveralPositionsAtOnce() {
            fixture.given(themeNamed())
                    .when(new ShiftPosition(
                            THEME,
                            RENKUM,
                            ANNA,
                            Set.of(Position.INITIATOR, Position.SCHAKEL),
                            Set.of(),
                            day("2024-03-01")))
                    .expectEvents(shifted(ANNA, Set.of(Position.INITIATOR, Position.SCHAKEL), Set.of(), "2024-03-01"));
        }

        @Test
        void leavesOneAndTakesAnother() {
            fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.INITIATOR), Set.of(), "2024-03-01"))
                    .when(new ShiftPosition(
                            THEME,
                            RENKUM,
                            ANNA,
                            Set.of(Position.PARTNER),
                            Set.of(Position.INITIATOR),
                            day("2024-09-01")))
                    .expectEvents(shifted(ANNA, Set.of(Position.PARTNER), Set.of(Position.INITIATOR), "2024-09-01"));
        }

        @Test
        void takesBackAShiftAndCorrectsAnother() {
            // the theme's event 1 is Anna taking INITIATOR: taken back without replacement
            fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.INITIATOR), Set.of(), "2024-03-01"))
                    .when(new RetractPositionShift(
                            THEME, RENKUM, 1, "Wrong actor", Set.of(), Set.of(), day("2024-05-01"), day("2024-05-01")))
                    .expectEvents(new nl.netwerkregie.events.PositionShiftRetracted(
                            THEME, ANNA, 1, "Wrong actor", false, day("2024-05-01")));
            // corrected: PARTNER instead, judged without the shift taken back (so INITIATOR is not held)
            fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.INITIATOR), Set.of(), "2024-03-01"))
                    .when(new RetractPositionShift(
                            THEME,
                            RENKUM,
                            1,
                            "Partner, not initiator",
                            Set.of(Position.PARTNER),
                            Set.of(),
                            day("2024-03-01"),
                            day("2024-05-01")))
                    .expectEvents(
                            new nl.netwerkregie.events.PositionShiftRetracted(
                                    THEME, ANNA, 1, "Partner, not initiator", true, day("2024-05-01")),
                            shifted(ANNA, Set.of(Position.PARTNER), Set.of(), "2024-03-01"));
        }

        @Test
        void citesEvidenceForAShiftAndRefusesWhatTheThemeDoesNotHold() {
            nl.netwerkregie.events.ContactPrepared prepared = new nl.netwerkregie.events.ContactPrepared(
                    THEME,
                    CONTACT,
                    List.of(ANNA),
                    nl.netwerkregie.values.ContactForm.INDIVIDUAL,
                    new Story("Kennismaking"),
                    day("2024-03-01"));
            nl.netwerkregie.events.ContactMade made = new nl.netwerkregie.events.ContactMade(
                    THEME, CONTACT, new Story("Ze doet mee."), day("2024-03-08"));
            nl.netwerkregie.events.ManifestationHarvestRecorded harvest =
                    new nl.netwerkregie.events.ManifestationHarvestRecorded(
                            THEME,
                            1,
                            List.of(new nl.netwerkregie.values.HarvestItem(
                                    nl.netwerkregie.values.HarvestItemKind.values()[0], "Oogst", List.of(), List.of())),
                            day("2024-04-01"));
            List<nl.netwerkregie.values.Evidence> evidence = List.of(
                    new nl.netwerkregie.values.Evidence(nl.netwerkregie.values.Evidence.Kind.CONTACT, CONTACT.value()),
                    new nl.netwerkregie.values.Evidence(nl.netwerkregie.values.Evidence.Kind.HARVEST, "4"),
                    new nl.netwerkregie.values.Evidence(nl.netwerkregie.values.Evidence.Kind.DOCUMENT, "Verslag"));
            Object shift = shifted(ANNA, Set.of(Position.INITIATOR), Set.of(), "2024-03-01");
            fixture.given(themeNamed(), shift, prepared, made, harvest)
                    .when(new CitePositionEvidence(THEME, RENKUM, 1, evidence, day("2024-04-02")))
                    .expectEvents(new nl.netwerkregie.events.PositionEvidenceCited(
                            THEME, ANNA, 1, evidence, day("2024-04-02")));
            // a contact prepared but not made shows nothing yet
            expectRule(
                    fixture.given(themeNamed(), shift, prepared)
                            .when(new CitePositionEvidence(
                                    THEME, RENKUM, 1, evidence.subList(0, 1), day("2024-04-02"))),
                    "evidence-not-found");
            expectRule(
                    fixture.given(themeNamed(), shift)
                            .when(new CitePositionEvidence(
                                    THEME,
                                    RENKUM,
                                    1,
                                    List.of(new nl.netwerkregie.values.Evidence(
                                            nl.netwerkregie.values.Evidence.Kind.MEETING, CONTACT.value())),
                                    day("2024-04-02"))),
                    "evidence-not-found");
            expectRule(
                    fixture.given(themeNamed(), shift)
                            .when(new CitePositionEvidence(
                                    THEME, RENKUM, 1, evidence.subList(1, 2), day("2024-04-02"))),
                    "evidence-not-found");
            expectRule(
                    fixture.given(
                                    themeNamed(),
                                    shift,
                                    new nl.netwerkregie.events.PositionShiftRetracted(
                                            THEME, ANNA, 1, "x", false, day("2024-05-01")))
                            .when(new CitePositionEvidence(
                                    THEME, RENKUM, 1, evidence.subList(2, 3), day("2024-05-02"))),
                    "position-shift-retracted");
            fixture.given(themeNamed(), shift)
                    .when(new CitePositionEvidence(THEME, RENKUM, 0, evidence.subList(2, 3), day("2024-05-02")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesRetractionsThatBreakARule() {
            nl.netwerkregie.events.PositionShiftRetracted gone =
                    new nl.netwerkregie.events.PositionShiftRetracted(THEME, ANNA, 1, "x", false, day("2024-05-01"));
            expectRule(
                    fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.INITIATOR), Set.of(), "2024-03-01"), gone)
                            .when(new RetractPositionShift(
                                    THEME,
                                    RENKUM,
                                    1,
                                    "again",
                                    Set.of(),
                                    Set.of(),
                                    day("2024-05-02"),
                                    day("2024-05-02"))),
                    "position-shift-retracted");
            fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.INITIATOR), Set.of(), "2024-03-01"))
                    .when(new RetractPositionShift(
                            THEME, RENKUM, 0, "the naming", Set.of(), Set.of(), day("2024-05-01"), day("2024-05-01")))
                    .expectException(nl.netwerkregie.platform.domain.UnknownResourceException.class)
                    .expectNoEvents();
            // without the shift taken back, Anna holds nothing to leave
            expectRule(
                    fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.INITIATOR), Set.of(), "2024-03-01"))
                            .when(new RetractPositionShift(
                                    THEME,
                                    RENKUM,
                                    1,
                                    "x",
                                    Set.of(),
                                    Set.of(Position.INITIATOR),
                                    day("2024-03-01"),
                                    day("2024-05-01"))),
                    "position-not-held");
            fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.INITIATOR), Set.of(), "2024-03-01"))
                    .when(new RetractPositionShift(
                            THEME,
                            new nl.netwerkregie.values.MunicipalityCode("GM0202"),
                            1,
                            "x",
                            Set.of(),
                            Set.of(),
                            day("2024-05-01"),
                            day("2024-05-01")))
                    .expectException(nl.netwerkregie.platform.domain.UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void judgesABackDatedShiftOnItsEffectiveDate() {
            // Anna took PARTNER on 1 June; a shift back-dated to 1 April cannot leave PARTNER yet ...
            expectRule(
                    fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.PARTNER), Set.of(), "2024-06-01"))
                            .when(new ShiftPosition(
                                    THEME, RENKUM, ANNA, Set.of(), Set.of(Position.PARTNER), day("2024-04-01"))),
                    "position-not-held");
        }

        @Test
        void acceptsABackDatedShiftConsistentWithItsDate() {
            // ... but it can take INITIATOR then, although that is recorded after the June shift
            fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.PARTNER), Set.of(), "2024-06-01"))
                    .when(new ShiftPosition(
                            THEME, RENKUM, ANNA, Set.of(Position.INITIATOR), Set.of(), day("2024-04-01")))
                    .expectEvents(shifted(ANNA, Set.of(Position.INITIATOR), Set.of(), "2024-04-01"));
        }

        @Test
        void refusesToLeaveAPositionNotHeld() {
            expectRule(
                    fixture.given(themeNamed())
                            .when(new ShiftPosition(
                                    THEME, RENKUM, ANNA, Set.of(), Set.of(Position.USER), day("2024-03-01"))),
                    "position-not-held");
        }

        @Test
        void refusesToTakeAPositionAlreadyHeld() {
            expectRule(
                    fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.USER), Set.of(), "2024-03-01"))
                            .when(new ShiftPosition(
                                    THEME, RENKUM, ANNA, Set.of(Position.USER), Set.of(), day("2024-04-01"))),
                    "position-already-held");
        }

        @Test
        void refusesAShiftThatTakesAndLeavesTheSamePosition() {
            fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.USER), Set.of(), "2024-03-01"))
                    .when(new ShiftPosition(
                            THEME, RENKUM, ANNA, Set.of(Position.USER), Set.of(Position.USER), day("2024-04-01")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAnEmptyShift() {
            fixture.given(themeNamed())
                    .when(new ShiftPosition(THEME, RENKUM, ANNA, Set.of(), Set.of(), day("2024-04-01")))
                    .expectException(InvalidInputException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAShiftOfAnUnknownActor() {
            fixture.given(themeNamed())
                    .when(new ShiftPosition(THEME, RENKUM, UNKNOWN, Set.of(Position.USER), Set.of(), day("2024-04-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }

        @Test
        void invitesAnActorToAnotherPosition() {
            fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.USER), Set.of(), "2024-03-01"))
                    .when(new InviteToPosition(THEME, RENKUM, ANNA, Position.SCHAKEL, day("2024-04-01")))
                    .expectEvents(new InvitedToPosition(THEME, ANNA, Position.SCHAKEL, day("2024-04-01")));
        }

        @Test
        void refusesToInviteToAPositionAlreadyHeld() {
            expectRule(
                    fixture.given(themeNamed(), shifted(ANNA, Set.of(Position.USER), Set.of(), "2024-03-01"))
                            .when(new InviteToPosition(THEME, RENKUM, ANNA, Position.USER, day("2024-04-01"))),
                    "position-already-held");
        }

        @Test
        void refusesToInviteAnUnknownActor() {
            fixture.given(themeNamed())
                    .when(new InviteToPosition(THEME, RENKUM, UNKNOWN, Position.USER, day("2024-04-01")))
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }
    }

    /** Rules that depend on time, judged on the effective date when the command is back-dated. */
    @Nested
    class BackDated {
        private final ContactForm individual = ContactForm.INDIVIDUAL;

        @Test
        void refusesAnUnlinkDatedBeforeTheSchakelExisted() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                            .when(new UnlinkSchakel(THEME, RENKUM, ANNA, List.of(SPEELTUIN), day("2024-02-05"))),
                    "before-schakel-added");
        }

        @Test
        void refusesAnUnlinkOfAnIngredientLinkedOnlyLater() {
            expectRule(
                    fixture.given(
                                    themeNamed(),
                                    ingredientsAdded(),
                                    annaIsSchakel(),
                                    new SchakelLinked(THEME, ANNA, List.of(DORPSHUIS), day("2024-05-01")))
                            .when(new UnlinkSchakel(THEME, RENKUM, ANNA, List.of(DORPSHUIS), day("2024-03-01"))),
                    "not-linked");
        }

        @Test
        void acceptsAnUnlinkOnADateTheLinkHeldThoughItWasDroppedLater() {
            fixture.given(
                            themeNamed(),
                            ingredientsAdded(),
                            annaIsSchakel(),
                            new SchakelUnlinked(THEME, ANNA, List.of(SPEELTUIN), day("2024-06-01")))
                    .when(new UnlinkSchakel(THEME, RENKUM, ANNA, List.of(SPEELTUIN), day("2024-03-01")))
                    .expectEvents(new SchakelUnlinked(THEME, ANNA, List.of(SPEELTUIN), day("2024-03-01")));
        }

        @Test
        void acceptsALinkOnADateBeforeALaterLinkOfTheSameIngredient() {
            fixture.given(
                            themeNamed(),
                            ingredientsAdded(),
                            annaIsSchakel(),
                            new SchakelLinked(THEME, ANNA, List.of(DORPSHUIS), day("2024-05-01")))
                    .when(new LinkSchakel(THEME, RENKUM, ANNA, List.of(DORPSHUIS), day("2024-03-01")))
                    .expectEvents(new SchakelLinked(THEME, ANNA, List.of(DORPSHUIS), day("2024-03-01")));
        }

        @Test
        void refusesALinkDatedBeforeTheSchakelExisted() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                            .when(new LinkSchakel(THEME, RENKUM, ANNA, List.of(DORPSHUIS), day("2024-02-05"))),
                    "before-schakel-added");
        }

        @Test
        void refusesALinkThatAlreadyHoldsOnThatDate() {
            expectRule(
                    fixture.given(
                                    themeNamed(),
                                    ingredientsAdded(),
                                    annaIsSchakel(),
                                    new SchakelLinked(THEME, ANNA, List.of(DORPSHUIS), day("2024-03-01")))
                            .when(new LinkSchakel(THEME, RENKUM, ANNA, List.of(DORPSHUIS), day("2024-04-01"))),
                    "already-linked");
        }

        @Test
        void refusesAnAnalysisInvitationDatedBeforeTheSchakelExisted() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                            .when(new InviteSchakelToAnalyse(THEME, RENKUM, ANNA, day("2024-02-01"))),
                    "before-schakel-added");
        }

        @Test
        void refusesAContactDatedBeforeTheActorWasASchakel() {
            expectRule(
                    fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                            .when(new PrepareContact(
                                    THEME, RENKUM, CONTACT, List.of(ANNA), individual, STORY, day("2024-02-09"))),
                    "not-a-schakel");
        }

        @Test
        void acceptsAContactOnTheDayTheActorBecameASchakel() {
            fixture.given(themeNamed(), ingredientsAdded(), annaIsSchakel())
                    .when(new PrepareContact(
                            THEME, RENKUM, CONTACT, List.of(ANNA), individual, STORY, day("2024-02-10")))
                    .expectEvents(
                            new ContactPrepared(THEME, CONTACT, List.of(ANNA), individual, STORY, day("2024-02-10")));
        }

        @Test
        void judgesARenameOnTheNameOfItsDateNotTheLatestName() {
            ThemeName later = new ThemeName("Vrolijk groot worden");
            fixture.given(themeNamed(), new ThemeRenamed(THEME, later, day("2025-06-01")))
                    .when(new RenameTheme(THEME, RENKUM, later, day("2025-01-01")))
                    .expectEvents(new ThemeRenamed(THEME, later, day("2025-01-01")));
        }

        @Test
        void refusesABackDatedRenameToTheNameTheThemeHadThen() {
            expectRule(
                    fixture.given(
                                    themeNamed(),
                                    new ThemeRenamed(THEME, new ThemeName("Vrolijk groot worden"), day("2025-06-01")))
                            .when(new RenameTheme(THEME, RENKUM, NAME, day("2025-01-01"))),
                    "name-unchanged");
        }

        @Test
        void storesPositionsInRingOrderWhateverOrderTheyCameIn() {
            java.util.LinkedHashSet<Position> reversed =
                    new java.util.LinkedHashSet<>(List.of(Position.SUPPLIER, Position.PARTNER));
            PositionShifted shifted = new PositionShifted(THEME, ANNA, reversed, Set.of(), day("2024-03-01"));
            org.assertj.core.api.Assertions.assertThat(shifted.taken())
                    .containsExactly(Position.PARTNER, Position.SUPPLIER);
        }
    }
}
