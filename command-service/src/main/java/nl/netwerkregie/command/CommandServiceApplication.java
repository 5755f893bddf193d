package nl.netwerkregie.command;

import com.mongodb.MongoException;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.concurrent.Executors;
import nl.netwerkregie.platform.PlatformConfiguration;
import nl.netwerkregie.platform.web.ApiDocs;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Accepts commands over REST and records them as events. */
@SpringBootApplication
@Import(PlatformConfiguration.class)
public class CommandServiceApplication {

    public static void main(String[] args) {
        builder().run(args);
    }

    /** The application with its own configuration file name, so both services can share one classpath in tests. */
    public static SpringApplicationBuilder builder() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=command-service");
    }

    @Bean
    OpenAPI openApi() {
        return ApiDocs.openApi(
                "Netwerkregie command API",
                "Records what happens around a theme as events: naming themes, the network analysis (ingredients, "
                        + "schakels, contacts), shifts of positions of involvement and the manifestation harvest. Every "
                        + "request needs an access token of the identity provider (Authorization: Bearer); the token's "
                        + "subject, a pseudonymous account id, is recorded as who recorded each event. Requests may "
                        + "carry X-Correlation-Id; every error is RFC 9457 problem+json.");
    }

    /**
     * Commands that lose a race with another instance (a write to the same theme at the same sequence
     * number) or meet a store that is briefly unreachable are sent again, up to ten times, 25 ms apart
     * ({@link #isTransient}); every other failure, including a stale {@code If-Match}, is answered at once.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(IntervalRetryScheduler.builder()
                        .retryExecutor(Executors.newSingleThreadScheduledExecutor())
                        .retryInterval(25)
                        .maxRetryCount(10)
                        .nonTransientFailurePredicate(
                                failure -> !isTransient(failure)) // Axon tests the cause chain too
                        .build())
                .build();
    }

    /**
     * Whether sending a command again may succeed: it lost a race ({@link ConcurrencyException}), or the
     * store could not be reached or was electing a primary (socket errors, timeouts, a member that is not
     * or no longer primary, or an error MongoDB labels retryable). A refused write (a duplicate key, a
     * document too large, a bad query) fails the same way every time and is answered at once.
     */
    static boolean isTransient(Throwable failure) {
        if (failure instanceof ConcurrencyException) {
            return true;
        }
        if (failure instanceof MongoException e) {
            return e instanceof com.mongodb.MongoSocketException
                    || e instanceof com.mongodb.MongoTimeoutException
                    || e instanceof com.mongodb.MongoNotPrimaryException
                    || e instanceof com.mongodb.MongoNodeIsRecoveringException
                    || e.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                    || e.hasErrorLabel("RetryableWriteError");
        }
        return false;
    }

    /** Copies who recorded a command, its correlation id and its reason onto every event it causes. */
    @Bean
    CorrelationDataProvider recordingMetadata() {
        return new SimpleCorrelationDataProvider("recordedBy", "correlationId", "reason");
    }
}
