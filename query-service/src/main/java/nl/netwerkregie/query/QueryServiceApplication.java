package nl.netwerkregie.query;

import io.swagger.v3.oas.models.OpenAPI;
import nl.netwerkregie.platform.PlatformConfiguration;
import nl.netwerkregie.platform.store.EventStoreSettings;
import nl.netwerkregie.platform.web.ApiDocs;
import nl.netwerkregie.query.projection.SignallingEventSource;
import nl.netwerkregie.query.projection.ViewSettings;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Builds the views from the event store and serves them over REST. */
@SpringBootApplication
@Import(PlatformConfiguration.class)
@org.springframework.boot.context.properties.EnableConfigurationProperties({
    ViewSettings.class,
    nl.netwerkregie.query.research.ResearchSettings.class
})
public class QueryServiceApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its own configuration file name, so both services can share one classpath in tests. */
    public static SpringApplicationBuilder builder() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=query-service");
    }

    /**
     * Every view family gets a pooled streaming processor of its own ({@code netwerkregie.views.*}), reading
     * from {@link SignallingEventSource}. A
     * processor without a token starts at the beginning of the event store as a plain stream. Axon would
     * otherwise wrap it in a replay token up to the head, which with Axon's MongoDB tracking token costs
     * map copies per event and made a rebuild several times slower (measured by the benchmark).
     */
    @Bean
    ConfigurerModule viewFamilyProcessors(ViewSettings settings, SignallingEventSource events) {
        if (!settings.processEvents()) {
            // a read-only instance: its handlers are subscribed to this process's own event bus, on which
            // nothing is ever published (the query service appends no events), so they never run
            return configurer -> configurer.eventProcessing(EventProcessingConfigurer::usingSubscribingEventProcessors);
        }
        return configurer -> configurer.eventProcessing(processing -> processing
                .configureDefaultStreamableMessageSource(c -> events)
                .usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration(
                        (config, builder) -> builder.initialToken(source -> source.createTailToken())
                                .initialSegmentCount(settings.segments())
                                .batchSize(settings.batchSize())));
    }

    /** The view families read events from the engine directly, woken when new ones are stored. */
    @Bean
    SignallingEventSource viewEventSource(
            ObjectProvider<EventStorageEngine> engine,
            ObjectProvider<EventStore> events,
            EventStoreSettings settings,
            ViewSettings views) {
        return new SignallingEventSource(
                engine::getObject,
                events::getObject,
                settings.batchSize(),
                settings.fetchDelayMs(),
                views.batchIntervalMs());
    }

    @Bean
    OpenAPI openApi() {
        return ApiDocs.openApi(
                "Netwerkregie query API",
                "Reads the views built from the events: a theme's network of involvement on any date (JSON and SVG), "
                        + "how positions shifted between two dates, a theme's full history, and the themes of a "
                        + "municipality or buurt. Every read is scoped by municipality.");
    }
}
