package nl.netwerkregie.query.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.netwerkregie.events.MatrixEvent;
import nl.netwerkregie.events.SettingsEvent;
import nl.netwerkregie.events.StelselmatrixSetUp;
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
 * The stelselmatrices and the municipality settings they are read with, the view family {@code matrix}.
 * Two fact logs ({@link FactLog}): {@code theme_matrices} ({@code _id} = the matrix id
 * {@code <themeId>:matrix:<buurt>}; fields municipality, themeId, buurt, setUpOn; indexed by themeId)
 * and {@code municipality_settings} ({@code _id} = the municipality code). A matrix on a date is one
 * lookup of each and a fold ({@link MatrixViews}).
 */
@Component
@ProcessingGroup(MatrixProjection.GROUP)
public class MatrixProjection {
    public static final String GROUP = "matrix";
    public static final String MATRICES = "theme_matrices";
    public static final String SETTINGS = "municipality_settings";
    /** Logs kept in memory per collection, read again only when their last sequence moved. */
    static final int CACHED = 500;

    private final FactLog matrices;
    private final FactLog settings;

    MatrixProjection(Views views, ObjectMapper json) {
        this.matrices = new FactLog(GROUP, MATRICES, views, json, CACHED, Indexes.ascending("themeId"));
        this.settings = new FactLog(GROUP, SETTINGS, views, json, CACHED);
    }

    @Bean
    static ViewFamily matrixFamily() {
        String m = "/v1/municipalities/{municipality}/themes/{themeId}/matrices";
        return new ViewFamily(
                GROUP,
                List.of(
                        m,
                        m + "/{buurt}",
                        m + "/{buurt}/heat-map.svg",
                        m + "/{buurt}/shift",
                        m + "/{buurt}/shift.svg",
                        m + "/{buurt}/activities",
                        m + "/{buurt}/fragility",
                        m + "/{buurt}/indicators",
                        m + "/{buurt}/phases",
                        m + "/{buurt}/portfolio",
                        "/v1/municipalities/{municipality}/settings"));
    }

    @EventHandler
    void on(MatrixEvent event, @SequenceNumber long seq) {
        Document fields = new Document();
        if (event instanceof StelselmatrixSetUp setUp) {
            fields.append("municipality", setUp.municipality().value())
                    .append("themeId", setUp.themeId().value())
                    .append("buurt", setUp.buurt().value())
                    .append("setUpOn", setUp.effectiveDate().toString());
        } else if (!matrices.exists(event.matrixId())) {
            return; // a matrix is always set up first
        }
        matrices.append(event.matrixId(), fields, seq, event.effectiveDate(), event);
    }

    @EventHandler
    void on(SettingsEvent event, @SequenceNumber long seq) {
        settings.append(
                event.municipality().value(),
                new Document("municipality", event.municipality().value()),
                seq,
                event.effectiveDate(),
                event);
    }

    @ResetHandler
    void reset() {
        matrices.reset();
        settings.reset();
    }

    Optional<FactLog.Facts> matrix(String matrixId) {
        return matrices.find(matrixId);
    }

    /** Every municipality that ever changed its settings, by code. */
    List<String> municipalitiesWithSettings() {
        List<String> out = new ArrayList<>();
        settings.collection()
                .find()
                .projection(new org.bson.Document("_id", 1))
                .forEach(d -> out.add(d.getString("_id")));
        out.removeIf(id -> !id.matches("GM\\d{4}")); // a sealed chunk of facts is no municipality
        out.sort(null);
        return out;
    }

    /** A municipality's settings facts; none when it never changed them. */
    List<Object> settings(String municipality) {
        return settings.find(municipality).map(FactLog.Facts::events).orElse(List.of());
    }

    /** The matrices of a theme in a municipality: buurt and set-up date, by buurt. */
    /** Every matrix of the municipality: its theme, buurt and the sequence number of its last fact. */
    List<Document> matricesOfMunicipality(String municipality) {
        List<Document> out = new ArrayList<>();
        matrices.collection()
                .find(Filters.and(Filters.eq("municipality", municipality), Filters.exists("themeId")))
                .projection(new Document("themeId", 1).append("buurt", 1).append("lastSequence", 1))
                .forEach(out::add);
        return out;
    }

    List<Document> matricesOf(String municipality, String themeId) {
        List<Document> out = new ArrayList<>();
        matrices.collection()
                .find(Filters.and(Filters.eq("themeId", themeId), Filters.eq("municipality", municipality)))
                .projection(new Document("buurt", 1).append("setUpOn", 1).append("lastSequence", 1))
                .forEach(out::add);
        out.sort(java.util.Comparator.comparing(d -> d.getString("buurt")));
        return out;
    }
}
