package nl.netwerkregie.command;

import io.swagger.v3.oas.models.OpenAPI;
import nl.netwerkregie.platform.PlatformConfiguration;
import nl.netwerkregie.platform.web.ApiDocs;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
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
        return ApiDocs.openApi("Netwerkregie command API",
                "Records what happens around a theme as events: naming themes, the network analysis (ingredients, "
                        + "schakels, contacts), shifts of positions of involvement and the manifestation harvest. Every "
                        + "command needs the header X-Recorded-By (an account identifier, never a person's name) and may "
                        + "carry X-Correlation-Id; every error is RFC 9457 problem+json.");
    }

    /** Copies who recorded a command, its correlation id and its reason onto every event it causes. */
    @Bean
    CorrelationDataProvider recordingMetadata() {
        return new SimpleCorrelationDataProvider("recordedBy", "correlationId", "reason");
    }
}
