package nl.netwerkregie.query.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.netwerkregie.platform.json.InstantText;
import nl.netwerkregie.values.Position;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The hand-written JSON of the shifts between two dates is, byte for byte, what the response mapper writes for the
 * same records the general way: names and reasons that need escaping, values left out, every set of positions,
 * recording times with and without fractions, dates inside and outside the days whose text is kept.
 */
class ShiftsJsonTest {
    private static final String[] TEXTS = {
        "Wijkteam Noord", "Zoë \"de\" Vries", "regel\neen\ttab \\ schuin", "\u0001 stuur", "emoji \uD83C\uDF31", ""
    };

    /** The response mapper's settings: ISO dates, absent values left out, the same modules. */
    private static Jackson2ObjectMapperBuilder responses() {
        return Jackson2ObjectMapperBuilder.json()
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .modules(new JavaTimeModule(), new BlackbirdModule(), InstantText.module());
    }

    @Test
    void theActorsAndTheirChangesAreWrittenAsTheMapperWritesTheRecords() throws Exception {
        ObjectMapper byHand = responses().build();
        ObjectMapper general = responses()
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    @Override
                    public Object findSerializer(Annotated a) {
                        return null; // every record the general way
                    }
                })
                .build();
        Random random = new Random(5);
        for (int round = 0; round < 50; round++) {
            ShiftsView view = view(random);
            String expected = general.writeValueAsString(view);
            assertThat(byHand.writeValueAsString(view)).isEqualTo(expected);
            assertThat(byHand.writeValueAsString(view.actors().get(0).changes()))
                    .isEqualTo(general.writeValueAsString(view.actors().get(0).changes()));
        }
        // the general way really is another writer: the check above compares two, not one with itself
        assertThat(general.getSerializerProviderInstance()
                        .findValueSerializer(ShiftsView.Change.class)
                        .getClass())
                .isNotEqualTo(ShiftsJson.ChangeWriter.class);
        assertThat(byHand.getSerializerProviderInstance()
                        .findValueSerializer(ShiftsView.Change.class)
                        .getClass())
                .isEqualTo(ShiftsJson.ChangeWriter.class);
    }

    @Test
    void theKeptJsonOfAnActorsChangesIsWhatTheMapperWritesAndFollowsLaterShifts() throws Exception {
        ObjectMapper byHand = responses().build();
        ObjectMapper general = responses()
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    @Override
                    public Object findSerializer(Annotated a) {
                        return null;
                    }
                })
                .build();
        Random random = new Random(9);
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int actor = 0; actor < 100; actor++) {
            ThemeNetwork.ActorEntry entry = new ThemeNetwork.ActorEntry();
            entry.actorId = "actor-" + actor;
            for (int seq = 0; seq < 1 + random.nextInt(20); seq++) {
                entry.shifts.add(new ThemeNetwork.ShiftEntry(
                        start.plusDays(random.nextInt(40)),
                        seq,
                        positions(random),
                        positions(random),
                        text(random),
                        instant(random)));
                for (int from = -1; from <= 40; from += 7) {
                    LocalDate after = start.plusDays(from);
                    LocalDate until = after.plusDays(1 + random.nextInt(30));
                    List<ShiftsView.Change> changes = entry.changesAfterUntil(after, until);
                    assertThat(changes)
                            .isInstanceOfAny(
                                    ShiftsJson.WrittenChanges.class, List.of().getClass());
                    ShiftsView.ActorShifts shifts = new ShiftsView.ActorShifts(
                            entry.actorId, text(random), entry.heldOn(after), entry.heldOn(until), changes);
                    String expected = general.writeValueAsString(List.of(shifts));
                    // the first write keeps the changes' JSON, the second takes it
                    assertThat(byHand.writeValueAsString(List.of(shifts))).isEqualTo(expected);
                    assertThat(byHand.writeValueAsString(List.of(shifts))).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aDateIsWrittenAsItsIsoTextInsideAndOutsideTheKeptDays() {
        for (LocalDate d : List.of(
                LocalDate.of(1899, 12, 31),
                LocalDate.of(1900, 1, 1),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2199, 12, 31),
                LocalDate.of(2200, 1, 1),
                LocalDate.of(-5, 3, 1),
                LocalDate.of(12345, 6, 7))) {
            assertThat(ShiftsJson.text(d)).isEqualTo(d.toString());
            assertThat(ShiftsJson.text(d)).isEqualTo(d.toString()); // kept, and still the same
        }
    }

    private static ShiftsView view(Random random) {
        List<ShiftsView.ActorShifts> actors = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int a = 0; a < count; a++) {
            List<ShiftsView.Change> changes = new ArrayList<>();
            for (int c = random.nextInt(5); c >= 0; c--) {
                changes.add(new ShiftsView.Change(
                        date(random), positions(random), positions(random), text(random), instant(random)));
            }
            actors.add(new ShiftsView.ActorShifts(
                    random.nextInt(5) == 0 ? null : "actor-" + a,
                    text(random),
                    positions(random),
                    positions(random),
                    random.nextInt(8) == 0 ? null : changes));
        }
        return new ShiftsView(
                "GM0001",
                "theme",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 1, 1),
                actors,
                List.of(new ShiftsView.PositionFlow(Position.PARTNER, 1, 2, 1, 0)),
                List.of(new ShiftsView.Transition("NONE", "USER", 3)));
    }

    private static String text(Random random) {
        return random.nextInt(4) == 0 ? null : TEXTS[random.nextInt(TEXTS.length)];
    }

    private static LocalDate date(Random random) {
        return random.nextInt(6) == 0
                ? null
                : LocalDate.of(1850 + random.nextInt(400), 1, 1).plusDays(random.nextInt(365));
    }

    private static Instant instant(Random random) {
        if (random.nextInt(6) == 0) {
            return null;
        }
        int[] nanos = {0, 123_000_000, 123_456_000, 123_456_789};
        return Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000), nanos[random.nextInt(4)]);
    }

    private static Set<Position> positions(Random random) {
        EnumSet<Position> out = EnumSet.noneOf(Position.class);
        for (Position p : Position.values()) {
            if (random.nextBoolean()) {
                out.add(p);
            }
        }
        return random.nextInt(10) == 0 ? null : out;
    }
}
