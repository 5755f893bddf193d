package nl.netwerkregie.command.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.events.ActorClassified;
import nl.netwerkregie.events.ActorRegistered;
import nl.netwerkregie.events.PersonalDataErased;
import nl.netwerkregie.events.PersonalDataRectified;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.personaldata.PersonalData;
import nl.netwerkregie.platform.personaldata.PersonalDataAccessLog;
import nl.netwerkregie.platform.personaldata.PersonalDataStore;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.store.EmbeddedStore;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
import nl.netwerkregie.values.Sector;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActorTest {
    private static final ActorId ID = new ActorId("00000000-0000-0000-0000-0000000000a1");
    private static final MunicipalityCode RENKUM = new MunicipalityCode("GM0274");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final SealedPersonalData SEALED = new SealedPersonalData(ID.value(), "AES-256-GCM", "c2VhbGVk");

    private static final ActorRegistered ANNA = new ActorRegistered(ID, RENKUM, ActorType.PERSON, null, SEALED, DAY);
    private static final ActorRegistered LIBRARY =
            new ActorRegistered(ID, RENKUM, ActorType.ORGANISATION, "Bibliotheek", null, DAY);

    private AggregateTestFixture<Actor> fixture;
    private EmbeddedStore store;
    private MongoClient client;
    private PersonalDataVault vault;

    @BeforeEach
    void setUp() {
        store = EmbeddedStore.inMemory(0);
        client = MongoClients.create(store.uri());
        PersonalDataStore.Database keys = new PersonalDataStore.Database(client.getDatabase("keys"), client);
        vault = new PersonalDataVault(
                keys, new PersonalDataAccessLog(keys, Clock.systemUTC()), new ObjectMapper(), Clock.systemUTC());
        fixture = new AggregateTestFixture<>(Actor.class);
        fixture.registerInjectableResource(vault);
    }

    @AfterEach
    void tearDown() {
        client.close();
        store.close();
    }

    @Test
    void erasesAPersonByDestroyingItsKeyAndRecordingTheErasure() {
        vault.seal(ID.value(), RENKUM.value(), new PersonalData("Anna", null, null));
        fixture.given(ANNA)
                .when(new ErasePersonalData(ID, RENKUM, DAY.plusDays(5)))
                .expectEvents(new PersonalDataErased(ID, RENKUM, DAY.plusDays(5)));
        assertThat(vault.holds(ID.value())).isFalse();
        assertThat(vault.known(ID.value())).as("a tombstone stays").isTrue();
    }

    @Test
    void refusesASecondErasureAndAnErasureWithoutPersonalData() {
        fixture.given(ANNA, new PersonalDataErased(ID, RENKUM, DAY))
                .when(new ErasePersonalData(ID, RENKUM, DAY))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("this actor's personal data was erased already")
                .expectNoEvents();
        fixture.given(LIBRARY)
                .when(new ErasePersonalData(ID, RENKUM, DAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anActorOfAnotherMunicipalityIsUnknownAndItsKeyIsLeftAlone() {
        vault.seal(ID.value(), RENKUM.value(), new PersonalData("Anna", null, null));
        fixture.given(ANNA)
                .when(new ErasePersonalData(ID, new MunicipalityCode("GM0202"), DAY))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
        assertThat(vault.holds(ID.value())).isTrue();
        fixture.given(ANNA)
                .when(new RectifyPersonalData(ID, new MunicipalityCode("GM0202"), SEALED, true, DAY))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void rectifiesWithAValueSealedWithTheActorsOwnKey() {
        SealedPersonalData corrected = new SealedPersonalData(ID.value(), "AES-256-GCM", "Y29ycmVjdGVk");
        fixture.given(ANNA)
                .when(new RectifyPersonalData(ID, RENKUM, corrected, true, DAY.plusDays(1)))
                .expectEvents(new PersonalDataRectified(ID, RENKUM, corrected, DAY.plusDays(1)));
        fixture.given(LIBRARY)
                .when(new RectifyPersonalData(ID, RENKUM, corrected, false, DAY.plusDays(1)))
                .expectEvents(new PersonalDataRectified(ID, RENKUM, corrected, DAY.plusDays(1)));
    }

    @Test
    void refusesRectificationsThatBreakARule() {
        SealedPersonalData corrected = new SealedPersonalData(ID.value(), "AES-256-GCM", "Y29ycmVjdGVk");
        fixture.given(ANNA, new PersonalDataErased(ID, RENKUM, DAY))
                .when(new RectifyPersonalData(ID, RENKUM, corrected, true, DAY))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
        fixture.given(ANNA)
                .when(new RectifyPersonalData(ID, RENKUM, corrected, false, DAY))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("name: is required for a person")
                .expectNoEvents();
        fixture.given(LIBRARY)
                .when(new RectifyPersonalData(ID, RENKUM, corrected, true, DAY))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
        fixture.given(ANNA)
                .when(new RectifyPersonalData(
                        ID, RENKUM, new SealedPersonalData("another-key", "AES-256-GCM", "eA=="), true, DAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void classifiesAnActorBySectorAndBuurtFromADate() {
        BuurtCode buurt = new BuurtCode("BU02740101");
        fixture.given(ANNA)
                .when(new ClassifyActor(ID, RENKUM, Sector.RESIDENT, buurt, DAY))
                .expectEvents(new ActorClassified(ID, RENKUM, Sector.RESIDENT, buurt, DAY));
        fixture.given(LIBRARY, new ActorClassified(ID, RENKUM, Sector.PROVIDER, null, DAY))
                .when(new ClassifyActor(ID, RENKUM, Sector.COMMUNITY_ORGANISATION, null, DAY.plusYears(1)))
                .expectEvents(new ActorClassified(ID, RENKUM, Sector.COMMUNITY_ORGANISATION, null, DAY.plusYears(1)));
    }

    @Test
    void refusesClassificationsThatBreakARule() {
        fixture.given(ANNA)
                .when(new ClassifyActor(ID, RENKUM, Sector.RESIDENT, new BuurtCode("BU02020101"), DAY))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("BU02020101 does not lie in GM0274")
                .expectNoEvents();
        fixture.given(ANNA)
                .when(new ClassifyActor(ID, RENKUM, Sector.RESIDENT, null, DAY.minusDays(1)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("the actor was registered on 2024-03-01, after 2024-02-29")
                .expectNoEvents();
        fixture.given(ANNA, new PersonalDataErased(ID, RENKUM, DAY))
                .when(new ClassifyActor(ID, RENKUM, Sector.RESIDENT, null, DAY))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("this actor's personal data was erased")
                .expectNoEvents();
        fixture.given(ANNA)
                .when(new ClassifyActor(ID, new MunicipalityCode("GM0202"), Sector.RESIDENT, null, DAY))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void registersAPersonWithSealedPersonalData() {
        fixture.givenNoPriorActivity()
                .when(new RegisterActor(ID, RENKUM, ActorType.PERSON, null, SEALED, DAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ActorRegistered(ID, RENKUM, ActorType.PERSON, null, SEALED, DAY));
    }

    @Test
    void registersAnOrganisationByItsPublicName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterActor(ID, RENKUM, ActorType.ORGANISATION, "Bibliotheek", null, DAY))
                .expectEvents(new ActorRegistered(ID, RENKUM, ActorType.ORGANISATION, "Bibliotheek", null, DAY));
    }

    @Test
    void refusesAPersonWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterActor(ID, RENKUM, ActorType.PERSON, null, null, DAY))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("name: is required for a person")
                .expectNoEvents();
    }

    @Test
    void refusesAPersonWithAnOrganisationName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterActor(ID, RENKUM, ActorType.PERSON, "Bibliotheek", SEALED, DAY))
                .expectException(InvalidInputException.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnOrganisationWithoutItsName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterActor(ID, RENKUM, ActorType.ORGANISATION, null, SEALED, DAY))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("organisationName: is required for an organisation")
                .expectNoEvents();
    }
}
