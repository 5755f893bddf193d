package nl.netwerkregie.query.projection;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 *
 * <p>Under a steady stream of events, a stream is handed a batch at most once per batch interval, so that the events
 * of that interval are handled in one unit of work: one write of the views, the progress and the token for many
 * events, where a batch per event made a family's writes, and the store's commits they wait for, grow with the command
 * rate. A stream reads the store itself only while it is behind (its last batch was a full one); once it has caught
 * up it waits for the poller, which reads for it. Every family reads every event, and families that keep up stand at
 * the same position and are woken together. So a read is shared: {@link #batchAfter} lets the streams that ask at the same token while a read
 * at that token is under way wait for it and take its answer, which is exactly what a read of their own at
 * that moment would have returned. Nothing is kept once the read is answered: a batch read earlier could hold
 * an event the store had applied but not yet made durable, which a crash of the store takes back. The poller
 * asks once per distinct position, not once per stream. Events are immutable and their lazily deserialised
 * payloads safe to share between threads.
 */
public class SignallingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {
    private final java.util.function.Supplier<EventStorageEngine> engines;
    private final java.util.function.Supplier<EventStore> stores;
    private final int batchSize;
    private final long pollMs;
    private final long batchIntervalNanos;
    private final Map<Stream, Runnable> waiting = new ConcurrentHashMap<>();
    /** The reads under way, by the token they follow (null: the start of the store). */
    private final Map<TrackingToken, CompletableFuture<List<TrackedEventMessage<?>>>> reading = new HashMap<>();

    private final AtomicLong reads = new AtomicLong();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "event-signal");
        t.setDaemon(true);
        return t;
    });

    /**
     * The engine and the event store are looked up at first use: the processors' configuration needs this source first.
     *
     * @param batchSize       events per read
     * @param pollMs          how often the poller looks for events after the idle streams' positions
     * @param batchIntervalMs the least time between two batches the poller hands one stream: events arriving meanwhile
     *                        wait and go in the next batch, so a family writes its views, progress and token once per
     *                        interval under a steady stream of commands rather than once per event; {@code 0} for
     *                        none
     */
    public SignallingEventSource(
            java.util.function.Supplier<EventStorageEngine> engine,
            java.util.function.Supplier<EventStore> events,
            int batchSize,
            long pollMs,
            long batchIntervalMs) {
        this.engines = engine;
        this.stores = events;
        this.batchSize = batchSize;
        this.pollMs = pollMs;
        this.batchIntervalNanos = TimeUnit.MILLISECONDS.toNanos(batchIntervalMs);
        poller.scheduleWithFixedDelay(this::signal, pollMs, pollMs, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    /**
     * One round of the poller: one read per distinct position of the idle streams; a stream at a position with
     * events gets the batch handed over, as if it had read it itself, and its processor is woken.
     */
    void signal() {
        long now = System.nanoTime();
        Map<TrackingToken, List<TrackedEventMessage<?>>> read = new HashMap<>();
        for (Map.Entry<Stream, Runnable> w : waiting.entrySet()) {
            try {
                Stream stream = w.getKey();
                TrackingToken position = stream.position;
                if (stream.idle() && stream.mayWake(now)) {
                    // HashMap takes the null of a stream at the start of the store as a key like any other
                    List<TrackedEventMessage<?>> batch = read.get(position);
                    if (batch == null) {
                        batch = batchAfter(position);
                        read.put(position, batch);
                    }
                    if (!batch.isEmpty()) {
                        stream.handOver(position, batch, now);
                        w.getValue().run();
                    }
                }
            } catch (RuntimeException e) {
                // the store may be briefly unreachable: ask again on the next round
            }
        }
    }

    /**
     * The events after {@code position}, at most a batch: one read of the engine, shared by every stream that asks
     * at the same token while it is under way.
     */
    List<TrackedEventMessage<?>> batchAfter(TrackingToken position) {
        CompletableFuture<List<TrackedEventMessage<?>>> batch;
        boolean reader = false;
        synchronized (reading) {
            batch = reading.get(position);
            if (batch == null) {
                batch = new CompletableFuture<>();
                reading.put(position, batch);
                reader = true;
            }
        }
        if (reader) {
            try {
                reads.incrementAndGet();
                List<TrackedEventMessage<?>> events = new ArrayList<>();
                try (java.util.stream.Stream<? extends TrackedEventMessage<?>> next =
                        engines.get().readEvents(position, false)) {
                    next.limit(batchSize).forEach(events::add);
                }
                batch.complete(List.copyOf(events));
            } catch (RuntimeException | Error e) {
                batch.completeExceptionally(e);
                throw e;
            } finally {
                synchronized (reading) {
                    reading.remove(position);
                }
            }
        }
        try {
            return batch.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** How many reads of the engine this source has made (the streams' reads it shared are not counted). */
    long reads() {
        return reads.get();
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

    private record HandedOver(TrackingToken after, List<TrackedEventMessage<?>> events) {}

    /** One processor's stream: batches read from the engine after its last position. Used by one thread. */
    final class Stream implements BlockingStream<TrackedEventMessage<?>> {
        private final ArrayDeque<TrackedEventMessage<?>> buffer = new ArrayDeque<>();
        private volatile TrackingToken position;
        private volatile boolean empty = true;
        /** A batch the poller read for this stream's position, taken by the next fill at that position. */
        private volatile HandedOver handedOver;
        /**
         * Whether the last batch this stream took was a full one, so that more events may follow at once: then it reads
         * the next batch itself. A stream that has caught up and has a callback to be woken by reads nothing itself and
         * waits for the poller's hand-over:
         * Axon's coordinator asks a stream two or three times per round whether events are available, and each of
         * those questions was a read of the store.
         */
        private boolean behind = true;
        /** When the poller last handed this stream a batch ({@link System#nanoTime()}). */
        private volatile long wokenAt = System.nanoTime() - batchIntervalNanos;

        Stream(TrackingToken from) {
            this.position = from;
        }

        boolean idle() {
            return empty;
        }

        void handOver(TrackingToken after, List<TrackedEventMessage<?>> batch, long now) {
            handedOver = new HandedOver(after, batch);
            wokenAt = now;
        }

        /** Whether the last hand-over was at least the batch interval before {@code now}. */
        boolean mayWake(long now) {
            return now - wokenAt >= batchIntervalNanos;
        }

        private void fill() {
            if (buffer.isEmpty()) {
                HandedOver handed = handedOver;
                handedOver = null;
                List<TrackedEventMessage<?>> batch;
                if (handed != null && java.util.Objects.equals(handed.after(), position)) {
                    batch = handed.events();
                } else if (behind || !waiting.containsKey(this)) {
                    batch = batchAfter(position); // a stream nobody wakes reads for itself
                } else {
                    batch = List.of();
                }
                behind = batch.size() >= batchSize;
                buffer.addAll(batch);
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
