package nl.netwerkregie.command.aggregates;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;

/**
 * Axon's caching repository, made safe for several command-service instances without command routing.
 * A cached aggregate is used only after one key lookup confirms that no other instance has appended to
 * it since ({@link StreamHeads}); otherwise the entry is dropped and the aggregate loaded from its
 * snapshot and the events after it. Without this check a stale cache would judge a rule on old state
 * (refuse leaving a position another instance just recorded as taken) before any write could conflict.
 */
public class CheckedCachingRepository<T> extends CachingEventSourcingRepository<T> {
    private final Cache cache;
    private final StreamHeads heads;

    public CheckedCachingRepository(EventSourcingRepository.Builder<T> builder, Cache cache, StreamHeads heads) {
        super(builder.cache(cache));
        this.cache = cache;
        this.heads = heads;
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        boolean cached = cache.containsKey(aggregateIdentifier);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (cached && aggregate.version() != null && heads.movedOnSince(aggregateIdentifier, aggregate.version())) {
            cache.remove(aggregateIdentifier);
            aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        }
        return aggregate;
    }
}
