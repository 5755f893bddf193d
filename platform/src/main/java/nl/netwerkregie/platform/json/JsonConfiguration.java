package nl.netwerkregie.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
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

    /**
     * Reads and writes properties through generated accessors instead of reflection: a view of 5,000 actors is
     * about 150,000 property writes. Only the mapper of requests and responses; the stored form is unaffected.
     */
    @Bean
    BlackbirdModule blackbirdModule() {
        return new BlackbirdModule();
    }

    /** Instants in responses as the same text, written without {@code DateTimeFormatter} ({@link InstantText}). */
    @Bean
    com.fasterxml.jackson.databind.Module instantText() {
        return InstantText.module();
    }

    /**
     * Requests are read strictly: a number is not a text, an enum or a date, a text is not a number,
     * dates are read by {@link nl.netwerkregie.platform.web.ApiDates} only, enum values must match exactly;
     * unknown fields and duplicate keys are refused (see the services' {@code spring.jackson} settings).
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequests() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.registerModule(new StrictRequestsModule());
            mapper.setDefaultLeniency(false);
            mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
            for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime}) {
                mapper.coercionConfigFor(type)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            }
            for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
                mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            }
        });
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

    /** What the store keeps: snapshots and tokens ({@code serializer}), events ({@code eventSerializer}). */
    @Bean
    @Primary
    Serializer serializer() {
        return StoredFormSerializer.create();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return StoredFormSerializer.create();
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
