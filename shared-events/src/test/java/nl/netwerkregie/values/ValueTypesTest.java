package nl.netwerkregie.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

    @Test
    void theCanonicalSetOfPositionsIsUnmodifiableInRingOrderAndSharedBetweenEqualSets() {
        java.util.Set<Position> outer = Position.canonical(java.util.List.of(Position.USER, Position.INITIATOR));
        assertThat(outer).containsExactly(Position.INITIATOR, Position.USER);
        assertThat(Position.canonical(new java.util.HashSet<>(java.util.List.of(Position.INITIATOR, Position.USER))))
                .isSameAs(outer);
        assertThatThrownBy(() -> outer.add(Position.PARTNER)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Position.canonical(null)).isEmpty();
        assertThat(Position.canonical(java.util.List.of())).isSameAs(Position.canonical(null));
        assertThat(Position.canonical(java.util.EnumSet.allOf(Position.class))).containsExactly(Position.values());
        // every one of the 32 sets comes out equal to what it was made from
        for (int mask = 0; mask < 1 << Position.values().length; mask++) {
            java.util.Set<Position> given = java.util.EnumSet.noneOf(Position.class);
            for (Position p : Position.values()) {
                if ((mask & (1 << p.ordinal())) != 0) {
                    given.add(p);
                }
            }
            assertThat(Position.canonical(given)).isEqualTo(given);
        }
    }

    @Test
    void aBuurtKnowsItsMunicipality() {
        BuurtCode doorwerth = new BuurtCode("BU02740101");
        assertThat(doorwerth.municipality()).isEqualTo(new MunicipalityCode("GM0274"));
        assertThat(doorwerth.belongsTo(new MunicipalityCode("GM0274"))).isTrue();
        assertThat(doorwerth.belongsTo(new MunicipalityCode("GM0202"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BU0274010", "BU027401011", "bu02740101", "WK027401", "BU0274010A", " BU02740101"})
    void aBuurtCodeThatIsNotBuPlusEightDigitsCannotExist(String code) {
        assertThatThrownBy(() -> new BuurtCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GM274", "GM02744", "gm0274", "XX0274", "GM027A"})
    void aMunicipalityCodeThatIsNotGmPlusFourDigitsCannotExist(String code) {
        assertThatThrownBy(() -> new MunicipalityCode(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "not-a-uuid", "00000000-0000-0000-0000-00000000000G", "00000000-0000-0000-0000-0000000000AA"
            })
    void idsAreLowerCaseUuids(String id) {
        assertThatThrownBy(() -> new ThemeId(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActorId(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCheckOfAnIdAgreesWithTheContractsPattern() {
        java.util.regex.Pattern contract = java.util.regex.Pattern.compile(Ids.PATTERN);
        java.util.Random random = new java.util.Random(20261204);
        String alphabet = "0123456789abcdefABCDEFgz- \n";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder id = new StringBuilder(java.util.UUID.randomUUID().toString());
            // change up to two characters, sometimes the length
            for (int k = random.nextInt(3); k > 0; k--) {
                id.setCharAt(random.nextInt(id.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(20) == 0) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = id.toString();
            assertThat(Ids.isUuid(value))
                    .as(value)
                    .isEqualTo(contract.matcher(value).matches());
        }
        assertThat(Ids.isUuid(null)).isFalse();
    }

    @Test
    void textsAreStrippedBoundedAndFreeOfControlCharacters() {
        assertThat(new ThemeName("  Zorg voor jeugd ").value()).isEqualTo("Zorg voor jeugd");
        assertThat(new Story("regel een\nregel twee").value()).contains("\n");
        assertThatThrownBy(() -> new ThemeName("een\ntwee")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeName("a\u0000b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeName("a\u202Eb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeName("a\uFEFFb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeName("a\uE000b")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ThemeName("gezin \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67").value())
                .contains("\u200D");
        assertThatThrownBy(() -> new ThemeName("\uD800x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeName("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThemeName("x".repeat(ThemeName.MAX + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ThemeName("Vrolijk groot worden \uD83C\uDF88").value()).endsWith("\uD83C\uDF88");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u200D",
                "\u00A0",
                "\u00A0\u00A0",
                "\u3164",
                "\u2800",
                "\u034F",
                "\uFE0F",
                "\u0301",
                "\uDB40\uDC41",
                "\u115F\u1160",
                "\uFFA0",
                "\u2003",
                "\u200C\u200D",
                " \u0301 ",
                "\u3000"
            })
    void aTextOfOnlyInvisibleCharactersIsRefused(String invisible) {
        assertThatThrownBy(() -> new ThemeName(invisible)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Story(invisible)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tagCharactersAreRefusedAnywhere() {
        assertThatThrownBy(() -> new ThemeName("vlag \uDB40\uDC67\uDB40\uDC62"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textsAreStoredInNfc() {
        String decomposed = "Cafe\u0301 de Hoek";
        assertThat(new ThemeName(decomposed).value()).isEqualTo("Caf\u00E9 de Hoek");
        assertThat(new ThemeName("\u00A0Buurt\u00A0").value()).isEqualTo("\u00A0Buurt\u00A0".strip());
    }

    @Test
    void aDevelopmentPeriodEndsAfterItStartsAndWithinTenYears() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        assertThat(new DevelopmentPeriod(start, start.plusYears(3)).end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> new DevelopmentPeriod(start, start)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DevelopmentPeriod(start, start.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new DevelopmentPeriod(start, start.plusYears(10).plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
