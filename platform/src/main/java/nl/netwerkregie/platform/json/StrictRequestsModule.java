package nl.netwerkregie.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import nl.netwerkregie.platform.web.ApiDates;

/**
 * What makes request bodies strict beyond Jackson's settings: a date is a JSON string that
 * {@link ApiDates} accepts (no array form, no whitespace, no sign), and an enum value is exactly one
 * of its constants (Jackson would otherwise accept it with surrounding whitespace). Registered on the
 * API's mapper only; stored events are read by the event mapper.
 */
class StrictRequestsModule extends SimpleModule {

    StrictRequestsModule() {
        super("netwerkregie-strict-requests");
        addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
                }
                try {
                    return ApiDates.parse(p.getText());
                } catch (IllegalArgumentException e) {
                    return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getText(), e.getMessage());
                }
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return new ExactEnum(type.getRawClass(), deserializer);
            }
        });
    }

    /** An enum read only from a string equal to one of its constants' names. */
    private static final class ExactEnum extends JsonDeserializer<Object> {
        private final Class<?> type;
        private final JsonDeserializer<?> delegate;

        ExactEnum(Class<?> type, JsonDeserializer<?> delegate) {
            this.type = type;
            this.delegate = delegate;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text)) {
                        return constant;
                    }
                }
                return ctxt.handleWeirdStringValue(type, text, "is not one of the values");
            }
            return delegate.deserialize(p, ctxt);
        }
    }
}
