package nl.netwerkregie.platform.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The upcasters of the published language, one per changed event revision (ADR 0007). Each rewrites
 * the stored JSON of one type at one revision into the next, as the event is read; the store is never
 * rewritten. Their fixtures are {@code stored-events/<Type>.<revision>.json} in {@code shared-events}.
 */
@Configuration(proxyBeanMethods = false)
public class Upcasters {

    /** {@code ThemeNamed} 1 → 2: themes named before recurrence existed are recurring (ADR 0009). */
    @Bean
    @Order(1)
    static SingleEventUpcaster themeNamed1_to_2Upcaster() {
        return new AddField(
                "ThemeNamed",
                "1",
                "2",
                payload -> insertBefore(payload, "effectiveDate", "recurrence", payload.textNode("RECURRING")));
    }

    /**
     * {@code ManifestationHarvestRecorded} 1 → 2: a harvest recorded before programme cycles existed
     * belongs to cycle 1, the only cycle there was; its items name no actors or ingredients.
     */
    @Bean
    @Order(2)
    static SingleEventUpcaster manifestationHarvestRecorded1_to_2Upcaster() {
        return new AddField("ManifestationHarvestRecorded", "1", "2", payload -> {
            ObjectNode out = insertBefore(payload, "items", "cycle", payload.numberNode(1));
            JsonNode items = out.get("items");
            if (items instanceof ArrayNode list) {
                for (JsonNode item : list) {
                    if (item instanceof ObjectNode o) {
                        o.putIfAbsent("actors", o.arrayNode());
                        o.putIfAbsent("ingredients", o.arrayNode());
                    }
                }
            }
            return out;
        });
    }

    /**
     * {@code IngredientsAdded} 1 → 2: ingredients written down before persons were referred to as actors name
     * no person and have no sealed text; their plain text stays as it was recorded.
     */
    @Bean
    @Order(3)
    static SingleEventUpcaster ingredientsAdded1_to_2Upcaster() {
        return new AddField("IngredientsAdded", "1", "2", payload -> {
            if (payload.get("ingredients") instanceof ArrayNode list) {
                for (JsonNode item : list) {
                    if (item instanceof ObjectNode o) {
                        o.putIfAbsent("person", o.nullNode());
                        o.putIfAbsent("sealedText", o.nullNode());
                    }
                }
            }
            return payload;
        });
    }

    /** {@code RemarkHeard} 1 → 2: a remark recorded before remarks were sealed keeps its plain text. */
    @Bean
    @Order(4)
    static SingleEventUpcaster remarkHeard1_to_2Upcaster() {
        return new AddField(
                "RemarkHeard",
                "1",
                "2",
                payload -> insertBefore(payload, "heardFrom", "sealedText", payload.nullNode()));
    }

    /** A copy of {@code payload} with {@code field} inserted just before {@code before} (or at the end). */
    static ObjectNode insertBefore(ObjectNode payload, String before, String field, JsonNode value) {
        ObjectNode out = payload.objectNode();
        boolean added = payload.has(field);
        for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!added && e.getKey().equals(before)) {
                out.set(field, value);
                added = true;
            }
            out.set(e.getKey(), e.getValue());
        }
        if (!added) {
            out.set(field, value);
        }
        return out;
    }

    /** Rewrites the payload of one stored type at one revision and gives it the next revision. */
    static final class AddField extends SingleEventUpcaster {
        private final String type;
        private final String from;
        private final String to;
        private final UnaryOperator<ObjectNode> rewrite;

        AddField(String type, String from, String to, UnaryOperator<ObjectNode> rewrite) {
            this.type = type;
            this.from = from;
            this.to = to;
            this.rewrite = rewrite;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            String name = representation.getType().getName();
            boolean sameType = name.equals(type) || name.equals("nl.netwerkregie.events." + type);
            return sameType && from.equals(representation.getType().getRevision());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(
                    new SimpleSerializedType(representation.getType().getName(), to),
                    JsonNode.class,
                    node -> node instanceof ObjectNode o ? rewrite.apply(o) : node);
        }
    }
}
