package nl.netwerkregie.query.projection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * How far the views have come per theme or actor: collection {@code projection_progress}
 * ({@code _id} = aggregate id, {@code version} = sequence number of its last event in the views). It is
 * written last in every unit of work, after every view document, so a reader that sees version N sees
 * every view with the events up to N. Read-your-writes waits on it.
 */
@Component
public class ProjectionProgress {
    public static final String COLLECTION = "projection_progress";
    private final java.util.function.Supplier<MongoCollection<Document>> progress;
    private final BatchedDocuments<Document> pending;

    ProjectionProgress(Views views) {
        this.progress = views.collection(COLLECTION);
        this.pending = new BatchedDocuments<>(progress, d -> d, d -> d, Integer.MAX_VALUE);
    }

    /** The version of {@code aggregateId} the views include, or -1. One lookup by {@code _id}. */
    public long version(String aggregateId) {
        Document d = progress.get().find(Filters.eq("_id", aggregateId)).first();
        return d == null ? -1 : ((Number) d.get("version")).longValue();
    }

    /** The versions of these aggregates the views include, by id; absent ids have none. One {@code $in} of {@code _id}s. */
    public java.util.Map<String, Long> versions(java.util.Collection<String> aggregateIds) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        for (Document d : progress.get().find(Filters.in("_id", java.util.List.copyOf(aggregateIds)))) {
            out.put(d.getString("_id"), ((Number) d.get("version")).longValue());
        }
        return out;
    }

    /** Forgets all progress; the views are about to be rebuilt. */
    public void clear() {
        progress.get().deleteMany(new Document());
    }

    @Bean
    ConfigurerModule projectionProgressInterceptor() {
        MessageHandlerInterceptor<EventMessage<?>> interceptor = (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage() instanceof DomainEventMessage<?> event) {
                String id = event.getAggregateIdentifier();
                Document d = pending.find(id).orElseGet(() -> new Document("_id", id).append("version", -1L));
                if (event.getSequenceNumber() > ((Number) d.get("version")).longValue()) {
                    pending.save(id, d.append("version", event.getSequenceNumber()));
                }
            }
            return result;
        };
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerHandlerInterceptor(Projections.GROUP, c -> interceptor));
    }
}
