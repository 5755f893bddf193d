package nl.netwerkregie.query.indicators;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.netwerkregie.events.IndicatorsLoaded;
import nl.netwerkregie.query.projection.BatchedDocuments;
import nl.netwerkregie.query.projection.ViewFamily;
import nl.netwerkregie.query.projection.Views;
import nl.netwerkregie.values.IndicatorValue;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Wijkprofiel indicators per buurt, the view family {@code indicators}. Collection {@code buurt_indicators}:
 * one document per upload, buurt and indicator ({@code _id = <uploadId>:<buurt>:<indicator>}; fields
 * municipality, buurt, indicator, the upload's effective date and recording time; indexed by buurt) with its
 * values (period, level, value) and the parts of the upload applied, so a redelivered part changes nothing.
 * A document is written only by the events of its own upload, which one segment handles in order, so two
 * uploads processed at once never overwrite each other. A read of a buurt merges its documents in upload
 * order: a later upload supersedes an earlier value for the same period and level.
 */
@Component
@ProcessingGroup(IndicatorProjection.GROUP)
public class IndicatorProjection {
    public static final String GROUP = "indicators";
    public static final String COLLECTION = "buurt_indicators";

    private final Supplier<MongoCollection<Document>> indicators;
    private final BatchedDocuments<Document> documents;

    IndicatorProjection(Views views) {
        this.indicators = views.collection(GROUP, COLLECTION, Indexes.ascending("buurt"));
        this.documents = new BatchedDocuments<>(indicators, d -> d, d -> d);
    }

    @Bean
    static ViewFamily indicatorsFamily() {
        return new ViewFamily(GROUP, List.of("/v1/municipalities/{municipality}/buurten/{buurt}/indicators"));
    }

    @EventHandler
    void on(IndicatorsLoaded event, @Timestamp java.time.Instant recordedAt) {
        String part = String.valueOf(event.part());
        Map<String, List<IndicatorValue>> byDocument = new LinkedHashMap<>();
        for (IndicatorValue v : event.values()) {
            String id = event.uploadId().value() + ":" + v.buurt().value() + ":"
                    + v.indicator().value();
            byDocument.computeIfAbsent(id, k -> new ArrayList<>()).add(v);
        }
        byDocument.forEach((id, values) -> {
            Document d = documents
                    .find(id)
                    .orElseGet(() -> new Document("_id", id)
                            .append("municipality", event.municipality().value())
                            .append("buurt", values.get(0).buurt().value())
                            .append("indicator", values.get(0).indicator().value())
                            .append("uploadId", event.uploadId().value())
                            .append("date", event.effectiveDate().toString())
                            .append("recordedAt", recordedAt.toString())
                            .append("parts", List.of())
                            .append("values", List.of()));
            List<String> parts = new ArrayList<>(d.getList("parts", String.class));
            if (parts.contains(part)) {
                return; // redelivered
            }
            parts.add(part);
            List<Document> stored = new ArrayList<>(d.getList("values", Document.class));
            for (IndicatorValue v : values) {
                stored.add(new Document("period", v.period().value())
                        .append("level", v.level().name())
                        .append("value", v.value()));
            }
            Document next = new Document(d);
            next.put("parts", parts);
            next.put("values", stored);
            documents.save(id, next);
        });
    }

    @ResetHandler
    void reset() {
        indicators.get().deleteMany(new Document());
    }

    /** The indicator documents of a buurt in a municipality, by indicator, each indicator's in upload order. */
    List<Document> ofBuurt(String municipality, String buurt) {
        List<Document> out = new ArrayList<>();
        indicators
                .get()
                .find(Filters.and(Filters.eq("buurt", buurt), Filters.eq("municipality", municipality)))
                .forEach(out::add);
        return sorted(out);
    }

    /** How many documents a read of a whole municipality takes from the store at a time. */
    private static final int MUNICIPALITY_BATCH = 100;

    /**
     * Every document of the municipality, buurt after buurt, each buurt's in the order {@link #ofBuurt} gives; one
     * query, its documents handed over as they arrive, a small batch at a time.
     */
    void forEachOfMunicipality(String municipality, java.util.function.Consumer<Document> each) {
        indicators
                .get()
                .find(Filters.eq("municipality", municipality))
                .sort(com.mongodb.client.model.Sorts.ascending("buurt", "indicator", "date", "recordedAt", "_id"))
                .batchSize(MUNICIPALITY_BATCH)
                .allowDiskUse(true)
                .forEach(each);
    }

    private static List<Document> sorted(List<Document> out) {
        out.sort(java.util.Comparator.comparing((Document d) -> d.getString("indicator"))
                .thenComparing(d -> d.getString("date"))
                .thenComparing(d -> d.getString("recordedAt")));
        return out;
    }
}
