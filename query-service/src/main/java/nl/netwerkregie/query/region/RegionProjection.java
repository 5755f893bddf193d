package nl.netwerkregie.query.region;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.netwerkregie.events.RegionDefined;
import nl.netwerkregie.events.RegionEvent;
import nl.netwerkregie.query.projection.FactLog;
import nl.netwerkregie.query.projection.ViewFamily;
import nl.netwerkregie.query.projection.Views;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The regions and their zelfscans, the view family {@code regions}. Collection {@code regions}: a {@link FactLog} per
 * region ({@code _id} = region id; fixed fields municipality, the one that defined it, and members, indexed) holding
 * its definition, scan moments and answers in recording order. A read on a date folds the facts dated on or before
 * it.
 */
@Component
@ProcessingGroup(RegionProjection.GROUP)
public class RegionProjection {
    public static final String GROUP = "regions";
    public static final String COLLECTION = "regions";
    private static final int CACHED = 200;

    private final FactLog regions;

    RegionProjection(Views views, ObjectMapper json) {
        this.regions = new FactLog(GROUP, COLLECTION, views, json, CACHED, Indexes.ascending("members"));
    }

    @Bean
    static ViewFamily regionsFamily() {
        return new ViewFamily(
                GROUP,
                List.of(
                        "/v1/municipalities/{municipality}/regions",
                        "/v1/municipalities/{municipality}/regions/{regionId}",
                        "/v1/municipalities/{municipality}/regions/{regionId}/zelfscans/changes",
                        "/v1/municipalities/{municipality}/regions/{regionId}/zelfscans/{scan}",
                        "/v1/municipalities/{municipality}/regions/{regionId}/zelfscans/{scan}/chart.svg"));
    }

    @EventHandler
    void on(RegionEvent event, @SequenceNumber long seq) {
        String id = event.regionId().value();
        Document fields = new Document();
        if (event instanceof RegionDefined defined) {
            fields.append("municipality", defined.municipality().value())
                    .append(
                            "members",
                            defined.members().stream()
                                    .map(MunicipalityCode::value)
                                    .toList());
        } else if (!regions.exists(id)) {
            return; // a region is always defined first
        }
        regions.append(id, fields, seq, event.effectiveDate(), event);
    }

    @ResetHandler
    void reset() {
        regions.reset();
    }

    /** The region's log, if {@code municipality} is one of its members. */
    Optional<FactLog.Facts> find(String regionId, String municipality) {
        return regions.find(regionId)
                .filter(f -> f.fields().getList("members", String.class).contains(municipality));
    }

    /** The logs of the regions {@code municipality} is a member of; two queries. */
    List<FactLog.Facts> ofMember(String municipality) {
        return new ArrayList<>(
                regions.findAll(idsWhere(Filters.eq("members", municipality))).values());
    }

    /** The ids of the regions a member municipality reads, sorted: its event streams of this kind. */
    public List<String> streamsOf(String municipality) {
        return idsWhere(Filters.eq("members", municipality)).stream().sorted().toList();
    }

    private List<String> idsWhere(org.bson.conversions.Bson filter) {
        List<String> ids = new ArrayList<>();
        regions.collection().find(filter).projection(new Document("_id", 1)).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }
}
