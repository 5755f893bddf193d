package nl.netwerkregie.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * How far each view family has come per theme or actor: collection {@code <group>_progress} of the
 * family's generation ({@code _id} = aggregate id, {@code version} = sequence number of its last event
 * the family has handled). It is written last in every unit of work, after every view document, so a
 * reader that sees version N sees every view of the family with the events up to N. Read-your-writes
 * waits on it; a family only counts the events it handles.
 */
@Component
public class ProjectionProgress {
    private final Map<String, Supplier<MongoCollection<Document>>> progress = new HashMap<>();
    private final Map<String, BatchedDocuments<Document>> pending = new HashMap<>();

    ProjectionProgress(Views views, ViewFamilies families) {
        for (String group : families.groups()) {
            Supplier<MongoCollection<Document>> collection = views.collection(group, collectionOf(group));
            progress.put(group, collection);
            pending.put(
                    group,
                    new BatchedDocuments<>(
                            collection,
                            d -> d,
                            d -> d,
                            Integer.MAX_VALUE,
                            (id, d) -> new UpdateOneModel<>(
                                    Filters.eq("_id", id),
                                    Updates.max("version", d.get("version")),
                                    new UpdateOptions().upsert(true))));
        }
    }

    /** The base name of a family's progress collection. */
    public static String collectionOf(String group) {
        return group + "_progress";
    }

    private Supplier<MongoCollection<Document>> of(String group) {
        Supplier<MongoCollection<Document>> c = progress.get(group);
        if (c == null) {
            throw new IllegalArgumentException("no view family " + group);
        }
        return c;
    }

    /** The version of {@code aggregateId} the family {@code group} includes, or -1. One lookup by {@code _id}. */
    public long version(String group, String aggregateId) {
        Document d = of(group).get().find(Filters.eq("_id", aggregateId)).first();
        return d == null ? -1 : ((Number) d.get("version")).longValue();
    }

    /** The versions of these aggregates the family includes, by id; absent ids have none. One {@code $in} of {@code _id}s. */
    public Map<String, Long> versions(String group, Collection<String> aggregateIds) {
        Map<String, Long> out = new HashMap<>();
        for (Document d : of(group).get().find(Filters.in("_id", List.copyOf(aggregateIds)))) {
            out.put(d.getString("_id"), ((Number) d.get("version")).longValue());
        }
        return out;
    }

    /**
     * The versions the family includes of every aggregate whose id starts with {@code prefix} (such as a
     * municipality's indicator uploads, {@code GM0274:indicators:}), by id. One query on {@code _id}.
     */
    public Map<String, Long> versionsStartingWith(String group, String prefix) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Document d : of(group).get().find(Filters.regex("_id", "^" + java.util.regex.Pattern.quote(prefix)))) {
            out.put(d.getString("_id"), ((Number) d.get("version")).longValue());
        }
        return out;
    }

    /**
     * Lets every event pass through every family. A processor skips an event none of its handlers takes
     * (a directory does not handle a position shift), and then its progress would stop short of the
     * theme's version and a consistency token for it would wait in vain. One marker per family handles
     * every event and does nothing; the family's own handlers still take the events they declare.
     */
    static final class EveryEvent {
        /** Takes the message, not its payload: an event the family does not handle is then never deserialised. */
        @org.axonframework.eventhandling.EventHandler
        void passed(EventMessage<?> event) {
            // the progress interceptor records it
        }
    }

    @Bean
    ConfigurerModule projectionProgressInterceptors() {
        return configurer -> configurer.eventProcessing(processing -> pending.forEach((group, batch) -> {
            EveryEvent marker = new EveryEvent();
            processing.registerEventHandler(c -> marker);
            processing.assignHandlerInstancesMatching(group, Integer.MAX_VALUE, instance -> instance == marker);
            MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
                Object result = chain.proceed();
                if (unitOfWork.getMessage() instanceof DomainEventMessage<?> event) {
                    // no read of the stored marker: its write raises the version ($max) and never lowers it
                    String id = event.getAggregateIdentifier();
                    long before = batch.unwritten(id)
                            .map(d -> ((Number) d.get("version")).longValue())
                            .orElse(-1L);
                    if (event.getSequenceNumber() > before) {
                        batch.save(id, new Document("_id", id).append("version", event.getSequenceNumber()));
                    }
                }
                return result;
            };
            processing.registerHandlerInterceptor(group, c -> interceptor);
        }));
    }
}
