package nl.netwerkregie.platform.store;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import nl.netwerkregie.eventstore.GlobalSequenceEventStorageEngine;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where events and processor tokens live. The event storage engine is chosen by
 * {@code netwerkregie.event-store.engine}; nothing else in the system depends on which one it is.
 *
 * <ul>
 *   <li>{@code global-sequence} (default): {@link GlobalSequenceEventStorageEngine}, a store-assigned
 *       global sequence with gap-aware tracking; one document per commit in {@code events}.</li>
 *   <li>{@code axon-mongo}: Axon's own MongoDB engine (one document per event in
 *       {@code domainevents}), kept for comparison. Its timestamp-based tracking can skip an event
 *       that commits late, and the embedded server answers its queries with full scans (README).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties(EventStoreSettings.class)
public class EventStoreConfiguration {

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, StoreProperties store) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(client, store.database())
                .build();
    }

    /**
     * Every {@link EventUpcaster} bean (not itself a bean, or it would be one of them), in {@code @Order}, applied to each stored event as it is read, by
     * whichever engine runs: a changed event gets a new {@code @Revision} and an upcaster bean from its
     * previous revision (ADR 0007).
     */
    static EventUpcasterChain upcasterChain(ObjectProvider<EventUpcaster> upcasters) {
        return new EventUpcasterChain(upcasters.orderedStream().toList());
    }

    /** The storage engine {@code netwerkregie.event-store.engine} names. */
    @Bean
    EventStorageEngine eventStorageEngine(
            MongoClient client,
            StoreProperties store,
            EventStoreSettings settings,
            MongoTemplate axonMongoTemplate,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            Serializer serializer,
            ObjectProvider<EventUpcaster> upcasters) {
        if (settings.engine().equals(EventStoreSettings.AXON_MONGO)) {
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                    .upcasterChain(upcasterChain(upcasters))
                    .mongoTemplate(axonMongoTemplate)
                    .eventSerializer(eventSerializer)
                    .snapshotSerializer(serializer)
                    .batchSize(settings.batchSize())
                    .snapshotFilter(CurrentSnapshotForm.FILTER)
                    .build();
            engine.ensureIndexes();
            return engine;
        }
        GlobalSequenceEventStorageEngine engine = GlobalSequenceEventStorageEngine.builder()
                .upcasterChain(upcasterChain(upcasters))
                .database(client.getDatabase(store.database()))
                .gapTimeout(settings.gapTimeout())
                .batchSize(settings.batchSize())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .snapshotFilter(CurrentSnapshotForm.FILTER)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    /**
     * Axon's event store over the chosen engine. A service that did not append an event itself learns
     * of it only by polling the engine, every {@link EventStoreSettings#fetchDelayMs} (Axon's default of one second is
     * most of a projection's lag when the command service runs in another process).
     */
    @Bean
    EmbeddedEventStore eventStore(
            EventStorageEngine engine,
            org.axonframework.config.Configuration configuration,
            EventStoreSettings settings) {
        return EmbeddedEventStore.builder()
                .storageEngine(engine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(settings.fetchDelayMs())
                .build();
    }

    /**
     * How event processors write their views and their progress: acknowledged once applied, without waiting for
     * the journal. A processor writes a batch's views before its token, and the token does wait for the journal;
     * a store makes writes durable as a prefix of the order it applied them (MongoDB's journal; the embedded
     * store commits only between writes), so the token's commit makes the views before it durable too: one
     * commit wait per batch. The token itself must wait: a processor that heard its token acknowledged goes on
     * from it in memory, and after a crash of the store that lost the token it would go on from a position the
     * store no longer holds (and the positions after it may be taken again by other events).
     */
    public static final WriteConcern PROJECTION_WRITES = WriteConcern.W1.withJournal(false);

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
    }
}
