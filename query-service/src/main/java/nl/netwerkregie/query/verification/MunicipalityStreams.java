package nl.netwerkregie.query.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.query.actor.ActorProjection;
import nl.netwerkregie.query.directory.ThemeDirectoryProjection;
import nl.netwerkregie.query.matrix.MatrixDirectory;
import nl.netwerkregie.query.projection.ProjectionProgress;
import org.springframework.stereotype.Component;

/**
 * Every event stream of a municipality, by kind, as the views know them: its themes, their stelselmatrices, its
 * actors, its analyses, the regions it is a member of, its settings and its indicator uploads. The export checks
 * each stream's first event names the municipality (a region's: among its members).
 */
@Component
class MunicipalityStreams {
    private final ThemeDirectoryProjection themes;
    private final MatrixDirectory matrices;
    private final ActorProjection actors;
    private final ProjectionProgress progress;
    private final nl.netwerkregie.query.instrument.AnalysisProjection analyses;
    private final nl.netwerkregie.query.region.RegionProjection regions;

    MunicipalityStreams(
            ThemeDirectoryProjection themes,
            MatrixDirectory matrices,
            ActorProjection actors,
            ProjectionProgress progress,
            nl.netwerkregie.query.instrument.AnalysisProjection analyses,
            nl.netwerkregie.query.region.RegionProjection regions) {
        this.analyses = analyses;
        this.regions = regions;
        this.themes = themes;
        this.matrices = matrices;
        this.actors = actors;
        this.progress = progress;
    }

    Map<String, List<String>> of(String municipality) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(
                "theme",
                themes.themeIdsOfMunicipality(municipality).stream().sorted().toList());
        out.put("stelselmatrix", matrices.matrixStreams(municipality));
        List<String> actorIds = new ArrayList<>();
        actors.forEachOf(municipality, a -> actorIds.add(a.actorId()));
        out.put("actor", actorIds);
        out.put("analysis", analyses.streamsOf(municipality));
        out.put("region", regions.streamsOf(municipality));
        out.put("settings", List.of(municipality));
        out.put(
                "indicators",
                List.copyOf(progress.versionsStartingWith(
                                nl.netwerkregie.query.indicators.IndicatorProjection.GROUP,
                                municipality + ":indicators:")
                        .keySet()));
        return out;
    }
}
