package nl.netwerkregie.command.theme;

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

/** Where themes are loaded from: the aggregate cache if still current, else the latest snapshot plus the events after it. */
@Configuration(proxyBeanMethods = false)
class ThemeRepositoryConfiguration {
    static final String BEAN = "themeRepository";

    @Bean(BEAN)
    Repository<Theme> themeRepository(
            EventStore eventStore,
            Cache aggregateCache,
            StreamHeads streamHeads,
            SnapshotTriggerDefinition themeSnapshotTrigger,
            ParameterResolverFactory parameterResolverFactory,
            HandlerDefinition handlerDefinition) {
        return new CheckedCachingRepository<>(
                EventSourcingRepository.builder(Theme.class)
                        .eventStore(eventStore)
                        .snapshotTriggerDefinition(themeSnapshotTrigger)
                        .parameterResolverFactory(parameterResolverFactory)
                        .handlerDefinition(handlerDefinition),
                aggregateCache,
                streamHeads);
    }
}
