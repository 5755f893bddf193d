package nl.netwerkregie.command.actor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.netwerkregie.events.ActorRegistered;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Finds an actor's registration in the event store. An actor's municipality never changes, so a
 * found answer is remembered; a missing actor is looked up again next time.
 */
@Component
class EventStoreActorDirectory implements ActorDirectory {
    private final EventStore eventStore;
    private final Map<ActorId, MunicipalityCode> known = new ConcurrentHashMap<>();

    EventStoreActorDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<MunicipalityCode> municipalityOf(ActorId actorId) {
        MunicipalityCode cached = known.get(actorId);
        if (cached != null) {
            return Optional.of(cached);
        }
        DomainEventStream stream = eventStore.readEvents(actorId.value());
        if (stream.hasNext() && stream.next().getPayload() instanceof ActorRegistered registered) {
            known.put(actorId, registered.municipality());
            return Optional.of(registered.municipality());
        }
        return Optional.empty();
    }
}
