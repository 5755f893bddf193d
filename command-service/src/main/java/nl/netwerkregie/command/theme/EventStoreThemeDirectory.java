package nl.netwerkregie.command.theme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Folds a theme's events from the event store into {@link ThemeDirectory.Facts}, from sequence 0 past any snapshot.
 * Facts read before are kept (at most {@value #KEPT} themes, least recently used dropped) and brought up
 * to date by reading only the events after their last sequence, so asking again costs one read that
 * usually finds nothing new.
 */
@Component
class EventStoreThemeDirectory implements ThemeDirectory {
    static final int KEPT = 2_000;

    private final EventStore eventStore;
    private final Map<ThemeId, ThemeDirectory.Facts> known =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ThemeId, ThemeDirectory.Facts> eldest) {
                    return size() > KEPT;
                }
            });

    EventStoreThemeDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<ThemeDirectory.Facts> facts(ThemeId themeId) {
        ThemeDirectory.Facts facts = known.get(themeId);
        if (facts == null) {
            facts = new ThemeDirectory.Facts();
        }
        DomainEventStream stream = eventStore.readEvents(themeId.value(), facts.lastSequence() + 1);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            facts.apply(message.getPayload(), message.getSequenceNumber());
        }
        if (!facts.named()) {
            return Optional.empty(); // no theme, or another kind of aggregate
        }
        known.put(themeId, facts);
        return Optional.of(facts);
    }
}
