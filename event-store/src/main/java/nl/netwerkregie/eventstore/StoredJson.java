package nl.netwerkregie.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * A stored payload or metadata document as the JSON tree Axon's Jackson serializer reads, built straight from
 * the BSON document. Writing the document out as JSON text and parsing that again (what the serializer does with
 * text) was a quarter of the query service's time while it rebuilt its views. The tree is the one Jackson reads
 * from {@link EventCommits#toJson}'s relaxed extended JSON of the same document: strings, whole numbers (int or
 * long, as stored), doubles, booleans, null, arrays and nested documents are taken over as they are; any other
 * BSON value (which our events never hold) goes through its JSON text, so it reads the same too.
 */
final class StoredJson {
    private static final ObjectMapper TEXT = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoredJson() {}

    /** The tree of a stored value: a document, or the JSON text a value that is no document was stored as. */
    static JsonNode tree(Object stored) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof Document document) {
            return object(document);
        }
        try {
            return TEXT.readTree(stored.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored value is not JSON: " + stored, e);
        }
    }

    private static ObjectNode object(Map<String, Object> document) {
        ObjectNode node = NODES.objectNode();
        for (Map.Entry<String, Object> field : document.entrySet()) {
            node.set(field.getKey(), value(field.getValue()));
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    private static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            // its text reads back as an int when it fits one
            return l == l.intValue() ? NODES.numberNode(l.intValue()) : NODES.numberNode(l);
        }
        if (value instanceof Double d && Double.isFinite(d)) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Document d) {
            return object(d);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            for (Object item : list) {
                array.add(value(item));
            }
            return array;
        }
        // anything else as relaxed extended JSON reads it ({"$date": ...}, {"$numberDecimal": ...}, ...)
        return tree(new Document("v", value).toJson(EventCommits.JSON)).get("v");
    }

    /**
     * An event read from the store with its payload and metadata as JSON trees, typed {@link JsonNode} (Axon's own
     * entries type them by the class of the value, an {@code ObjectNode}, which its Jackson serializer would not read
     * directly).
     */
    record EventData(
            String aggregateType,
            String aggregateIdentifier,
            long sequenceNumber,
            String eventIdentifier,
            String timestamp,
            String payloadType,
            String payloadRevision,
            JsonNode payload,
            JsonNode metaData)
            implements org.axonframework.eventhandling.DomainEventData<JsonNode> {

        @Override
        public String getType() {
            return aggregateType;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateIdentifier;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }

        @Override
        public String getEventIdentifier() {
            return eventIdentifier;
        }

        @Override
        public java.time.Instant getTimestamp() {
            return org.axonframework.common.DateTimeUtils.parseInstant(timestamp);
        }

        @Override
        public org.axonframework.serialization.SerializedObject<JsonNode> getMetaData() {
            return new org.axonframework.serialization.SerializedMetaData<>(
                    metaData == null ? NODES.objectNode() : metaData, JsonNode.class);
        }

        @Override
        public org.axonframework.serialization.SerializedObject<JsonNode> getPayload() {
            return new org.axonframework.serialization.SimpleSerializedObject<>(
                    payload, JsonNode.class, payloadType, payloadRevision);
        }
    }
}
