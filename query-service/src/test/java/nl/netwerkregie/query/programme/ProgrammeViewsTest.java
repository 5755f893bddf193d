package nl.netwerkregie.query.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.events.CycleStepStarted;
import nl.netwerkregie.events.DevelopmentPeriodCorrected;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.ProgrammeCycleStarted;
import nl.netwerkregie.events.RemarkHeard;
import nl.netwerkregie.events.ThemeEvent;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.json.JsonConfiguration;
import nl.netwerkregie.platform.personaldata.PersonalData;
import nl.netwerkregie.platform.personaldata.PersonalDataAccessLog;
import nl.netwerkregie.platform.personaldata.PersonalDataStore;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.platform.security.Account;
import nl.netwerkregie.platform.security.AccountAuthentication;
import nl.netwerkregie.platform.security.Role;
import nl.netwerkregie.store.EmbeddedStore;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.CycleState;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The programme view family on the embedded store: a redelivered event changes no document, other theme
 * events are passed over, a back-dated fact lands in its place, a period correction counts from its
 * effective date, and the name of a cycle is the theme's name in it.
 */
class ProgrammeViewsTest {
    private static final ThemeId THEME = new ThemeId("00000000-0000-0000-0000-000000000001");
    private static final String GM = "GM0274";
    private EmbeddedStore store;
    private MongoClient client;
    private MongoDatabase db;
    private ProgrammeProjection projection;
    private ProgrammeViews views;
    private PersonalDataVault vault;
    private PersonalDataAccessLog accessLog;
    private long seq;

    @BeforeEach
    void setUp() {
        store = EmbeddedStore.inMemory(0);
        client = MongoClients.create(store.uri());
        db = client.getDatabase("programme_test");
        projection = new ProgrammeProjection(
                nl.netwerkregie.query.projection.Views.fixed(db), JsonConfiguration.eventMapper());
        PersonalDataStore.Database keys = new PersonalDataStore.Database(client.getDatabase("keys_test"), client);
        accessLog = new PersonalDataAccessLog(keys, java.time.Clock.systemUTC());
        vault = new PersonalDataVault(
                keys, accessLog, new com.fasterxml.jackson.databind.ObjectMapper(), java.time.Clock.systemUTC());
        views = new ProgrammeViews(projection, vault);
        apply(new ThemeNamed(
                THEME,
                new MunicipalityCode(GM),
                new ThemeName("Zorg voor jeugd"),
                new Story("Verhaal"),
                List.of(new BuurtCode("BU02740101")),
                new DevelopmentPeriod(day("2024-01-01"), day("2024-12-31")),
                Recurrence.RECURRING,
                day("2024-01-02")));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        client.close();
        store.close();
    }

