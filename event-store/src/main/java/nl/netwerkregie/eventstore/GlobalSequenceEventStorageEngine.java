package nl.netwerkregie.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.netwerkregie.eventstore.EventCommits.StoredEvent;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Axon {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine} on MongoDB in which
 * the store hands out a dense global sequence and processors track it with
 * {@link GapAwareTrackingToken}s, as Axon's JDBC engine does.
 *
 * <ul>
 *   <li>Appending takes positions from a counter document ({@code $inc}, atomic on any MongoDB) and
 *       inserts one document per aggregate per unit of work ({@link EventCommits}). A unique
 *       {@code aggregateKey} turns a lost race into a {@link ConcurrencyException}.</li>
 *   <li>Every read is a lookup by {@code _id} or by the unique {@code aggregateKey} with {@code $in}:
 *       the next batch of a processor is "positions after the token up to the counter (at most a
 *       batch), plus the token's gaps", an aggregate's events are "keys id:s .. id:s+window", with
 *       windows that start small and grow. Both cost the same on a small and a
 *       large store, also on servers that answer other queries with collection scans.</li>
 *   <li>A position taken by a writer that has not committed yet is a gap in the token: later events
 *       are delivered, and the gap is looked up again on every fetch, so a late commit is delivered
 *       however late it is. A gap still empty after the gap timeout is marked abandoned; a writer
 *       that commits after that finds its position taken and retries at new positions. No event is
 *       skipped and no processor waits forever.</li>
 * </ul>
 */
