package nl.netwerkregie.query.projection;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Where the view families' processors read events: straight from the storage engine, in batches, with
 * a signal when new events arrive. Axon's pooled streaming processor, given a stream that cannot signal,
 * looks for new events only every 500 ms, which was most of the projection lag. Here one poller thread
 * asks the engine, every {@code netwerkregie.event-store.fetch-delay-ms}, whether anything follows the
 * position of each idle stream (for the global-sequence engine one key lookup of the counter, plus the
 * token's gaps) and wakes that stream's processor when it does. Tokens are made by the event store.
 */
public class SignallingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {
    private final java.util.function.Supplier<EventStorageEngine> engines;
    private final java.util.function.Supplier<EventStore> stores;
    private final int batchSize;
    private final long pollMs;
    private final Map<Stream, Runnable> waiting = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-signal");
        t.setDaemon(true);
        return t;
    });

    /** The engine and the event store are looked up at first use: the processors' configuration needs this source first. */
    public SignallingEventSource(
            java.util.function.Supplier<EventStorageEngine> engine,
            java.util.function.Supplier<EventStore> events,
            int batchSize,
            long pollMs) {
        this.engines = engine;
        this.stores = events;
        this.batchSize = batchSize;
        this.pollMs = pollMs;
        poller.scheduleWithFixedDelay(this::signal, pollMs, pollMs, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    private void signal() {
        for (Map.Entry<Stream, Runnable> w : waiting.entrySet()) {
            try {
                if (w.getKey().idle() && w.getKey().anythingAfter()) {
                    w.getValue().run();
                }
            } catch (RuntimeException e) {
                // the store may be briefly unreachable: ask again on the next round
            }
        }
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new Stream(trackingToken);
    }

    @Override
    public TrackingToken createTailToken() {
        return stores.get().createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return stores.get().createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return stores.get().createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return stores.get().createTokenSince(duration);
    }

    /** One processor's stream: batches read from the engine after its last position. Used by one thread. */
    final class Stream implements BlockingStream<TrackedEventMessage<?>> {
        private final ArrayDeque<TrackedEventMessage<?>> buffer = new ArrayDeque<>();
        private volatile TrackingToken position;
        private volatile boolean empty = true;

        Stream(TrackingToken from) {
            this.position = from;
        }

        boolean idle() {
            return empty;
        }

        boolean anythingAfter() {
            try (java.util.stream.Stream<? extends TrackedEventMessage<?>> next =
                    engines.get().readEvents(position, false)) {
                return next.findFirst().isPresent();
            }
        }

        private void fill() {
            if (buffer.isEmpty()) {
                try (java.util.stream.Stream<? extends TrackedEventMessage<?>> next =
                        engines.get().readEvents(position, false)) {
                    next.limit(batchSize).forEach(buffer::add);
                }
            }
            empty = buffer.isEmpty();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            fill();
            return Optional.ofNullable(buffer.peekFirst());
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            fill();
            while (buffer.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(
                        Math.max(1, Math.min(pollMs, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))));
                fill();
            }
            return !buffer.isEmpty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
                // wait until the next event is stored
            }
            TrackedEventMessage<?> next = buffer.pollFirst();
            position = next.trackingToken();
            empty = buffer.isEmpty();
            return next;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            waiting.put(this, callback);
            return true;
        }

        @Override
        public void close() {
            waiting.remove(this);
            buffer.clear();
        }
    }
}
