package nl.netwerkregie.query.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.events.ThemeBuurtenChanged;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.store.EmbeddedStore;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory on the embedded store: delivering a theme's events again changes no document. */
class ThemeDirectoryProjectionTest {
    private static final ThemeId THEME = new ThemeId("00000000-0000-0000-0000-000000000001");
    private static final BuurtCode DOORWERTH = new BuurtCode("BU02740101");
    private static final BuurtCode OOSTERBEEK = new BuurtCode("BU02740201");
    private EmbeddedStore store;
    private MongoClient client;
    private MongoDatabase db;
    private ThemeDirectoryProjection projection;

    @BeforeEach
    void setUp() {
        store = EmbeddedStore.inMemory(0);
        client = MongoClients.create(store.uri());
        db = client.getDatabase("directory_test");
        projection = new ThemeDirectoryProjection(nl.netwerkregie.query.projection.Views.fixed(db));
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    @Test
    void aRedeliveredThemeNamedDoesNotPutTheThemeBackInABuurtItLeft() {
        ThemeNamed named = new ThemeNamed(
                THEME,
                new MunicipalityCode("GM0274"),
                new ThemeName("Zorg voor jeugd"),
                new Story("Verhaal"),
                List.of(DOORWERTH),
                new DevelopmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
                nl.netwerkregie.values.Recurrence.RECURRING,
                LocalDate.of(2024, 1, 10));
        ThemeBuurtenChanged moved = new ThemeBuurtenChanged(THEME, List.of(OOSTERBEEK), LocalDate.of(2024, 6, 1));
        projection.on(named, 0);
        projection.on(moved, 1);
        List<Document> once = everyDocument();
        assertThat(projection.themeIdsOfBuurt(DOORWERTH.value())).isEmpty();

        projection.on(named, 0);
        projection.on(moved, 1);

        assertThat(projection.themeIdsOfBuurt(DOORWERTH.value())).isEmpty();
        assertThat(projection.themeIdsOfBuurt(OOSTERBEEK.value())).containsExactly(THEME.value());
        assertThat(everyDocument()).isEqualTo(once);
    }

    /**
     * A processor handles a batch of events in one unit of work: the directory sends the shared lists' changes and
     * the summaries together when it commits, nothing before, and ends as if each event had been handled alone.
     */
    @Test
    void aBatchInOneUnitOfWorkWritesAtItsCommitWhatTheEventsOneByOneWrite() {
        ThemeId other = new ThemeId("00000000-0000-0000-0000-000000000002");
        ThemeNamed named = named(THEME, DOORWERTH);
        ThemeNamed second = named(other, DOORWERTH);
        ThemeBuurtenChanged moved = new ThemeBuurtenChanged(THEME, List.of(OOSTERBEEK), LocalDate.of(2024, 6, 1));
        ThemeBuurtenChanged back = new ThemeBuurtenChanged(THEME, List.of(DOORWERTH), LocalDate.of(2024, 9, 1));
        projection.on(named, 0);
        projection.on(second, 0);
        projection.on(moved, 1);
        projection.on(back, 2);
        List<Document> oneByOne = everyDocument();
        projection.reset();

        org.axonframework.messaging.unitofwork.DefaultUnitOfWork<?> batch =
                org.axonframework.messaging.unitofwork.DefaultUnitOfWork.startAndGet(null);
        projection.on(named, 0);
        projection.on(second, 0);
        projection.on(moved, 1);
        projection.on(back, 2);
        projection.on(moved, 1); // redelivered within the batch: changes nothing
        assertThat(everyDocument()).isEmpty();
        batch.commit();

        assertThat(everyDocument()).isEqualTo(oneByOne);
        assertThat(projection.themeIdsOfBuurt(DOORWERTH.value()))
                .containsExactlyInAnyOrder(THEME.value(), other.value());
        assertThat(projection.themeIdsOfBuurt(OOSTERBEEK.value())).isEmpty();
        assertThat(projection.summaries("GM0274", projection.themeIdsOfMunicipality("GM0274")))
                .extracting(ThemeSummary::buurten)
                .containsExactly(List.of(DOORWERTH.value()), List.of(DOORWERTH.value()));
    }

    private static ThemeNamed named(ThemeId id, BuurtCode buurt) {
        return new ThemeNamed(
                id,
                new MunicipalityCode("GM0274"),
                new ThemeName("Zorg voor jeugd " + id.value().substring(35)),
                new Story("Verhaal"),
                List.of(buurt),
                new DevelopmentPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
                nl.netwerkregie.values.Recurrence.RECURRING,
                LocalDate.of(2024, 1, 10));
    }

    private List<Document> everyDocument() {
        List<Document> all = new ArrayList<>();
        for (String c : List.of("theme_summaries", "municipality_themes", "buurt_themes")) {
            db.getCollection(c).find().sort(new Document("_id", 1)).into(all);
        }
        return all;
    }
}
