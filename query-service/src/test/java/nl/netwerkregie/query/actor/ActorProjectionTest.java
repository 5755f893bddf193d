package nl.netwerkregie.query.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.events.ActorClassified;
import nl.netwerkregie.events.ActorRegistered;
import nl.netwerkregie.events.PersonalDataErased;
import nl.netwerkregie.events.PersonalDataRectified;
import nl.netwerkregie.platform.personaldata.PersonalData;
import nl.netwerkregie.platform.personaldata.PersonalDataAccessLog;
import nl.netwerkregie.platform.personaldata.PersonalDataStore;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.platform.security.Account;
import nl.netwerkregie.platform.security.AccountAuthentication;
import nl.netwerkregie.platform.security.Role;
import nl.netwerkregie.query.projection.ViewSettings;
import nl.netwerkregie.query.projection.Views;
import nl.netwerkregie.store.EmbeddedStore;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The actor view opens personal data only of the municipality asked for, and only of the actors the
 * answer returns; an erased key shows the actor as erased on the next read, although its document is
 * kept in memory.
 */
class ActorProjectionTest {
    private static final ActorId ANNA = new ActorId("00000000-0000-0000-0000-0000000000a1");
    private static final ActorId ELSEWHERE = new ActorId("00000000-0000-0000-0000-0000000000a2");
    private static final ActorId UNASKED = new ActorId("00000000-0000-0000-0000-0000000000a3");
    private EmbeddedStore store;
    private MongoClient client;
    private final List<String> opened = new ArrayList<>();
    private PersonalDataVault vault;
    private PersonalDataStore.Database keys;
    private PersonalDataAccessLog accessLog;
    private ActorProjection actors;

    @BeforeEach
    void setUp() {
        store = EmbeddedStore.inMemory(0);
        client = MongoClients.create(store.uri());
        MongoDatabase db = client.getDatabase("actors_test");
        keys = new PersonalDataStore.Database(client.getDatabase("keys_test"), client);
        accessLog = new PersonalDataAccessLog(keys, Clock.systemUTC());
        vault = new PersonalDataVault(keys, accessLog, new ObjectMapper(), Clock.systemUTC()) {
            @Override
            public Map<String, PersonalData> openAll(Collection<SealedPersonalData> sealed) {
                sealed.forEach(s -> opened.add(s.keyId()));
                return super.openAll(sealed);
            }
        };
        actors = new ActorProjection(Views.fixed(db), vault, new ViewSettings(4, 1000, 50, 1000, 50, true));
        register(ANNA, "GM0274", "Anna de Vries");
        register(ELSEWHERE, "GM0202", "Bram Jansen");
        register(UNASKED, "GM0274", "Chris Smit");
    }

    private void register(ActorId id, String gm, String name) {
        SealedPersonalData sealed = vault.seal("key-" + id.value(), gm, new PersonalData(name, null, null));
        actors.on(new ActorRegistered(
                id, new MunicipalityCode(gm), ActorType.PERSON, null, sealed, LocalDate.of(2024, 1, 1)));
    }

    /** Signs in as an account with these roles for GM0274, with a token made here (no identity provider). */
    private static void signIn(String subject, Role... roles) {
        Jwt jwt = Jwt.withTokenValue("test")
                .header("alg", "none")
                .subject(subject)
                .claim("municipalities", List.of("GM0274"))
                .build();
        SecurityContextHolder.getContext()
                .setAuthentication(new AccountAuthentication(
                        jwt, new Account(subject, java.util.Set.of(roles), java.util.Set.of("GM0274"))));
    }

