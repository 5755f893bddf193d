package nl.netwerkregie.query.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.netwerkregie.events.AnalysisEvent;
import nl.netwerkregie.events.AnalysisOpened;
import nl.netwerkregie.query.projection.FactLog;
import nl.netwerkregie.query.projection.ViewFamily;
import nl.netwerkregie.query.projection.Views;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The analyses made with the instruments, the view family {@code instruments}. Collection {@code theme_analyses}: a
 * {@link FactLog} per analysis ({@code _id} = analysis id; fixed fields municipality, themeId, instrument, cycle,
 * indexed by theme) holding its opening and its sessions in recording order. A read on a date folds the sessions
 * dated on or before it: the latest of them is the analysis as it stood.
 */
@Component
@ProcessingGroup(AnalysisProjection.GROUP)
public class AnalysisProjection {
    public static final String GROUP = "instruments";
    public static final String COLLECTION = "theme_analyses";
    private static final int CACHED = 500;

    private final FactLog analyses;

    AnalysisProjection(Views views, ObjectMapper json) {
        this.analyses = new FactLog(GROUP, COLLECTION, views, json, CACHED, Indexes.ascending("themeId"));
    }

    @Bean
    static ViewFamily instrumentsFamily() {
        return new ViewFamily(
                GROUP,
                List.of(
                        "/v1/municipalities/{municipality}/themes/{themeId}/analyses",
                        "/v1/municipalities/{municipality}/themes/{themeId}/analyses/{analysisId}"));
    }

    @EventHandler
    void on(AnalysisEvent event, @SequenceNumber long seq) {
        String id = event.analysisId().value();
        Document fields = new Document();
        if (event instanceof AnalysisOpened opened) {
            fields.append("municipality", opened.municipality().value())
                    .append("themeId", opened.themeId().value())
                    .append("instrument", opened.instrument().name())
                    .append("cycle", opened.cycle());
        } else if (!analyses.exists(id)) {
            return; // an analysis is always opened first
        }
        analyses.append(id, fields, seq, event.effectiveDate(), event);
    }

    @ResetHandler
    void reset() {
        analyses.reset();
    }

    Optional<FactLog.Facts> find(String analysisId) {
        return analyses.find(analysisId);
    }

    /** The analyses of a theme, read as {@link #find} reads one; two queries. */
    List<FactLog.Facts> ofTheme(String themeId) {
        List<String> ids = new ArrayList<>();
        analyses.collection()
                .find(Filters.eq("themeId", themeId))
                .projection(new Document("_id", 1))
                .forEach(d -> ids.add(d.getString("_id")));
        return new ArrayList<>(analyses.findAll(ids).values());
    }

    /** The ids of the analyses of a municipality, sorted: its event streams of this kind. */
    public List<String> streamsOf(String municipality) {
        List<String> ids = new ArrayList<>();
        analyses.collection()
                .find(Filters.eq("municipality", municipality))
                .projection(new Document("_id", 1))
                .forEach(d -> ids.add(d.getString("_id")));
        return ids.stream().sorted().toList();
    }
}
