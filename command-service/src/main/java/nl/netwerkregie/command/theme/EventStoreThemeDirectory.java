package nl.netwerkregie.command.theme;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Finds a theme's first event in the event store (from sequence 0, past any snapshot). A theme's
 * municipality never changes, so a found answer is remembered; a missing theme is looked up again.
 */
@Component
class EventStoreThemeDirectory implements ThemeDirectory {
    private final EventStore eventStore;
    private final Map<ThemeId, MunicipalityCode> known = new ConcurrentHashMap<>();

    EventStoreThemeDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<MunicipalityCode> municipalityOf(ThemeId themeId) {
        MunicipalityCode cached = known.get(themeId);
        if (cached != null) {
            return Optional.of(cached);
        }
        DomainEventStream stream = eventStore.readEvents(themeId.value(), 0);
        if (stream.hasNext() && stream.next().getPayload() instanceof ThemeNamed named) {
            known.put(themeId, named.municipality());
            return Optional.of(named.municipality());
        }
        return Optional.empty();
    }
}
