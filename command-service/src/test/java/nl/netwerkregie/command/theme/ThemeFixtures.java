package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.netwerkregie.command.actor.ActorDirectory;
import nl.netwerkregie.events.IngredientsAdded;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.SchakelAdded;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.IngredientKind;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;

/** Test data for the theme aggregate: one theme in Renkum with known actors and ingredients. */
final class ThemeFixtures {
    static final ThemeId THEME = new ThemeId("00000000-0000-0000-0000-000000000001");
    static final MunicipalityCode RENKUM = new MunicipalityCode("GM0274");
    static final MunicipalityCode ARNHEM = new MunicipalityCode("GM0202");
    static final BuurtCode DOORWERTH = new BuurtCode("BU02740101");
    static final BuurtCode OOSTERBEEK = new BuurtCode("BU02740201");
    static final BuurtCode ARNHEM_CENTRUM = new BuurtCode("BU02020101");
    static final ThemeName NAME = new ThemeName("Versterken van buurtkracht");
    static final Story STORY = new Story("Samen bouwen aan een vitale omgeving.");
    static final DevelopmentPeriod CYCLE = new DevelopmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
    static final LocalDate NAMED_ON = LocalDate.of(2024, 1, 10);
    static final ActorId ANNA = new ActorId("00000000-0000-0000-0000-0000000000a1");
    static final ActorId BIBLIOTHEEK = new ActorId("00000000-0000-0000-0000-0000000000a2");
    static final ActorId ELSEWHERE = new ActorId("00000000-0000-0000-0000-0000000000a3");
    static final ActorId UNKNOWN = new ActorId("00000000-0000-0000-0000-0000000000ff");
    static final IngredientId SPEELTUIN = new IngredientId("00000000-0000-0000-0000-0000000000b1");
    static final IngredientId DORPSHUIS = new IngredientId("00000000-0000-0000-0000-0000000000b2");
    static final LocalDate INGREDIENTS_ON = LocalDate.of(2024, 2, 1);

    private ThemeFixtures() {}

    /** Anna and the library are actors in Renkum; another actor lives in Arnhem. */
    static ActorDirectory actors() {
        Map<ActorId, MunicipalityCode> known = new HashMap<>();
        known.put(ANNA, RENKUM);
        known.put(BIBLIOTHEEK, RENKUM);
        known.put(ELSEWHERE, ARNHEM);
        return id -> Optional.ofNullable(known.get(id));
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static ThemeNamed themeNamed() {
        return new ThemeNamed(
                THEME,
                RENKUM,
                NAME,
                STORY,
                List.of(DOORWERTH),
                CYCLE,
                nl.netwerkregie.values.Recurrence.RECURRING,
                NAMED_ON);
    }

    static IngredientsAdded ingredientsAdded() {
        return new IngredientsAdded(
                THEME,
                List.of(
                        new Ingredient(SPEELTUIN, IngredientKind.IDEA, "Een speeltuin"),
                        new Ingredient(DORPSHUIS, IngredientKind.BUILDING, "Het dorpshuis")),
                null,
                null,
                INGREDIENTS_ON);
    }

    static SchakelAdded annaIsSchakel() {
        return new SchakelAdded(THEME, ANNA, List.of(SPEELTUIN), day("2024-02-10"));
    }

    static PositionShifted shifted(ActorId actor, Set<Position> taken, Set<Position> left, String date) {
        return new PositionShifted(THEME, actor, taken, left, day(date));
    }
}
