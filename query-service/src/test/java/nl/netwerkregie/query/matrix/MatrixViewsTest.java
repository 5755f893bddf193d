package nl.netwerkregie.query.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.events.AttentionPointAdded;
import nl.netwerkregie.events.AttentionPointResolved;
import nl.netwerkregie.events.CellDescribed;
import nl.netwerkregie.events.CellJudged;
import nl.netwerkregie.events.ChainPositionAdded;
import nl.netwerkregie.events.ChainPositionRetired;
import nl.netwerkregie.events.ChainReordered;
import nl.netwerkregie.events.JudgementScaleDefined;
import nl.netwerkregie.events.MatrixEvent;
import nl.netwerkregie.events.ResponsibilityDisappeared;
import nl.netwerkregie.events.ResponsibilityMoved;
import nl.netwerkregie.events.ResponsibilityTaken;
import nl.netwerkregie.events.StelselmatrixSetUp;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.json.JsonConfiguration;
import nl.netwerkregie.query.programme.ProgrammeDirectory;
import nl.netwerkregie.query.projection.Views;
import nl.netwerkregie.store.EmbeddedStore;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.MeasurementPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.NetworkStrategy;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.ResponsibilityId;
import nl.netwerkregie.values.ResponsibilityKind;
import nl.netwerkregie.values.ScaleLevel;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The matrix view family on the embedded store: the matrix on a date folds only what had taken effect,
 * back-dated facts land in their place, a redelivered event changes nothing, judgements keep the scale
 * they were made on, and the shift report compares two dates or a cycle.
 */
class MatrixViewsTest {
    static final ThemeId THEME = new ThemeId("00000000-0000-0000-0000-000000000001");
    static final MunicipalityCode RENKUM = new MunicipalityCode("GM0274");
    static final BuurtCode DOORWERTH = new BuurtCode("BU02740101");
    static final String GM = RENKUM.value();
    static final String MATRIX = MatrixEvent.matrixId(THEME, DOORWERTH);
    static final ActorId ANNA = new ActorId("00000000-0000-0000-0000-0000000000a1");
    static final AttentionPointId POINT = new AttentionPointId("00000000-0000-0000-0000-0000000000e1");
    static final ResponsibilityId OUDERAVOND = new ResponsibilityId("00000000-0000-0000-0000-0000000000f1");
    static final ResponsibilityId COOPERATIE = new ResponsibilityId("00000000-0000-0000-0000-0000000000f2");
    static final ChainPosition SCHOOL = new ChainPosition("school");
    static final MatrixElement NETWORKS = MatrixElement.BUILDING_NETWORKS;
    static final ProgrammeText TEXT = new ProgrammeText("Jonge gezinnen zijn niet in beeld.");

    private EmbeddedStore store;
    private MongoClient client;
    private MatrixProjection projection;
    private nl.netwerkregie.query.programme.ProgrammeProjection programme;
    private MatrixViews views;
    private MongoDatabase db;
    private long seq;
    private long settingsSeq;

    @BeforeEach
    void setUp() throws Exception {
        store = EmbeddedStore.inMemory(0);
        client = MongoClients.create(store.uri());
        db = client.getDatabase("matrix_test");
        Views fixed = Views.fixed(db);
        projection = new MatrixProjection(fixed, JsonConfiguration.eventMapper());
        programme = newInstance(
                nl.netwerkregie.query.programme.ProgrammeProjection.class, fixed, JsonConfiguration.eventMapper());
        Object programmeViews = newInstance( // the matrix reads cycle periods only, never remarks: no key store
                nl.netwerkregie.query.programme.ProgrammeViews.class, programme, null);
        ProgrammeDirectory directory = newInstance(ProgrammeDirectory.class, programmeViews);
        views = new MatrixViews(
                projection, directory, null); // the fragility view, which reads the network, is tested over HTTP
        invoke(
                programme,
                new ThemeNamed(
                        THEME,
                        RENKUM,
                        new ThemeName("Versterken van buurtkracht"),
                        new Story("Verhaal"),
                        List.of(DOORWERTH),
                        new DevelopmentPeriod(day("2013-01-01"), day("2014-12-31")),
                        Recurrence.RECURRING,
                        day("2013-01-10")));
        apply(new StelselmatrixSetUp(THEME, RENKUM, DOORWERTH, ChainPosition.STANDARD, day("2013-03-01")));
    }

