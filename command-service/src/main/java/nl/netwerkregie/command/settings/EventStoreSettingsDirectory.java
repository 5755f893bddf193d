package nl.netwerkregie.command.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.events.MunicipalitySettingsHistory;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.JudgementScale;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Reads a municipality's settings stream (a handful of events) from the event store each time it is asked. */
@Component
class EventStoreSettingsDirectory implements SettingsDirectory {
    private final EventStore eventStore;

    EventStoreSettingsDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    private MunicipalitySettingsHistory history(MunicipalityCode municipality) {
        List<Object> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(municipality.value(), 0);
        while (stream.hasNext()) {
            events.add(stream.next().getPayload());
        }
        return MunicipalitySettingsHistory.of(events);
    }

    @Override
    public List<ChainLink> chainOn(MunicipalityCode municipality, LocalDate date) {
        return history(municipality).chainOn(date);
    }

    @Override
    public JudgementScale scaleOn(MunicipalityCode municipality, LocalDate date) {
        return history(municipality).scaleOn(date);
    }
}
