package nl.netwerkregie.query.network;

import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * A theme's network as the system knew it at a recording time or just after one of its events: its events
 * read from the event store itself, in recording order, up to the limit, and folded in memory as the
 * projection folds them ({@link NetworkFold}). Costs a read of the theme's stream up to the limit.
 */
@Component
class KnownNetworks {
    private final EventStorageEngine engine;

    KnownNetworks(EventStorageEngine engine) {
        this.engine = engine;
    }

    /** The network from the events recorded at or before {@code knownAt}. */
    ThemeNetwork knownAt(String municipality, String themeId, Instant knownAt) {
        return folded(municipality, themeId, m -> !m.getTimestamp().isAfter(knownAt), "knownAt");
    }

    /** The network from the events up to and including sequence number {@code sequence}. */
    ThemeNetwork afterSequence(String municipality, String themeId, long sequence) {
        return folded(municipality, themeId, m -> m.getSequenceNumber() <= sequence, "sequence");
    }

    /** The theme's events recorded after {@code knownAt}, in sequence order, as stored (upcast). */
    java.util.List<DomainEventMessage<?>> recordedAfter(String themeId, Instant knownAt) {
        java.util.List<DomainEventMessage<?>> out = new java.util.ArrayList<>();
        filtered(engine.readEvents(themeId, 0), m -> m.getTimestamp().isAfter(knownAt))
                .forEachRemaining(out::add);
        return out;
    }

    /** The theme's event with this sequence number, as stored (upcast); 404 when there is none. */
    DomainEventMessage<?> event(String themeId, long sequence) {
        DomainEventStream stream = engine.readEvents(themeId, sequence);
        while (stream.hasNext()) {
            DomainEventMessage<?> m = stream.next();
            if (m.getSequenceNumber() == sequence) {
                return m;
            }
        }
        throw new UnknownResourceException("event", themeId + " #" + sequence, "sequence");
    }

    private ThemeNetwork folded(
            String municipality, String themeId, Predicate<DomainEventMessage<?>> recorded, String field) {
        DomainEventStream stream = engine.readEvents(themeId, 0);
        ThemeNetwork n = NetworkFold.fold(themeId, filtered(stream, recorded));
        if (n.municipality == null || n.namedOn == null) {
            // nothing recorded yet at the limit, an unknown theme, or another municipality's: the same answer
            throw new UnknownResourceException("theme", themeId + " as known then", field);
        }
        if (!municipality.equals(n.municipality)) {
            throw new UnknownResourceException("theme", themeId, "themeId");
        }
        return n;
    }

    /** The stream's messages that pass {@code keep} (recording times of one theme may tie; none is skipped). */
    private static Iterator<DomainEventMessage<?>> filtered(
            DomainEventStream stream, Predicate<DomainEventMessage<?>> keep) {
        return new Iterator<>() {
            private DomainEventMessage<?> next = advance();

            private DomainEventMessage<?> advance() {
                while (stream.hasNext()) {
                    DomainEventMessage<?> m = stream.next();
                    if (keep.test(m)) {
                        return m;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public DomainEventMessage<?> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                DomainEventMessage<?> m = next;
                next = advance();
                return m;
            }
        };
    }
}
