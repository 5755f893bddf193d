package nl.netwerkregie.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

class SignallingEventSourceTest {

    /** Axon's in-memory engine, counting the reads made of it. */
    static class CountingEngine extends InMemoryEventStorageEngine {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            reads.incrementAndGet();
            return super.readEvents(trackingToken, mayBlock);
        }
    }

    private final CountingEngine engine = new CountingEngine();
    private final EmbeddedEventStore store =
            EmbeddedEventStore.builder().storageEngine(engine).build();

    private void append(int from, int count) {
        for (int i = from; i < from + count; i++) {
            engine.appendEvents(new GenericDomainEventMessage<>("Theme", "theme-1", i, "event " + i));
        }
    }

    private static List<Object> drain(BlockingStream<TrackedEventMessage<?>> stream, int count)
            throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        while (payloads.size() < count && stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
            payloads.add(stream.nextAvailable().getPayload());
        }
        return payloads;
    }

    @Test
    void thePollerReadsOnceForTheIdleStreamsAtOnePositionAndHandsThemTheBatch() throws Exception {
        SignallingEventSource source = new SignallingEventSource(() -> engine, () -> store, 10, 60_000, 0);
        List<BlockingStream<TrackedEventMessage<?>>> streams = new ArrayList<>();
        AtomicInteger woken = new AtomicInteger();
        for (int family = 0; family < 12; family++) {
            BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
            stream.setOnAvailableCallback(woken::incrementAndGet);
            streams.add(stream);
        }
        long idleReads = source.reads();
        source.signal();
        assertThat(woken.get()).isZero();
        assertThat(source.reads()).isEqualTo(idleReads + 1); // nothing new: one read for all twelve

        append(0, 25);
        source.signal();
        assertThat(woken.get()).isEqualTo(12);
        assertThat(source.reads()).isEqualTo(idleReads + 2);
        for (BlockingStream<TrackedEventMessage<?>> stream : streams) {
            assertThat(stream.peek()).isPresent();
        }
        assertThat(source.reads()).isEqualTo(idleReads + 2); // the first batch came from the poller's one read
        for (BlockingStream<TrackedEventMessage<?>> stream : streams) {
            assertThat(drain(stream, 25)).hasSize(25).startsWith("event 0").endsWith("event 24");
        }
    }

    @Test
    void aStreamThatCaughtUpReadsNothingItselfUntilThePollerHandsItTheNextEvents() throws Exception {
        append(0, 12);
        SignallingEventSource source = new SignallingEventSource(() -> engine, () -> store, 10, 60_000, 0);
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        AtomicInteger woken = new AtomicInteger();
        stream.setOnAvailableCallback(woken::incrementAndGet);
        // behind: a full batch, then the rest, read by the stream itself
        assertThat(drain(stream, 12)).hasSize(12).endsWith("event 11");
        long caughtUp = source.reads();
        for (int ask = 0; ask < 5; ask++) {
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
        }
        append(12, 3);
        assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(source.reads()).isEqualTo(caughtUp); // asked six times, read nothing

        source.signal();
        assertThat(woken.get()).isEqualTo(1);
        assertThat(drain(stream, 3)).containsExactly("event 12", "event 13", "event 14");
        assertThat(source.reads()).isEqualTo(caughtUp + 1); // the poller's one read
    }

    @Test
    void aStreamIsHandedABatchAtMostOncePerBatchIntervalAndTheEventsMeanwhileWaitForIt() throws Exception {
        SignallingEventSource source = new SignallingEventSource(() -> engine, () -> store, 10, 60_000, 60_000);
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        AtomicInteger woken = new AtomicInteger();
        stream.setOnAvailableCallback(woken::incrementAndGet);
        assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();

        append(0, 2);
        source.signal();
        assertThat(woken.get()).isEqualTo(1);
        assertThat(drain(stream, 2)).containsExactly("event 0", "event 1");

        append(2, 2);
        source.signal(); // within the interval: not woken, and the events stay in the store
        assertThat(woken.get()).isEqualTo(1);
        assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();

        SignallingEventSource noInterval = new SignallingEventSource(() -> engine, () -> store, 10, 60_000, 0);
        BlockingStream<TrackedEventMessage<?>> other = noInterval.openStream(null);
        other.setOnAvailableCallback(woken::incrementAndGet);
        assertThat(drain(other, 4)).hasSize(4);
        append(4, 1);
        noInterval.signal();
        assertThat(woken.get()).isEqualTo(2);
        assertThat(drain(other, 1)).containsExactly("event 4");
        append(5, 1);
        noInterval.signal();
        assertThat(woken.get()).isEqualTo(3);
    }

    @Test
    void streamsAskingAtOneTokenWhileItIsReadShareTheRead() throws Exception {
        append(0, 4);
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        CountingEngine slow = new CountingEngine() {
            @Override
            public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
                reads.incrementAndGet();
                entered.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return engine.readEvents(token, mayBlock);
            }
        };
        SignallingEventSource source = new SignallingEventSource(() -> slow, () -> store, 10, 60_000, 0);
        BlockingStream<TrackedEventMessage<?>> first = source.openStream(null);
        BlockingStream<TrackedEventMessage<?>> second = source.openStream(null);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = threads.submit(() -> drain(first, 4));
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
            var b = threads.submit(() -> drain(second, 4));
            Thread.sleep(200); // the second now waits for the first one's read
            release.countDown();
            assertThat(a.get(5, TimeUnit.SECONDS)).containsExactly("event 0", "event 1", "event 2", "event 3");
            assertThat(b.get(5, TimeUnit.SECONDS)).containsExactly("event 0", "event 1", "event 2", "event 3");
        } finally {
            threads.shutdownNow();
        }
        assertThat(slow.reads.get()).isEqualTo(1);
    }

    @Test
    void anEmptyAnswerIsNotKeptAndAKeptShortBatchIsFollowedByTheRest() throws Exception {
        append(0, 3);
        SignallingEventSource source = new SignallingEventSource(() -> engine, () -> store, 10, 60_000, 0);
        BlockingStream<TrackedEventMessage<?>> first = source.openStream(null);
        assertThat(drain(first, 3)).containsExactly("event 0", "event 1", "event 2");
        assertThat(first.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();

        append(3, 2);
        // the empty answer after event 2 was not kept: the new events are read
        assertThat(drain(first, 2)).containsExactly("event 3", "event 4");

        // a stream that starts later reads afresh (an answer is not kept) and misses nothing
        long before = source.reads();
        BlockingStream<TrackedEventMessage<?>> late = source.openStream(null);
        assertThat(drain(late, 5)).containsExactly("event 0", "event 1", "event 2", "event 3", "event 4");
        assertThat(source.reads()).isGreaterThan(before);
    }

    @Test
    void aFailedReadIsNotKept() throws Exception {
        append(0, 2);
        AtomicInteger failures = new AtomicInteger(1);
        CountingEngine failingOnce = new CountingEngine() {
            @Override
            public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("store unreachable");
                }
                return engine.readEvents(token, mayBlock);
            }
        };
        SignallingEventSource source = new SignallingEventSource(() -> failingOnce, () -> store, 10, 60_000, 0);
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> stream.peek()).hasMessage("store unreachable");
        assertThat(drain(stream, 2)).containsExactly("event 0", "event 1");
    }
}
