package nl.netwerkregie.command.region;

import nl.netwerkregie.command.aggregates.CheckedCachingRepository;
import nl.netwerkregie.command.aggregates.StreamHeads;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where regions are loaded from: the aggregate cache if still current, else the latest snapshot plus the events after it. */
@Configuration(proxyBeanMethods = false)
class RegionRepositoryConfiguration {
    static final String BEAN = "regionRepository";

    @Bean(BEAN)
    Repository<Region> regionRepository(
            EventStore eventStore,
            Cache aggregateCache,
            StreamHeads streamHeads,
            SnapshotTriggerDefinition themeSnapshotTrigger,
            ParameterResolverFactory parameterResolverFactory,
            HandlerDefinition handlerDefinition) {
        return new CheckedCachingRepository<>(
                EventSourcingRepository.builder(Region.class)
                        .eventStore(eventStore)
                        .snapshotTriggerDefinition(themeSnapshotTrigger)
                        .parameterResolverFactory(parameterResolverFactory)
                        .handlerDefinition(handlerDefinition),
                aggregateCache,
                streamHeads);
    }
}
