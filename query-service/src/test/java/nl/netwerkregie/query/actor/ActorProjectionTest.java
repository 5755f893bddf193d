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
import nl.netwerkregie.events.ActorRegistered;
import nl.netwerkregie.platform.personaldata.PersonalData;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
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
    private ActorProjection actors;

    @BeforeEach
    void setUp() {
        store = EmbeddedStore.inMemory(0);
        client = MongoClients.create(store.uri());
        MongoDatabase db = client.getDatabase("actors_test");
        vault = new PersonalDataVault(db, new ObjectMapper(), Clock.systemUTC()) {
            @Override
            public Map<String, PersonalData> openAll(Collection<SealedPersonalData> sealed) {
                sealed.forEach(s -> opened.add(s.keyId()));
                return super.openAll(sealed);
            }
        };
        actors = new ActorProjection(Views.fixed(db), vault, new ViewSettings(4, 1000, 50, 1000, true));
        register(ANNA, "GM0274", "Anna de Vries");
        register(ELSEWHERE, "GM0202", "Bram Jansen");
        register(UNASKED, "GM0274", "Chris Smit");
    }

    private void register(ActorId id, String gm, String name) {
        SealedPersonalData sealed = vault.seal("key-" + id.value(), gm, new PersonalData(name, null, null));
        actors.on(new ActorRegistered(
                id, new MunicipalityCode(gm), ActorType.PERSON, null, sealed, LocalDate.of(2024, 1, 1)));
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    @Test
    void opensOnlyTheAskedMunicipalitysActorsThatTheAnswerReturns() {
        Map<String, ActorProjection.ActorSummary> found =
                actors.find("GM0274", List.of(ANNA.value(), ELSEWHERE.value()));
        assertThat(found).containsOnlyKeys(ANNA.value());
        assertThat(found.get(ANNA.value()).name()).isEqualTo("Anna de Vries");
        assertThat(opened).containsExactly("key-" + ANNA.value());
    }

    @Test
    void anErasedKeyShowsTheActorErasedOnTheNextReadThoughItsDocumentIsCached() {
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