public class GlobalSequenceEventStorageEngine extends BatchingEventStorageEngine {
    private static final Logger log = LoggerFactory.getLogger(GlobalSequenceEventStorageEngine.class);
    private static final int NO_GAP_LIMIT = Integer.MAX_VALUE;
    private static final int MAX_POSITION_RETRIES = 10;
    private static final int FIRST_AGGREGATE_WINDOW = 16;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> sequence;
    private final MongoCollection<Document> snapshots;
    private final Duration gapTimeout;
    private final Clock clock;
    /** When this engine first saw each still-open gap; a reader-local clock, so skew between instances does not matter. */
    private final Map<Long, Instant> gapsFirstSeen = new ConcurrentHashMap<>();
    /**
     * The head of the hash chain of the aggregates this engine appended to last (at most {@value #CHAIN_HEADS}),
     * so the next commit usually finds the hash it continues without a read; a miss costs one key lookup.
     */
    private final Map<String, ChainHead> chainHeads =
            java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ChainHead> eldest) {
                    return size() > CHAIN_HEADS;
                }
            });

    private static final int CHAIN_HEADS = 10_000;

    private record ChainHead(long sequenceNumber, String hash) {}

    protected GlobalSequenceEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        this.events = database.getCollection(builder.eventsCollection);
        this.sequence = database.getCollection(builder.eventsCollection + "_sequence");
        this.snapshots = database.getCollection(builder.eventsCollection + "_snapshots");
        this.gapTimeout = builder.gapTimeout;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the unique key that enforces one commit per place in an aggregate's stream (idempotent). */
    public void ensureIndexes() {
        events.createIndex(
                Indexes.ascending(EventCommits.AGGREGATE_KEY),
                new IndexOptions().unique(true).sparse(true).name("aggregateKey_unique"));
        events.createIndex(
                Indexes.ascending(EventCommits.LAST_KEY),
                new IndexOptions().sparse(true).name("lastKey"));
    }

    /** The hash a commit that starts at {@code firstSequenceNumber} continues; {@code null} where the chain begins. */
    private String previousHash(String aggregateIdentifier, long firstSequenceNumber) {
        if (firstSequenceNumber == 0) {
            return null;
        }
        ChainHead head = chainHeads.get(aggregateIdentifier);
        if (head != null && head.sequenceNumber() == firstSequenceNumber - 1) {
            return head.hash();
        }
        Document previous = read(() -> events.find(eq(
                        EventCommits.LAST_KEY, EventCommits.aggregateKey(aggregateIdentifier, firstSequenceNumber - 1)))
                .projection(Projections.include(EventCommits.HASH))
                .first());
        // a commit recorded before the chain existed has no hash: the chain begins after it
        return previous == null ? null : previous.getString(EventCommits.HASH);
    }

    // ---------------------------------------------------------------- appending

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        List<PendingCommit> commits = groupIntoCommits(messages, serializer);
        for (PendingCommit commit : commits) {
            if (commit.aggregateIdentifier != null) {
                commit.previousHash = previousHash(
                        commit.aggregateIdentifier, commit.events.get(0).sequenceNumber());
            }
        }
        int count = commits.stream().mapToInt(c -> c.events.size()).sum();
        for (int attempt = 1; ; attempt++) {
            long first = reservePositions(count);
            List<Document> documents = new ArrayList<>(commits.size());
            long position = first;
            for (PendingCommit commit : commits) {
                documents.add(EventCommits.commit(
                        position,
                        commit.aggregateType,
                        commit.aggregateIdentifier,
                        commit.events,
                        commit.previousHash));
                position += commit.events.size();
            }
            try {
                insertCommits(documents);
                for (Document d : documents) {
                    String aggregate = d.getString(EventCommits.AGGREGATE_IDENTIFIER);
                    if (aggregate != null) {
                        chainHeads.put(
                                aggregate,
                                new ChainHead(d.getLong(EventCommits.LAST_SEQUENCE), d.getString(EventCommits.HASH)));
                    }
                }
                return;
            } catch (PositionAbandonedException e) {
                if (attempt == MAX_POSITION_RETRIES) {
                    throw new EventStoreException(
                            "positions " + first + ".." + (position - 1) + " were abandoned by readers " + attempt
                                    + " times; the store is too slow to append",
                            e);
                }
                log.warn(
                        "Positions from {} were marked abandoned before this unit of work committed; retrying at new positions",
                        first);
                commits = commits.subList(e.committed, commits.size());
                count = commits.stream().mapToInt(c -> c.events.size()).sum();
            }
        }
    }

    /**
     * Inserts the commits in order, each an atomic single-document write. Overridable so a test can
     * hold a writer between taking its positions and committing.
     */
    protected void insertCommits(List<Document> commits) {
        for (int i = 0; i < commits.size(); i++) {
            Document commit = commits.get(i);
            try {
                events.insertOne(commit);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw new EventStoreException("could not append events", e);
                }
                resolveDuplicate(commit, i, e);
            } catch (MongoException e) {
                throw new EventStoreException("could not append events", e);
            }
        }
    }

    /** A duplicate key is either a competing writer in the aggregate's stream or a position a reader abandoned. */
    private void resolveDuplicate(Document commit, int index, MongoWriteException cause) {
        String aggregateKey = commit.getString(EventCommits.AGGREGATE_KEY);
        if (aggregateKey != null) {
            Document existing =
                    events.find(eq(EventCommits.AGGREGATE_KEY, aggregateKey)).first();
            if (existing != null) {
                if (sameFirstEvent(existing, commit)) {
                    return; // our own insert, answered twice (a retried write)
                }
                long sequenceNumber = commit.getLong(EventCommits.FIRST_SEQUENCE);
                String aggregate = commit.getString(EventCommits.AGGREGATE_IDENTIFIER);
                String message = "an event for aggregate [" + aggregate + "] at sequence [" + sequenceNumber
                        + "] was already inserted";
                throw sequenceNumber == 0
                        ? new AggregateStreamCreationException(message, cause)
                        : new ConcurrencyException(message, cause);
            }
        }
        throw new PositionAbandonedException(index, cause);
    }

    private static boolean sameFirstEvent(Document existing, Document commit) {
        List<Document> a = EventCommits.events(existing);
        List<Document> b = EventCommits.events(commit);
        return !a.isEmpty()
                && !b.isEmpty()
                && Objects.equals(
                        a.get(0).getString(EventCommits.EVENT_IDENTIFIER),
                        b.get(0).getString(EventCommits.EVENT_IDENTIFIER));
    }

    /** Takes {@code count} consecutive positions from the counter and returns the first. */
    /**
     * Takes {@code count} positions, waiting for the journal like every write of this engine: a position must
     * never be handed out twice, also not after a crash of the store. A reader may see the event stored at a
     * position before the store has made it durable; if a crash lost that event and the counter with it, the
     * position would go to another event, which that reader, already past it, would never see.
     */
    private long reservePositions(int count) {
        FindOneAndUpdateOptions options =
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        for (int attempt = 0; ; attempt++) {
            try {
                Document counter = sequence.findOneAndUpdate(
                        eq(EventCommits.ID, EventCommits.COUNTER_ID),
                        Updates.inc(EventCommits.NEXT_POSITION, (long) count),
                        options);
                return Objects.requireNonNull(counter).getLong(EventCommits.NEXT_POSITION) - count;
            } catch (MongoException e) {
                // two first-ever writers can both try to create the counter; the loser simply increments it
                if (attempt > 0 || e.getCode() != 11000) {
                    throw new EventStoreException("could not take positions in the event log", e);
                }
            }
        }
    }

    private List<PendingCommit> groupIntoCommits(List<? extends EventMessage<?>> messages, Serializer serializer) {
        Map<String, PendingCommit> byAggregate = new LinkedHashMap<>();
        List<PendingCommit> commits = new ArrayList<>();
        for (EventMessage<?> message : messages) {
            SerializedObject<String> payload = message.serializePayload(serializer, String.class);
            SerializedObject<String> metaData = message.serializeMetaData(serializer, String.class);
            boolean domain = message instanceof DomainEventMessage<?> d && d.getType() != null;
            long sequenceNumber = domain ? ((DomainEventMessage<?>) message).getSequenceNumber() : 0;
            StoredEvent event = new StoredEvent(
                    sequenceNumber,
                    message.getIdentifier(),
                    message.getTimestamp(),
                    payload.getType().getName(),
                    payload.getType().getRevision(),
                    payload.getData(),
                    metaData.getData());
            if (domain) {
                DomainEventMessage<?> d = (DomainEventMessage<?>) message;
                PendingCommit commit = byAggregate.computeIfAbsent(d.getAggregateIdentifier(), id -> {
                    PendingCommit created = new PendingCommit(d.getType(), id);
                    commits.add(created);
                    return created;
                });
                if (!commit.events.isEmpty()
                        && commit.events.get(commit.events.size() - 1).sequenceNumber() + 1 != sequenceNumber) {
                    throw new EventStoreException("events of aggregate [" + d.getAggregateIdentifier()
                            + "] in one unit of work must have consecutive sequence numbers");
                }
                commit.events.add(event);
            } else {
                PendingCommit single = new PendingCommit(null, null);
                single.events.add(event);
                commits.add(single);
            }
        }
        return commits;
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        SerializedObject<String> payload = snapshot.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = snapshot.serializeMetaData(serializer, String.class);
        StoredEvent event = new StoredEvent(
                snapshot.getSequenceNumber(),
                snapshot.getIdentifier(),
                snapshot.getTimestamp(),
                payload.getType().getName(),
                payload.getType().getRevision(),
                payload.getData(),
                metaData.getData());
        // one snapshot per aggregate, addressed by the aggregate's identifier; a newer one replaces it
        Document document = EventCommits.snapshot(snapshot.getType(), snapshot.getAggregateIdentifier(), event);
        try {
            snapshots.replaceOne(
                    eq(EventCommits.ID, snapshot.getAggregateIdentifier()),
                    document,
                    new ReplaceOptions().upsert(true));
        } catch (MongoException e) {
            throw new EventStoreException("could not store a snapshot", e);
        }
    }

    // ---------------------------------------------------------------- aggregates

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(
            String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        List<Document> commits = new ArrayList<>();
        walkCommits(aggregateIdentifier, firstSequenceNumber, batchSize, true, commits::add);
        commits.sort(Comparator.comparingLong(c -> c.getLong(EventCommits.FIRST_SEQUENCE)));
        List<DomainEventData<?>> result = new ArrayList<>();
        long next = firstSequenceNumber;
        for (Document commit : commits) {
            for (Document event : EventCommits.events(commit)) {
                if (event.getLong(EventCommits.SEQUENCE) == next) {
                    result.add(EventCommits.toEventData(commit, event));
                    next++;
                }
            }
        }
        return result;
    }

    /**
     * Whether the aggregate has an event with this sequence number that starts a commit: one key lookup,
     * without reading events. Asked with the number after an aggregate's last known event, it says
     * whether the aggregate has moved on since (every commit after that one starts there).
     */
    public boolean hasCommitStartingAt(String aggregateIdentifier, long sequenceNumber) {
        return read(() -> events.find(eq(
                                EventCommits.AGGREGATE_KEY,
                                EventCommits.aggregateKey(aggregateIdentifier, sequenceNumber)))
                        .projection(Projections.include(EventCommits.ID))
                        .first())
                != null;
    }

    /** Every commit of an aggregate, with its events, in the order of their sequence numbers (for verification). */
    public List<Document> commitsOf(String aggregateIdentifier) {
        List<Document> commits = new ArrayList<>();
        forEachCommit(aggregateIdentifier, commits::add);
        return commits;
    }

    /**
     * Hands every commit of an aggregate, with its events, to {@code consumer} in the order of their first
     * sequence numbers (see {@link #forEachEvent}); a commit is held whole while {@code consumer} takes it.
     */
    public void forEachCommit(String aggregateIdentifier, Consumer<Document> consumer) {
        forEachEvent(aggregateIdentifier, new EventWalk() {
            private Document commit;
            private List<Document> events;

            @Override
            public void commit(Document fields) {
                commit = fields;
                events = new ArrayList<>();
            }

            @Override
            public void event(Document event) {
                events.add(event);
            }

            @Override
            public void endOfCommit() {
                consumer.accept(commit.append(EventCommits.EVENTS, events));
            }
        });
    }

    /** What a walk over an aggregate's events is told, commit by commit. */
    public interface EventWalk {
        /** The next commit: its fields, without its events. */
        void commit(Document fields);

        /** The next event of that commit. */
        void event(Document event);

        /** Every event of that commit has been told. */
        void endOfCommit();

        /** A walk that verifies the stream's chain with {@code verifier} and hands each event on to {@code each}. */
        static EventWalk verifying(EventChain.Verifier verifier, Consumer<Document> each) {
            return new EventWalk() {
                @Override
                public void commit(Document fields) {
                    verifier.begin(fields);
                }

                @Override
                public void event(Document event) {
                    verifier.event(event);
                    each.accept(event);
                }

                @Override
                public void endOfCommit() {
                    verifier.end();
                }
            };
        }
    }

    /**
     * How many events of each commit a walk reads with the commit's fields; a commit that holds more (an upload of
     * many parts) has the rest read one event at a time, so a walk never holds a large commit whole.
     */
    static final int EVENTS_WITH_COMMIT = 2;

    /**
     * A commit's fields with its first events. The fields are named: a projection of a {@code $slice} alone keeps
     * every other field on MongoDB but only {@code _id} on mongo-java-server.
     */
    private static final org.bson.conversions.Bson COMMIT_WITH_FIRST_EVENTS = Projections.fields(
            Projections.include(
                    EventCommits.ID,
                    EventCommits.FIRST_POSITION,
                    EventCommits.AGGREGATE_KEY,
                    EventCommits.AGGREGATE_TYPE,
                    EventCommits.AGGREGATE_IDENTIFIER,
                    EventCommits.FIRST_SEQUENCE,
                    EventCommits.LAST_SEQUENCE,
                    EventCommits.LAST_KEY,
                    EventCommits.PREVIOUS_HASH,
                    EventCommits.HASH),
            Projections.slice(EventCommits.EVENTS, EVENTS_WITH_COMMIT));

    /**
     * Tells {@code walk} every commit of an aggregate and its events, in the order of their first sequence numbers,
     * reading one window of keys at a time (at most a batch of commits, each with at most {@value
     * #EVENTS_WITH_COMMIT} events, in memory), so a stream of any length and commits of any size can be exported or
     * verified in constant memory.
     */
    public void forEachEvent(String aggregateIdentifier, EventWalk walk) {
        long from = 0;
        int window = Math.min(FIRST_AGGREGATE_WINDOW, batchSize());
        while (true) {
            List<String> keys = LongStream.range(from, from + window)
                    .mapToObj(s -> EventCommits.aggregateKey(aggregateIdentifier, s))
                    .toList();
            List<Document> commits = read(() -> events.find(in(EventCommits.AGGREGATE_KEY, keys))
                    .projection(COMMIT_WITH_FIRST_EVENTS)
                    .into(new ArrayList<>()));
            commits.sort(Comparator.comparingLong((Document c) -> c.getLong(EventCommits.FIRST_SEQUENCE))
                    .thenComparingLong(EventCommits::lastPosition));
            long expected = from;
            for (Document commit : commits) {
                List<Document> first = EventCommits.events(commit);
                commit.remove(EventCommits.EVENTS);
                walk.commit(commit);
                first.forEach(walk::event);
                if (first.size() == EVENTS_WITH_COMMIT) {
                    long id = EventCommits.lastPosition(commit);
                    for (int i = EVENTS_WITH_COMMIT; ; i++) {
                        Document next = eventAt(id, i);
                        if (next == null) {
                            break;
                        }
                        walk.event(next);
                    }
                }
                walk.endOfCommit();
                expected = Math.max(expected, commit.getLong(EventCommits.LAST_SEQUENCE) + 1);
            }
            if (expected < from + window) {
                return; // the stream ends inside this window
            }
            from = expected;
            window = Math.min(window * 4, batchSize());
        }
    }

    /** Event {@code index} (from 0) of the commit whose {@code _id} is {@code id}, or null past its last. */
    private Document eventAt(long id, int index) {
        Document commit = read(() -> events.find(eq(EventCommits.ID, id))
                .projection(Projections.fields(
                        Projections.include(EventCommits.ID), Projections.slice(EventCommits.EVENTS, index, 1)))
                .first());
        List<Document> one = commit == null ? List.of() : EventCommits.events(commit);
        return one.isEmpty() ? null : one.get(0);
    }

    /** The first event of the aggregate (sequence number 0), without the rest of its commit; one key lookup. */
    public Optional<Document> firstEvent(String aggregateIdentifier) {
        Document commit = read(
                () -> events.find(eq(EventCommits.AGGREGATE_KEY, EventCommits.aggregateKey(aggregateIdentifier, 0)))
                        .projection(Projections.slice(EventCommits.EVENTS, 1))
                        .first());
        return commit == null
                ? Optional.empty()
                : EventCommits.events(commit).stream().findFirst();
    }

    /** Walks the aggregate's commits without reading their events. */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long next = walkCommits(aggregateIdentifier, 0, Long.MAX_VALUE, false, commit -> {});
        return next == 0 ? Optional.empty() : Optional.of(next - 1);
    }

    /**
     * Reads the aggregate's commits by key, a window of sequence numbers at a time, from
     * {@code firstSequenceNumber} until the stream ends or {@code limit} sequence numbers are covered.
     * The first window is small, because most aggregates are; each next one is four times larger, up
     * to the batch size. Returns the sequence number after the last commit found.
     */
    private long walkCommits(
            String aggregateIdentifier,
            long firstSequenceNumber,
            long limit,
            boolean withEvents,
            Consumer<Document> found) {
        long from = firstSequenceNumber;
        long expected = firstSequenceNumber;
        int window = Math.min(FIRST_AGGREGATE_WINDOW, batchSize());
        boolean first = true;
        while (expected - firstSequenceNumber < limit) {
            List<Document> commits = commitsOf(aggregateIdentifier, from, window, withEvents);
            if (first
                    && firstSequenceNumber > 0
                    && commits.stream().noneMatch(c -> c.getLong(EventCommits.FIRST_SEQUENCE) == firstSequenceNumber)) {
                // starting inside a commit (a caller chose the position): find the commit that holds it
                long back = Math.max(0, firstSequenceNumber - batchSize());
                commits.addAll(commitsOf(aggregateIdentifier, back, (int) (firstSequenceNumber - back), withEvents));
            }
            first = false;
            for (Document commit : commits) {
                found.accept(commit);
                expected = Math.max(expected, commit.getLong(EventCommits.LAST_SEQUENCE) + 1);
            }
            if (expected < from + window) {
                break; // the stream ends inside this window
            }
            from = expected;
            window = Math.min(window * 4, batchSize());
        }
        return expected;
    }

    private List<Document> commitsOf(String aggregateIdentifier, long from, int count, boolean withEvents) {
        List<String> keys = LongStream.range(from, from + count)
                .mapToObj(s -> EventCommits.aggregateKey(aggregateIdentifier, s))
                .toList();
        return read(() -> events.find(in(EventCommits.AGGREGATE_KEY, keys))
                .projection(withEvents ? null : Projections.exclude(EventCommits.EVENTS))
                .into(new ArrayList<>()));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = read(
                () -> snapshots.find(eq(EventCommits.ID, aggregateIdentifier)).first());
        if (snapshot == null) {
            return Stream.empty();
        }
        return EventCommits.events(snapshot).stream().map(event -> EventCommits.toEventData(snapshot, event));
    }

    // ---------------------------------------------------------------- tracking

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = asGapAware(lastToken);
        // the counter says how far positions have been handed out: an up-to-date processor asks for nothing more
        long next = nextPosition();
        long windowStart = token.getIndex() + 1;
        List<TrackedEventData<?>> result = new ArrayList<>();
        do {
            long windowEnd = Math.min(windowStart + batchSize, next);
            Set<Long> ids = new TreeSet<>(token.getGaps());
            LongStream.range(windowStart, windowEnd).forEach(ids::add);
            if (ids.isEmpty()) {
                break;
            }
            // majority: a processor never takes in a commit that a crash of the store could still take back
            List<Document> found = read(() -> events.withReadConcern(ReadConcern.MAJORITY)
                    .find(in(EventCommits.ID, ids))
                    .into(new ArrayList<>()));
            found.sort(Comparator.comparingLong(EventCommits::lastPosition));
            for (Document commit : found) {
                token = deliver(commit, token, result);
            }
            // Nothing to deliver in this window: it holds only positions still being written or
            // abandoned, or part of one commit larger than the window. Look further, up to the counter.
            windowStart = windowEnd;
        } while (result.isEmpty() && windowStart < next);
        abandonExpiredGaps(token);
        return result;
    }

    /** Adds the commit's events that the token has not seen to {@code result}; returns the advanced token. */
    private GapAwareTrackingToken deliver(
            Document commit, GapAwareTrackingToken token, List<TrackedEventData<?>> result) {
        if (EventCommits.isAbandoned(commit)) {
            long position = EventCommits.lastPosition(commit);
            gapsFirstSeen.remove(position);
            return isNew(token, position) ? token.advanceTo(position, NO_GAP_LIMIT) : token;
        }
        for (Document event : EventCommits.events(commit)) {
            long position = event.getLong(EventCommits.POSITION);
            if (isNew(token, position)) {
                if (position < token.getIndex()) {
                    gapsFirstSeen.remove(position);
                }
                token = token.advanceTo(position, NO_GAP_LIMIT);
                result.add(new TrackedDomainEventData<>(token, EventCommits.toEventData(commit, event)));
            }
        }
        return token;
    }

    private static boolean isNew(GapAwareTrackingToken token, long position) {
        return position > token.getIndex() || token.getGaps().contains(position);
    }

    /**
     * Marks gaps that stayed empty past the gap timeout as abandoned. If the writer commits first, the
     * insert fails here and the next fetch delivers the commit; if this insert wins, the writer's
     * insert fails and it retries at new positions.
     */
    private void abandonExpiredGaps(GapAwareTrackingToken token) {
        Instant now = clock.instant();
        for (Long gap : token.getGaps()) {
            Instant firstSeen = gapsFirstSeen.computeIfAbsent(gap, g -> now);
            if (Duration.between(firstSeen, now).compareTo(gapTimeout) >= 0) {
                try {
                    events.insertOne(EventCommits.abandonedPosition(gap, now));
                    log.warn("Global position {} stayed empty for {}; marked abandoned", gap, gapTimeout);
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw new EventStoreException("could not mark position " + gap + " abandoned", e);
                    }
                }
                gapsFirstSeen.remove(gap);
            }
        }
        if (gapsFirstSeen.size() > 100_000) {
            gapsFirstSeen.clear(); // gaps of tokens no longer read from; they are seen afresh
        }
    }

    private long nextPosition() {
        Document counter = read(() ->
                sequence.find(eq(EventCommits.ID, EventCommits.COUNTER_ID)).first());
        return counter == null ? 0 : counter.getLong(EventCommits.NEXT_POSITION);
    }

    private static GapAwareTrackingToken asGapAware(TrackingToken token) {
        if (token == null) {
            return GapAwareTrackingToken.newInstance(-1, Set.of());
        }
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalArgumentException("this engine tracks with GapAwareTrackingToken, not "
                + token.getClass().getName());
    }

    @Override
    public TrackingToken createTailToken() {
        return GapAwareTrackingToken.newInstance(-1, Set.of());
    }

    /**
     * The position after the last event written; positions below it that are still being written are
     * kept as gaps, so their events are delivered when they commit.
     */
    @Override
    public TrackingToken createHeadToken() {
        long next = nextPosition();
        long from = Math.max(0, next - batchSize());
        List<Long> window = LongStream.range(from, next).boxed().toList();
        List<Document> found =
                read(() -> events.find(in(EventCommits.ID, window)).into(new ArrayList<>()));
        if (found.isEmpty()) {
            return GapAwareTrackingToken.newInstance(from - 1, Set.of());
        }
        Set<Long> covered = new TreeSet<>();
        long highest = -1;
        long lowest = Long.MAX_VALUE;
        for (Document commit : found) {
            long first = EventCommits.firstPosition(commit);
            long last = EventCommits.lastPosition(commit);
            LongStream.rangeClosed(first, last).forEach(covered::add);
            highest = Math.max(highest, last);
            lowest = Math.min(lowest, first);
        }
        List<Long> gaps = new ArrayList<>();
        for (long p = Math.max(lowest, from); p < highest; p++) {
            if (!covered.contains(p)) {
                gaps.add(p);
            }
        }
        return GapAwareTrackingToken.newInstance(highest, gaps);
    }

    /**
     * A token just before the first commit recorded at or after {@code dateTime}, found by a binary
     * search over positions (each probe a lookup by {@code _id}). Positions follow the order in which
     * writers took them, so for events whose timestamps interleave the boundary is approximate.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long low = 0;
        long high = nextPosition();
        while (low < high) {
            long middle = low + (high - low) / 2;
            Document commit = commitAtOrAfter(middle, high);
            if (commit == null) {
                high = middle;
            } else if (firstTimestamp(commit).isBefore(dateTime)) {
                low = EventCommits.lastPosition(commit) + 1;
            } else {
                high = EventCommits.firstPosition(commit); // commits never overlap, so this is at or above low
            }
        }
        return GapAwareTrackingToken.newInstance(low - 1, Set.of());
    }

    /** The first commit (not an abandoned position) whose last position is at or after {@code from}, below {@code limit}. */
    private Document commitAtOrAfter(long from, long limit) {
        for (long start = from; start < limit; start += 64) {
            List<Long> ids =
                    LongStream.range(start, Math.min(limit, start + 64)).boxed().toList();
            List<Document> found =
                    read(() -> events.find(in(EventCommits.ID, ids)).into(new ArrayList<>()));
            Optional<Document> first = found.stream()
                    .filter(d -> !EventCommits.isAbandoned(d))
                    .min(Comparator.comparingLong(EventCommits::lastPosition));
            if (first.isPresent()) {
                return first.get();
            }
        }
        return null;
    }

    private static Instant firstTimestamp(Document commit) {
        return Instant.parse(EventCommits.events(commit).get(0).getString(EventCommits.TIMESTAMP));
    }

    private static <T> T read(java.util.function.Supplier<T> query) {
        try {
            return query.get();
        } catch (MongoException e) {
            throw new EventStoreException("could not read the event log", e);
        }
    }

    private static final class PendingCommit {
        final String aggregateType;
        final String aggregateIdentifier;
        final List<StoredEvent> events = new ArrayList<>();
        /** The hash this commit continues the aggregate's chain from; {@code null} where it begins. */
        String previousHash;

        PendingCommit(String aggregateType, String aggregateIdentifier) {
            this.aggregateType = aggregateType;
            this.aggregateIdentifier = aggregateIdentifier;
        }
    }

    /** A commit's position was marked abandoned by a reader before it was inserted; {@code committed} commits before it went in. */
    private static final class PositionAbandonedException extends RuntimeException {
        final int committed;

        PositionAbandonedException(int committed, Throwable cause) {
            super(cause);
            this.committed = committed;
        }
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {
        private MongoDatabase database;
        private String eventsCollection = "events";
        private Duration gapTimeout = Duration.ofSeconds(60);
        private Clock clock = Clock.systemUTC();

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** Name of the commit collection; the counter and snapshots live in {@code <name>_sequence} and {@code <name>_snapshots}. */
        public Builder eventsCollection(String name) {
            this.eventsCollection = name;
            return this;
        }

        /** How long a position may stay empty before readers mark it abandoned (Axon's JDBC engine: 60 s). */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotFilter(org.axonframework.eventsourcing.snapshotting.SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        protected void validate() {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("the MongoDB database is required");
            }
            if (gapTimeout == null || gapTimeout.isNegative() || gapTimeout.isZero()) {
                throw new AxonConfigurationException("the gap timeout must be positive");
            }
        }

        public GlobalSequenceEventStorageEngine build() {
            validate();
            return new GlobalSequenceEventStorageEngine(this);
        }
    }
}
