package nl.netwerkregie.command.actor;

import java.time.LocalDate;
import nl.netwerkregie.events.ActorRegistered;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActorTest {
    private static final ActorId ID = new ActorId("00000000-0000-0000-0000-0000000000a1");
    private static final MunicipalityCode RENKUM = new MunicipalityCode("GM0274");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final SealedPersonalData SEALED = new SealedPersonalData(ID.value(), "AES-256-GCM", "c2VhbGVk");

    private AggregateTestFixture<Actor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Actor.class);
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
