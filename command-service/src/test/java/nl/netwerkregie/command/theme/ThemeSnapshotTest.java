package nl.netwerkregie.command.theme;

import static nl.netwerkregie.command.theme.ThemeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.netwerkregie.events.ContactPrepared;
import nl.netwerkregie.events.IngredientWithdrawn;
import nl.netwerkregie.events.SchakelUnlinked;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.platform.json.JsonConfiguration;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * A theme survives its snapshot: written with the snapshot serializer and read back, it has the same
 * state (every dated name, presence, link change, contact and shift). The system tests run the
 * services with a low snapshot threshold and no cache, so every rule there is judged on themes loaded
 * from snapshots.
 */
class ThemeSnapshotTest {
    private static final JacksonSerializer SNAPSHOTS = JacksonSerializer.builder()
            .objectMapper(JsonConfiguration.eventMapper())
            .build();

    @Test
    void aThemeReadBackFromItsSnapshotHasTheSameState() {
        AggregateTestFixture<Theme> fixture = new AggregateTestFixture<>(Theme.class);
        fixture.registerInjectableResource(actors());
        fixture.given(
                        themeNamed(),
                        ingredientsAdded(),
                        annaIsSchakel(),
                        new ThemeRenamed(THEME, new ThemeName("Ontdek de ruimte"), day("2024-03-01")),
                        new SchakelUnlinked(THEME, ANNA, List.of(SPEELTUIN), day("2024-04-01")),
                        new IngredientWithdrawn(THEME, DORPSHUIS, day("2024-05-01")),
                        new ContactPrepared(
                                THEME,
                                new ContactId("00000000-0000-0000-0000-0000000000c1"),
                                List.of(ANNA),
                                ContactForm.INDIVIDUAL,
                                new Story("Koffie bij Anna."),
                                day("2024-04-15")),
                        shifted(ANNA, Set.of(Position.PARTNER, Position.INITIATOR), Set.of(), "2024-02-15"),
                        shifted(ANNA, Set.of(), Set.of(Position.PARTNER), "2024-06-01"))
                .when(new RenameTheme(THEME, RENKUM, new ThemeName("Samen sterk"), day("2024-07-01")))
                .expectState(theme -> {
                    SerializedObject<String> snapshot = SNAPSHOTS.serialize(theme, String.class);
                    Theme back = SNAPSHOTS.deserialize(snapshot);
                    assertThat(back).isNotSameAs(theme);
                    assertThat(SNAPSHOTS.serialize(back, String.class).getData())
                            .isEqualTo(snapshot.getData());
                    assertThat(snapshot.getData())
                            .contains(
                                    "\"linked\":false",
                                    "\"until\":\"2024-05-01\"",
                                    "Ontdek de ruimte",
                                    "Samen sterk",
                                    "\"taken\":[\"INITIATOR\",\"PARTNER\"]",
                                    "\"namedOn\":\"2024-01-10\"");
                });
    }
}