    @Test
    void theKeptActorsStayWithinTheBoundAndThoseForgottenAreReadAgain() {
        signIn("regie-1", Role.REGIEVOERDER);
        ActorProjection bounded = new ActorProjection(
                Views.fixed(client.getDatabase("actors_test")), vault, new ViewSettings(4, 1000, 50, 10, 50, true));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ActorId id = new ActorId(String.format("00000000-0000-0000-0000-0000000001%02d", i));
            bounded.on(new ActorRegistered(
                    id,
                    new MunicipalityCode("GM0274"),
                    ActorType.ORGANISATION,
                    "Organisatie " + i,
                    null,
                    LocalDate.of(2024, 1, 1)));
            ids.add(id.value());
        }
        for (int round = 0; round < 5; round++) {
            for (int from = 0; from < 40; from += 8) {
                Map<String, ActorProjection.ActorSummary> found = bounded.find("GM0274", ids.subList(from, from + 8));

                assertThat(found).hasSize(8);
                assertThat(found.values()).allSatisfy(a -> assertThat(a.name()).startsWith("Organisatie "));
                assertThat(bounded.kept()).isLessThanOrEqualTo(10);
            }
        }
        // all forty in one read: every one answered, the bound still held afterwards
        assertThat(bounded.find("GM0274", ids)).hasSize(40);
        assertThat(bounded.kept()).isBetween(1, 10);
    }

    @Test
    void namesAreWithheldFromAResearcherAndAnAuditorWithoutTheGrantAndNotLogged() {
        signIn("researcher-1", Role.RESEARCHER);
        ActorProjection.ActorSummary seen =
                actors.find("GM0274", List.of(ANNA.value())).get(ANNA.value());
        assertThat(seen.name()).isNull();
        assertThat(seen.withheld()).isTrue();
        assertThat(seen.erased()).isFalse();
        signIn("auditor-1", Role.AUDITOR);
        assertThat(actors.find("GM0274", List.of(ANNA.value()))
                        .get(ANNA.value())
                        .withheld())
                .isTrue();
        assertThat(opened).isEmpty();
        assertThat(accessLog.find("GM0274", null, null, null, 0, 10)).isEmpty();
        signIn("auditor-2", Role.AUDITOR, Role.PERSONAL_DATA);
        assertThat(actors.find("GM0274", List.of(ANNA.value()))
                        .get(ANNA.value())
                        .name())
                .isEqualTo("Anna de Vries");
    }

    @Test
    void everyReadInClearIsLoggedWithAccountAndPersons() {
        signIn("regie-1", Role.REGIEVOERDER);
        actors.find("GM0274", List.of(ANNA.value(), UNASKED.value()));
        List<PersonalDataAccessLog.Entry> entries = accessLog.find("GM0274", "key-" + ANNA.value(), null, null, 0, 10);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).account()).isEqualTo("regie-1");
        assertThat(entries.get(0).persons()).containsExactlyInAnyOrder("key-" + ANNA.value(), "key-" + UNASKED.value());
    }

    @Test
    void aRectificationReplacesTheNameAlthoughTheDocumentWasCached() {
        signIn("regie-1", Role.REGIEVOERDER);
        assertThat(actors.find("GM0274", List.of(ANNA.value()))
                        .get(ANNA.value())
                        .name())
                .isEqualTo("Anna de Vries");
        SealedPersonalData corrected = vault.reseal(
                        "key-" + ANNA.value(), "GM0274", new PersonalData("Anna de Vries-Bakker", null, null))
                .orElseThrow();
        actors.on(new PersonalDataRectified(ANNA, new MunicipalityCode("GM0274"), corrected, LocalDate.of(2024, 2, 1)));
        assertThat(actors.find("GM0274", List.of(ANNA.value()))
                        .get(ANNA.value())
                        .name())
                .isEqualTo("Anna de Vries-Bakker");
    }

    @Test
    void anErasureEventDestroysTheKeyAndShowsTheActorErasedToEveryone() {
        signIn("regie-1", Role.REGIEVOERDER);
        actors.on(new PersonalDataErased(ANNA, new MunicipalityCode("GM0274"), LocalDate.of(2024, 3, 1)));
        assertThat(vault.holds("key-" + ANNA.value())).isFalse();
        ActorProjection.ActorSummary after =
                actors.find("GM0274", List.of(ANNA.value())).get(ANNA.value());
        assertThat(after.erased()).isTrue();
        assertThat(after.name()).isNull();
        signIn("researcher-1", Role.RESEARCHER);
        assertThat(actors.find("GM0274", List.of(ANNA.value()))
                        .get(ANNA.value())
                        .erased())
                .isTrue();
    }

    /**
     * A processor's batch in one unit of work: the actor documents are written once when it commits, then the count
     * of changes, by as many as the batch made, so a reader that kept a document in memory reads it again.
     */
    @Test
    void aBatchWritesItsActorsAtTheCommitAndThenCountsItsChanges() {
        signIn("regie-1", Role.REGIEVOERDER);
        ActorId dirk = new ActorId("00000000-0000-0000-0000-0000000000a4");
        assertThat(actors.find("GM0274", List.of(ANNA.value()))
                        .get(ANNA.value())
                        .classifications())
                .isEmpty();
        long before = actors.changes();
        SealedPersonalData corrected = vault.reseal(
                        "key-" + ANNA.value(), "GM0274", new PersonalData("Anna Bakker", null, null))
                .orElseThrow();
        ActorClassified classified = new ActorClassified(
                ANNA,
                new MunicipalityCode("GM0274"),
                nl.netwerkregie.values.Sector.values()[0],
                null,
                LocalDate.of(2024, 4, 1));

        org.axonframework.messaging.unitofwork.DefaultUnitOfWork<?> batch =
                org.axonframework.messaging.unitofwork.DefaultUnitOfWork.startAndGet(null);
        register(dirk, "GM0274", "Dirk Visser");
        actors.on(classified, 7);
        actors.on(new PersonalDataRectified(ANNA, new MunicipalityCode("GM0274"), corrected, LocalDate.of(2024, 4, 2)));
        actors.on(classified, 7); // redelivered: not added twice
        assertThat(actors.stored("GM0274", dirk.value())).isEmpty();
        assertThat(actors.changes()).isEqualTo(before);
        batch.commit();

        assertThat(actors.changes()).isEqualTo(before + 3);
        ActorProjection.ActorSummary anna =
                actors.find("GM0274", List.of(ANNA.value())).get(ANNA.value());
        assertThat(anna.name()).isEqualTo("Anna Bakker");
        assertThat(anna.classifications())
                .extracting(ActorProjection.Classification::seq)
                .containsExactly(7L);
        assertThat(actors.stored("GM0274", dirk.value())).isPresent();
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        client.close();
        store.close();
    }

    @Test
    void opensOnlyTheAskedMunicipalitysActorsThatTheAnswerReturns() {
        signIn("regie-1", Role.REGIEVOERDER);
        Map<String, ActorProjection.ActorSummary> found =
                actors.find("GM0274", List.of(ANNA.value(), ELSEWHERE.value()));
        assertThat(found).containsOnlyKeys(ANNA.value());
        assertThat(found.get(ANNA.value()).name()).isEqualTo("Anna de Vries");
        assertThat(opened).containsExactly("key-" + ANNA.value());
    }

    @Test
    void anErasedKeyShowsTheActorErasedOnTheNextReadThoughItsDocumentIsCached() {
        signIn("regie-1", Role.REGIEVOERDER);
        assertThat(actors.find("GM0274", List.of(ANNA.value()))
                        .get(ANNA.value())
                        .name())
                .isEqualTo("Anna de Vries");
        vault.discard("key-" + ANNA.value());
        ActorProjection.ActorSummary after =
                actors.find("GM0274", List.of(ANNA.value())).get(ANNA.value());
        assertThat(after.erased()).isTrue();
        assertThat(after.name()).isNull();
    }
}
