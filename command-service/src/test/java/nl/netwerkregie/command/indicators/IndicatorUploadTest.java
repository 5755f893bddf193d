package nl.netwerkregie.command.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.events.IndicatorsLoaded;
import nl.netwerkregie.platform.domain.FieldError;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.IndicatorCode;
import nl.netwerkregie.values.IndicatorPeriod;
import nl.netwerkregie.values.IndicatorValue;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SourceLevel;
import nl.netwerkregie.values.UploadId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;

/** An upload is recorded whole, in parts, or not at all; the CSV is checked row by row with line numbers. */
class IndicatorUploadTest {
    static final MunicipalityCode RENKUM = new MunicipalityCode("GM0274");
    static final UploadId UPLOAD = new UploadId("00000000-0000-0000-0000-0000000000c9");
    static final String ID = IndicatorsLoaded.uploadAggregate(RENKUM, UPLOAD);
    static final LocalDate PUBLISHED = LocalDate.of(2015, 2, 1);

    private final AggregateTestFixture<IndicatorUpload> fixture = new AggregateTestFixture<>(IndicatorUpload.class);

    static IndicatorValue value(String buurt, int i) {
        return new IndicatorValue(
                new BuurtCode(buurt),
                new IndicatorPeriod(String.valueOf(2000 + i % 20)),
                new IndicatorCode("zelfredzaamheid." + i),
                i / 10.0,
                SourceLevel.LOCAL);
    }

    @Test
    void anUploadIsRecordedInPartsInOneCommand() {
        List<IndicatorValue> values = new ArrayList<>();
        for (int i = 0; i < IndicatorUpload.PART + 2; i++) {
            values.add(value("BU02740101", i));
        }
        fixture.givenNoPriorActivity()
                .when(new LoadIndicators(ID, RENKUM, UPLOAD, values, PUBLISHED))
                .expectEvents(
                        new IndicatorsLoaded(RENKUM, UPLOAD, 1, 2, values.subList(0, IndicatorUpload.PART), PUBLISHED),
                        new IndicatorsLoaded(
                                RENKUM,
                                UPLOAD,
                                2,
                                2,
                                values.subList(IndicatorUpload.PART, IndicatorUpload.PART + 2),
                                PUBLISHED));
    }

    @Test
    void aBuurtOfAnotherMunicipalityRefusesTheWholeUploadNamingItsLine() {
        fixture.givenNoPriorActivity()
                .when(new LoadIndicators(
                        ID, RENKUM, UPLOAD, List.of(value("BU02740101", 1), value("BU02020101", 2)), PUBLISHED))
                .expectException(new CustomTypeSafeMatcher<RuleViolationException>("buurt-outside-municipality") {
                    @Override
                    protected boolean matchesSafely(RuleViolationException e) {
                        return e.rule().equals("buurt-outside-municipality")
                                && e.field().equals("line[3].buurt");
                    }
                })
                .expectNoEvents();
    }

    @Test
    void everyFaultyRowIsNamedByItsLineNumberAndField() {
        String csv = "buurt,period,indicator,value,level\r\n"
                + "BU02740101,2014,zelfredzaamheid,7.2,LOCAL\r\n"
                + "BU0274,2014,zelfredzaamheid,7.2,LOCAL\n"
                + "BU02740101,2014-13,Zelf,7,2,LOCAL\n"
                + "BU02740101,2014-Q5,zelf,seven,local\n"
                + "BU02740101,2014,zelfredzaamheid,8.0,LOCAL\n"
                + "\n";
        assertThatThrownBy(() -> IndicatorController.parse(csv))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().stream().map(FieldError::field))
                                .containsExactly(
                                        "line[3].buurt",
                                        "line[4]",
                                        "line[5].period",
                                        "line[5].value",
                                        "line[5].level",
                                        "line[6]"));
        assertThat(IndicatorController.parse(
                        "buurt,period,indicator,value,level\nBU02740101,2014-03,a.b,-3,NATIONAL\n\n"))
                .containsExactly(new IndicatorValue(
                        new BuurtCode("BU02740101"),
                        new IndicatorPeriod("2014-03"),
                        new IndicatorCode("a.b"),
                        -3,
                        SourceLevel.NATIONAL));
        assertThatThrownBy(() -> IndicatorController.parse("buurt;period\n"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("line[1]"));
        assertThatThrownBy(() -> IndicatorController.parse(IndicatorController.HEADER + "\n"))
                .isInstanceOf(InvalidInputException.class);
    }
}
