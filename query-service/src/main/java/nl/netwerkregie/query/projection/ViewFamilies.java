package nl.netwerkregie.query.projection;

import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Every view family of this service, and which one answers a read path. */
@Component
public class ViewFamilies {
    private record Route(PathPattern pattern, String group) {}

    private final List<ViewFamily> families;
    private final List<Route> routes;

    ViewFamilies(List<ViewFamily> families) {
        this.families = families.stream()
                .sorted(java.util.Comparator.comparing(ViewFamily::group))
                .toList();
        this.routes = this.families.stream()
                .flatMap(f -> f.readPaths().stream()
                        .map(p -> new Route(PathPatternParser.defaultInstance.parse(p), f.group())))
                .toList();
    }

    /** The processing groups, in name order. */
    public List<String> groups() {
        return families.stream().map(ViewFamily::group).toList();
    }

    public boolean contains(String group) {
        return families.stream().anyMatch(f -> f.group().equals(group));
    }

    /** The family that answers {@code path}, if any. */
    public Optional<String> serving(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return routes.stream()
                .filter(r -> r.pattern().matches(container))
                .map(Route::group)
                .findFirst();
    }
}