    private void apply(ThemeEvent event) {
        projection.on(event, seq++);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static void signIn(String subject, Role... roles) {
        Jwt jwt = Jwt.withTokenValue("test")
                .header("alg", "none")
                .subject(subject)
                .claim("municipalities", List.of(GM))
                .build();
        SecurityContextHolder.getContext()
                .setAuthentication(new AccountAuthentication(
                        jwt, new Account(subject, java.util.Set.of(roles), java.util.Set.of(GM))));
    }

    @Test
    void aRemarkOfAPersonIsOpenedOnlyForThoseWhoMaySeeNamesLoggedAndGoneWithTheErasure() {
        String anna = "00000000-0000-0000-0000-0000000000a1";
        vault.seal(anna, GM, new PersonalData("Anna de Vries", null, null));
        apply(new RemarkHeard(
                THEME,
                1,
                null,
                vault.sealText(anna, GM, "Anna zegt dat de buurvrouw hulp nodig heeft"),
                new ActorId(anna),
                day("2024-03-01")));
        apply(new RemarkHeard(THEME, 1, new ProgrammeText("Niemand vraagt om hulp"), null, null, day("2024-03-02")));

        signIn("regie-1", Role.REGIEVOERDER);
        List<CycleView.Remark> seen = views.cycleOn(GM, THEME.value(), 1, day("2024-04-01"))
                .conversation()
                .remarks();
        assertThat(seen)
                .extracting(CycleView.Remark::text)
                .containsExactly("Anna zegt dat de buurvrouw hulp nodig heeft", "Niemand vraagt om hulp");
        assertThat(accessLog.find(GM, anna, null, null, 0, 10))
                .singleElement()
                .satisfies(e -> assertThat(e.account()).isEqualTo("regie-1"));

        signIn("onderzoek-1", Role.RESEARCHER);
        CycleView.Remark hidden = views.cycleOn(GM, THEME.value(), 1, day("2024-04-01"))
                .conversation()
                .remarks()
                .get(0);
        assertThat(hidden.text()).isNull();
        assertThat(hidden.textWithheld()).isTrue();
        assertThat(hidden.heardFrom()).isEqualTo(anna);
        assertThat(accessLog.find(GM, anna, null, null, 0, 10)).hasSize(1);

        vault.erase(anna, GM);
        signIn("regie-1", Role.REGIEVOERDER);
        List<CycleView.Remark> after = views.cycleOn(GM, THEME.value(), 1, day("2024-04-01"))
                .conversation()
                .remarks();
        assertThat(after.get(0).text()).isNull();
        assertThat(after.get(0).erased()).isTrue();
        assertThat(after.get(1).text()).isEqualTo("Niemand vraagt om hulp");
        assertThat(after.get(1).erased()).isFalse();
    }

    @Test
    void aRedeliveredEventAndAnEventOfTheNetworkChangeNothing() {
        apply(new CycleStepStarted(THEME, 1, CycleStep.INTRODUCE_THEME, day("2024-01-15")));
        List<Document> once = documents();
        projection.on(new CycleStepStarted(THEME, 1, CycleStep.INTRODUCE_THEME, day("2024-01-15")), 1);
        apply(new PositionShifted(
                THEME,
                new ActorId("00000000-0000-0000-0000-0000000000a1"),
                java.util.Set.of(Position.USER),
                java.util.Set.of(),
                day("2024-02-01")));
        assertThat(documents().get(0).getList("facts", Document.class)).hasSize(2);
        assertThat(documents().get(0).getList("facts", Document.class))
                .isEqualTo(once.get(0).getList("facts", Document.class));
    }

    @Test
    void aBackDatedStepShowsFromItsOwnDateAndACorrectionFromItsEffectiveDate() {
        apply(new CycleStepStarted(THEME, 1, CycleStep.ORDER_RELATIONS, day("2024-03-01")));
        // recorded later, effective earlier
        apply(new CycleStepStarted(THEME, 1, CycleStep.INTRODUCE_THEME, day("2024-02-01")));
        apply(new DevelopmentPeriodCorrected(
                THEME, 1, new DevelopmentPeriod(day("2024-01-01"), day("2025-06-30")), day("2024-05-01")));
        CycleView february = views.cycleOn(GM, THEME.value(), 1, day("2024-02-15"));
        assertThat(february.steps()).extracting(CycleView.Step::step).containsExactly(1);
        assertThat(february.developmentPeriod().end()).isEqualTo(day("2024-12-31"));
        CycleView june = views.cycleOn(GM, THEME.value(), 1, day("2024-06-01"));
        assertThat(june.steps()).extracting(CycleView.Step::step).containsExactly(1, 2);
        assertThat(june.developmentPeriod().end()).isEqualTo(day("2025-06-30"));
        assertThat(views.periodOf(GM, THEME.value(), 1).end()).isEqualTo(day("2025-06-30"));
    }

    @Test
    void aProgrammeReadBeforeShowsWhatWasAppendedSince() {
        assertThat(views.cycleOn(GM, THEME.value(), 1, day("2024-06-01")).steps())
                .isEmpty();
        apply(new CycleStepStarted(THEME, 1, CycleStep.INTRODUCE_THEME, day("2024-02-01")));
        assertThat(views.cycleOn(GM, THEME.value(), 1, day("2024-06-01")).steps())
                .hasSize(1);
        // read from memory while nothing is appended: the same answer
        assertThat(views.cycleOn(GM, THEME.value(), 1, day("2024-06-01")).steps())
                .hasSize(1);
    }

    @Test
    void eachCycleHasTheNameTheThemeCarriedInIt() {
        apply(new ProgrammeCycleStarted(
                THEME,
                2,
                new DevelopmentPeriod(day("2025-01-06"), day("2026-12-31")),
                new ThemeName("Vrolijk groot worden"),
                day("2024-12-02")));
        apply(new ThemeRenamed(THEME, new ThemeName("Vrolijk groot worden"), day("2024-12-02")));
        CyclesView both = views.cyclesOn(GM, THEME.value(), day("2025-02-01"));
        assertThat(both.cycles())
                .extracting(CyclesView.CycleSummary::name)
                .containsExactly("Zorg voor jeugd", "Vrolijk groot worden");
        assertThat(both.currentCycle()).isEqualTo(2);
        assertThat(both.cycles().get(0).state()).isEqualTo(CycleState.RUNNING);
        assertThat(views.cyclesOn(GM, THEME.value(), day("2024-06-01")).cycles())
                .hasSize(1);
    }

    @Test
    void anotherMunicipalityAndAnUnstartedCycleAreUnknown() {
        assertThatThrownBy(() -> views.cyclesOn("GM0202", THEME.value(), day("2024-06-01")))
                .isInstanceOf(UnknownResourceException.class);
        assertThatThrownBy(() -> views.cycleOn(GM, THEME.value(), 2, day("2024-06-01")))
                .isInstanceOf(UnknownResourceException.class);
    }

    private List<Document> documents() {
        List<Document> all = new ArrayList<>();
        db.getCollection(ProgrammeProjection.COLLECTION).find().into(all);
        return all;
    }
}
