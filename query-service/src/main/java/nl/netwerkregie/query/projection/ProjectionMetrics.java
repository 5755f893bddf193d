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
 * Metrics of every view family, tagged {@code processor=<group>}: events handled
 * ({@code netwerkregie_events_processed_total}) and the projection lag, from an event's recording to
 * the moment the family handled it ({@code netwerkregie_projection_lag_seconds}, with p50 and p99).
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionMetrics {

    @Bean
    ConfigurerModule projectionMetricsInterceptors(MeterRegistry meters, Clock clock, ViewFamilies families) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : families.groups()) {
                Counter processed = Counter.builder("netwerkregie.events.processed")
                        .description("Events handled by a view family")
                        .tag("processor", group)
                        .register(meters);
                Timer lag = Timer.builder("netwerkregie.projection.lag")
                        .description("Time from an event's recording to its handling by a view family")
                        .tag("processor", group)
                        .publishPercentiles(0.5, 0.99)
                        .register(meters);
                MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
                    Object result = chain.proceed();
                    processed.increment();
                    lag.record(Duration.between(unitOfWork.getMessage().getTimestamp(), clock.instant()));
                    return result;
                };
                processing.registerHandlerInterceptor(group, c -> interceptor);
            }
        });
    }
}
