package nl.netwerkregie.command.settings;

import nl.netwerkregie.command.aggregates.CheckedCachingRepository;
import nl.netwerkregie.command.aggregates.StreamHeads;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Settings are loaded from the aggregate cache if still current, else from their few events (no snapshots needed). */
@Configuration(proxyBeanMethods = false)
class MunicipalitySettingsRepositoryConfiguration {
    static final String BEAN = "municipalitySettingsRepository";

    @Bean(BEAN)
    Repository<MunicipalitySettings> municipalitySettingsRepository(
            EventStore eventStore,
            Cache aggregateCache,
            StreamHeads streamHeads,
            ParameterResolverFactory parameterResolverFactory,
            HandlerDefinition handlerDefinition) {
        return new CheckedCachingRepository<>(
                EventSourcingRepository.builder(MunicipalitySettings.class)
                        .eventStore(eventStore)
                        .parameterResolverFactory(parameterResolverFactory)
                        .handlerDefinition(handlerDefinition),
                aggregateCache,
                streamHeads);
    }
}
