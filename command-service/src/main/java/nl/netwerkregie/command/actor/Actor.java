package nl.netwerkregie.command.actor;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import nl.netwerkregie.events.ActorRegistered;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A person or organisation that can take part in the networks of a municipality's themes. */
@Aggregate
class Actor {
    @AggregateIdentifier
    private ActorId actorId;

    Actor() {
        // for Axon
    }

    @CommandHandler
    Actor(RegisterActor command) {
        if (command.type() == ActorType.PERSON) {
            if (command.organisationName() != null) {
                throw new InvalidInputException("organisationName", "must be absent for a person");
            }
            if (command.personalData() == null) {
                throw new InvalidInputException("name", "is required for a person");
            }
        } else if (command.organisationName() == null) {
            throw new InvalidInputException("organisationName", "is required for an organisation");
        }
        apply(new ActorRegistered(
                command.actorId(),
                command.municipality(),
                command.type(),
                command.organisationName(),
                command.personalData(),
                command.effectiveDate()));
    }

    @EventSourcingHandler
    void on(ActorRegistered event) {
        this.actorId = event.actorId();
    }
}
