package nl.netwerkregie.query.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Metrics of the processor that builds the views, per processor: events processed
 * ({@code netwerkregie_events_processed_total}) and the projection lag, from an event's recording to
 * the moment it is handled ({@code netwerkregie_projection_lag_seconds}).
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionMetrics {

    @Bean
    ConfigurerModule projectionMetricsInterceptor(MeterRegistry meters, Clock clock) {
        Counter processed = Counter.builder("netwerkregie.events.processed").description("Events handled by the views")
                .tag("processor", Projections.GROUP).register(meters);
        Timer lag = Timer.builder("netwerkregie.projection.lag")
                .description("Time from an event's recording to its handling by the views").tag("processor", Projections.GROUP)
                .publishPercentiles(0.5, 0.99).register(meters);
        MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
            Object result = chain.proceed();
            processed.increment();
            lag.record(Duration.between(unitOfWork.getMessage().getTimestamp(), clock.instant()));
            return result;
        };
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerHandlerInterceptor(Projections.GROUP, c -> interceptor));
    }
}
