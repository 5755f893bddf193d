package nl.netwerkregie.command.aggregates;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import nl.netwerkregie.eventstore.GlobalSequenceEventStorageEngine;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loading aggregates at a cost that does not grow with their history: a snapshot trigger (a snapshot is
 * taken in the background once a load has read {@link AggregateSettings#snapshotThreshold} events) and
 * one bounded cache per instance ({@link AggregateSettings#cacheSize}). A cached aggregate that another
 * instance has moved on is caught by the store's unique (aggregate, sequence number) key: the append
 * fails, Axon drops the cache entry and the command is sent again on fresh state.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AggregateSettings.class)
public class AggregateConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ThreadPoolExecutor snapshotExecutor(AggregateSettings settings) {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.snapshotQueue()),
                r -> {
                    Thread t = new Thread(r, "aggregate-snapshots");
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.DiscardPolicy());
        return executor;
    }

    /** Axon's snapshotter, taking snapshots on its own thread so that no command waits for one. */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(
            EventStore eventStore,
            ParameterResolverFactory parameterResolverFactory,
            HandlerDefinition handlerDefinition,
            TransactionManager transactionManager,
            ThreadPoolExecutor snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .transactionManager(transactionManager)
                .executor(snapshotExecutor)
                .build();
    }

    @Bean
    SnapshotTriggerDefinition themeSnapshotTrigger(Snapshotter snapshotter, AggregateSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.snapshotThreshold());
    }

    /** One key lookup on the global-sequence engine; another engine answers from the aggregate's last sequence number. */
    @Bean
    StreamHeads streamHeads(EventStorageEngine engine) {
        if (engine instanceof GlobalSequenceEventStorageEngine global) {
            return (id, version) -> global.hasCommitStartingAt(id, version + 1);
        }
        return (id, version) ->
                engine.lastSequenceNumberFor(id).map(last -> last > version).orElse(false);
    }

    @Bean
    Cache aggregateCache(AggregateSettings settings) {
        return settings.cacheSize() == 0 ? NoCache.INSTANCE : new BoundedCache(settings.cacheSize());
    }
}
