package nl.netwerkregie.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;

/** Events and helpers the engine tests share. */
final class TestEvents {
    record Noted(String aggregate, int number, String text) {}

    private TestEvents() {}

    static JacksonSerializer serializer() {
        return JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().findAndRegisterModules())
                .build();
    }

    static DomainEventMessage<Noted> event(String aggregate, long sequenceNumber) {
        return event(aggregate, sequenceNumber, Instant.now());
    }

    static DomainEventMessage<Noted> event(String aggregate, long sequenceNumber, Instant timestamp) {
        return new GenericDomainEventMessage<>(
                "Note",
                aggregate,
                sequenceNumber,
                new Noted(aggregate, (int) sequenceNumber, "text " + sequenceNumber),
                MetaData.with("recordedBy", "tester"),
                UUID.randomUUID().toString(),
                timestamp);
    }

    /** {@code count} events of one aggregate starting at {@code first}: one unit of work's worth. */
    static List<DomainEventMessage<?>> events(String aggregate, long first, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (long s = first; s < first + count; s++) {
            events.add(event(aggregate, s));
        }
        return events;
    }
}