    /** The programme family's classes are package-private in their feature: made the way Spring makes them. */
    @SuppressWarnings("unchecked")
    private static <T> T newInstance(Class<T> type, Object... args) throws Exception {
        for (java.lang.reflect.Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() == args.length) {
                c.setAccessible(true);
                return (T) c.newInstance(args);
            }
        }
        throw new IllegalStateException("no constructor for " + type);
    }

    private static void invoke(Object projection, ThemeNamed event) throws Exception {
        java.lang.reflect.Method on =
                projection.getClass().getDeclaredMethod("on", nl.netwerkregie.events.ThemeEvent.class, long.class);
        on.setAccessible(true);
        on.invoke(projection, event, 0L);
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    private void apply(MatrixEvent event) {
        projection.on(event, seq++);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static CellJudged judged(ChainPosition p, int level, int scale, String date) {
        return new CellJudged(
                THEME,
                DOORWERTH,
                p,
                NETWORKS,
                MeasurementPeriod.ofCycle(1),
                level,
                scale,
                null,
                List.of(ANNA),
                day(date));
    }

    private static ResponsibilityTaken taken(ResponsibilityId id, String name, ChainPosition p, String date) {
        return new ResponsibilityTaken(
                THEME, DOORWERTH, id, ResponsibilityKind.TASK, new Label(name), p, List.of(ANNA), day(date));
    }

    private MatrixView.Cell cell(MatrixView m, ChainPosition p, MatrixElement e) {
        return m.cells().stream()
                .filter(c -> c.position().equals(p.value()) && c.element() == e)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theMatrixOnADateHoldsOnlyWhatHadTakenEffectAndBackDatedFactsLandInPlace() {
        apply(new CellDescribed(
                THEME,
                DOORWERTH,
                ChainPosition.BUURT,
                NETWORKS,
                new ProgrammeText("Een actieve dorpsraad"),
                List.of(NetworkStrategy.BUURTMIX),
                List.of(new Label("Dorpsontbijt")),
                day("2013-04-01")));
        apply(judged(ChainPosition.BUURT, 2, 1, "2013-06-01"));
        apply(judged(ChainPosition.BUURT, 4, 1, "2014-06-01"));
        // recorded last, effective between the two judgements
        apply(new AttentionPointAdded(THEME, DOORWERTH, POINT, ChainPosition.BUURT, NETWORKS, TEXT, day("2013-05-01")));
        apply(new AttentionPointResolved(THEME, DOORWERTH, POINT, null, day("2014-01-01")));
        apply(new ChainPositionAdded(
                THEME,
                DOORWERTH,
                new ChainLink(SCHOOL, new Label("School")),
                ChainPosition.WIJKTEAM,
                day("2013-09-01")));
        apply(taken(OUDERAVOND, "Ouderavonden", ChainPosition.WIJKTEAM, "2013-03-15"));

        MatrixView march = views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2013-03-31"));
        assertThat(march.positions()).hasSize(8);
        assertThat(march.cells()).hasSize(64);
        assertThat(cell(march, ChainPosition.BUURT, NETWORKS).judgement()).isNull();
        assertThat(cell(march, ChainPosition.BUURT, NETWORKS).ownStrength()).isNull();
        assertThat(march.responsibilities())
                .extracting(MatrixView.Responsibility::position)
                .containsExactly("wijkteam");

        MatrixView autumn = views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2013-10-01"));
        MatrixView.Cell buurt = cell(autumn, ChainPosition.BUURT, NETWORKS);
        assertThat(buurt.ownStrength()).isEqualTo("Een actieve dorpsraad");
        assertThat(buurt.strategies()).containsExactly(NetworkStrategy.BUURTMIX);
        assertThat(buurt.judgement().level()).isEqualTo(2);
        assertThat(buurt.judgement().label()).isEqualTo("Beginnend");
        assertThat(buurt.attentionPoints())
                .extracting(MatrixView.AttentionPoint::text)
                .containsExactly(TEXT.value());
        assertThat(autumn.positions())
                .extracting(MatrixView.Column::position)
                .containsSubsequence("open-network", "school", "wijkteam");
        assertThat(autumn.positions().get(3).index()).isEqualTo(4);
        assertThat(autumn.cells()).hasSize(72);

        MatrixView later = views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2014-07-01"));
        assertThat(cell(later, ChainPosition.BUURT, NETWORKS).judgement().level())
                .isEqualTo(4);
        assertThat(cell(later, ChainPosition.BUURT, NETWORKS).attentionPoints()).isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        apply(taken(OUDERAVOND, "Ouderavonden", ChainPosition.WIJKTEAM, "2013-03-15"));
        Document once = db.getCollection(MatrixProjection.MATRICES).find().first();
        projection.on(taken(OUDERAVOND, "Ouderavonden", ChainPosition.BUURT, "2013-03-15"), 1);
        assertThat(db.getCollection(MatrixProjection.MATRICES).find().first()).isEqualTo(once);
        assertThat(once.getList("facts", Document.class)).hasSize(2);
    }

    @Test
    void aLongLogIsSealedIntoChunksAndReadWhole() {
        int points = 2 * nl.netwerkregie.query.projection.FactLog.CHUNK + 100;
        for (int i = 0; i < points; i++) {
            apply(new AttentionPointAdded(
                    THEME,
                    DOORWERTH,
                    new AttentionPointId(String.format("00000000-0000-0000-0000-%012d", i)),
                    ChainPosition.BUURT,
                    NETWORKS,
                    TEXT,
                    day("2013-04-01").plusDays(i % 300)));
        }
        assertThat(db.getCollection(MatrixProjection.MATRICES).countDocuments()).isEqualTo(3);
        Document head = db.getCollection(MatrixProjection.MATRICES)
                .find(new Document("_id", MATRIX))
                .first();
        assertThat(head.getInteger("sealed")).isEqualTo(2);
        assertThat(head.getList("facts", Document.class))
                .hasSize(points + 1 - 2 * nl.netwerkregie.query.projection.FactLog.CHUNK);
        MatrixView m = views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2014-06-01"));
        assertThat(cell(m, ChainPosition.BUURT, NETWORKS).attentionPoints()).hasSize(points);
        // redelivered from before the first seal: nothing changes
        projection.on(taken(OUDERAVOND, "x", ChainPosition.BUURT, "2013-05-01"), 5);
        assertThat(views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2014-06-01"))
                        .responsibilities())
                .isEmpty();
        assertThat(db.getCollection(MatrixProjection.MATRICES).countDocuments()).isEqualTo(3);
        // the list of a theme's matrices does not count chunks
        assertThat(views.list(GM, THEME.value()).matrices()).hasSize(1);
    }

    @Test
    void reorderedAndRetiredPositionsShowFromTheirDates() {
        List<ChainPosition> reversed = new java.util.ArrayList<>(
                ChainPosition.STANDARD.stream().map(ChainLink::position).toList());
        java.util.Collections.reverse(reversed);
        apply(new ChainReordered(THEME, DOORWERTH, reversed, day("2013-06-01")));
        apply(new ChainPositionRetired(THEME, DOORWERTH, ChainPosition.COOPERATION, day("2013-09-01")));
        assertThat(views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2013-05-31"))
                        .positions()
                        .get(0)
                        .position())
                .isEqualTo("resident");
        MatrixView summer = views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2013-06-01"));
        assertThat(summer.positions().get(0).position()).isEqualTo("administrative-cooperation");
        MatrixView autumn = views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2013-09-01"));
        assertThat(autumn.positions()).hasSize(7);
        assertThat(autumn.positions().get(0).position()).isEqualTo("council-and-executive");
    }

    @Test
    void judgementsKeepTheScaleTheyWereMadeOn() {
        projection.on(
                new JudgementScaleDefined(
                        RENKUM,
                        2,
                        List.of(
                                new ScaleLevel(1, new Label("Laag"), new ProgrammeText("Weinig")),
                                new ScaleLevel(2, new Label("Hoog"), new ProgrammeText("Veel"))),
                        day("2014-01-01")),
                settingsSeq++);
        apply(judged(ChainPosition.BUURT, 3, 1, "2013-06-01"));
        apply(judged(ChainPosition.RESIDENT, 2, 2, "2014-02-01"));
        MatrixView m = views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2014-03-01"));
        assertThat(m.scale().version()).isEqualTo(2);
        assertThat(cell(m, ChainPosition.BUURT, NETWORKS).judgement().label()).isEqualTo("Deels gedragen");
        assertThat(cell(m, ChainPosition.BUURT, NETWORKS).judgement().rank()).isEqualTo(0.5);
        assertThat(cell(m, ChainPosition.RESIDENT, NETWORKS).judgement().label())
                .isEqualTo("Hoog");
        assertThat(cell(m, ChainPosition.RESIDENT, NETWORKS).judgement().rank()).isEqualTo(1.0);
        assertThat(views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2013-12-31"))
                        .scale()
                        .version())
                .isEqualTo(1);
        SettingsView settings = views.settingsOn(GM, day("2014-03-01"));
        assertThat(settings.scales()).extracting(SettingsView.Scale::version).containsExactly(1, 2);
        assertThat(settings.scale().version()).isEqualTo(2);
        assertThat(settings.defaultChain()).hasSize(8);
    }

    @Test
    void theShiftBetweenTwoDatesComparesJudgementsAttentionPointsAndTheLedger() {
        apply(judged(ChainPosition.BUURT, 2, 1, "2013-06-01"));
        apply(taken(OUDERAVOND, "Ouderavonden", ChainPosition.WIJKTEAM, "2013-03-15"));
        apply(taken(COOPERATIE, "Energiecoöperatie", ChainPosition.SERVICES, "2013-03-15"));
        apply(new AttentionPointAdded(THEME, DOORWERTH, POINT, ChainPosition.BUURT, NETWORKS, TEXT, day("2013-08-01")));
        apply(judged(ChainPosition.BUURT, 4, 1, "2014-06-01"));
        apply(judged(ChainPosition.RESIDENT, 1, 1, "2014-06-01"));
        apply(new ResponsibilityMoved(
                THEME,
                DOORWERTH,
                OUDERAVOND,
                ChainPosition.WIJKTEAM,
                ChainPosition.RESIDENT,
                List.of(ANNA),
                new ProgrammeText("Ouders nemen het over"),
                day("2014-01-01")));
        apply(new ResponsibilityDisappeared(
                THEME, DOORWERTH, COOPERATIE, new ProgrammeText("De schakels vertrokken"), day("2014-09-01")));
        // back-dated: the ouderavond went to the buurt first, in September 2013
        apply(new ResponsibilityMoved(
                THEME,
                DOORWERTH,
                OUDERAVOND,
                ChainPosition.WIJKTEAM,
                ChainPosition.BUURT,
                List.of(),
                new ProgrammeText("Dorpsraad pakt het op"),
                day("2013-09-01")));

        ShiftView shift = views.shift(GM, THEME.value(), DOORWERTH.value(), null, day("2013-07-01"), day("2014-12-31"));
        assertThat(shift.judgements())
                .extracting(c -> c.position() + ":" + c.direction())
                .containsExactly("resident:NEW", "buurt:UP");
        assertThat(shift.attentionPointsOpened())
                .extracting(ShiftView.AttentionPointChange::attentionPointId)
                .containsExactly(POINT.value());
        assertThat(shift.moved())
                .extracting(c -> c.from() + ">" + c.to() + ":" + c.stepsTowardResident())
                .containsExactly("wijkteam>buurt:2", "buurt>resident:1");
        assertThat(shift.disappeared())
                .extracting(ShiftView.LedgerChange::from)
                .containsExactly("services-and-facilities");
        assertThat(shift.taken()).isEmpty();
        assertThat(shift.positions().get(0).position()).isEqualTo("resident");
        assertThat(shift.positions().get(0).net()).isEqualTo(1);
        assertThat(shift.measure().compared()).isEqualTo(1);
        assertThat(shift.measure().stepsTowardResident()).isEqualTo(3);
        assertThat(shift.measure().stepsOfMoves()).isEqualTo(3);
        assertThat(shift.measure().netGainOfResidentAndBuurt()).isEqualTo(1);

        // across cycle 1 (2013-2014): everything since the day before it began
        ShiftView cycle = views.shift(GM, THEME.value(), DOORWERTH.value(), 1, null, null);
        assertThat(cycle.from()).isEqualTo(day("2012-12-31"));
        assertThat(cycle.to()).isEqualTo(day("2014-12-31"));
        assertThat(cycle.taken()).hasSize(2);
        assertThat(cycle.judgements())
                .extracting(ShiftView.JudgementChange::direction)
                .containsOnly(ShiftView.Direction.NEW);
        assertThat(cycle.measure().compared()).isZero();
        assertThat(cycle.measure().stepsOfMoves()).isEqualTo(3);
    }

    @Test
    void anotherMunicipalityDoesNotSeeTheMatrixAndBadPeriodsAreRefused() {
        assertThatThrownBy(() -> views.matrixOn("GM0202", THEME.value(), DOORWERTH.value(), day("2014-01-01")))
                .isInstanceOf(UnknownResourceException.class);
        assertThat(views.list("GM0202", THEME.value()).matrices()).isEmpty();
        assertThat(views.list(GM, THEME.value()).matrices())
                .extracting(MatrixList.Entry::buurt)
                .containsExactly(DOORWERTH.value());
        assertThatThrownBy(() -> views.shift(GM, THEME.value(), DOORWERTH.value(), null, day("2014-01-01"), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        views.shift(GM, THEME.value(), DOORWERTH.value(), null, day("2014-01-01"), day("2013-01-01")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> views.shift(GM, THEME.value(), DOORWERTH.value(), 2, null, null))
                .isInstanceOf(UnknownResourceException.class);
    }

    @Test
    void theHeatMapColoursJudgedCellsAndCountsOpenAttentionPoints() {
        apply(judged(ChainPosition.BUURT, 5, 1, "2013-06-01"));
        apply(new AttentionPointAdded(THEME, DOORWERTH, POINT, ChainPosition.BUURT, NETWORKS, TEXT, day("2013-08-01")));
        String svg = HeatMapSvg.render(views.matrixOn(GM, THEME.value(), DOORWERTH.value(), day("2013-09-01")));
        assertThat(svg)
                .startsWith("<svg")
                .contains(HeatMapSvg.colour(1.0))
                .contains("1 !")
                .contains("Volledig gedragen");
        assertThat(svg.split("class=\"cell\"")).hasSize(65);
        assertThat(HeatMapSvg.colour(0)).isNotEqualTo(HeatMapSvg.colour(1));
    }
}
