package nl.netwerkregie.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Two JSON mappers: Spring's (strict, for requests and responses) picks up {@link ValueTypesModule}
 * as a bean; Axon's ({@code defaultAxonObjectMapper}, for stored events, metadata and tokens) is
 * lenient about unknown fields so that older readers survive newer events.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    ValueTypesModule valueTypesModule() {
        return new ValueTypesModule();
    }

    /** Spring Boot's own mapper, declared here because a second ObjectMapper bean makes Boot's back off. */
    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.createXmlMapper(false).build();
    }

    @Bean
    ObjectMapper defaultAxonObjectMapper() {
        return eventMapper();
    }

    /** The JSON form events, metadata and tokens are stored in; also for tools that write or read stored events. */
    public static ObjectMapper eventMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new ValueTypesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
