package nl.netwerkregie.query.network;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.netwerkregie.query.projection.ProjectionProgress;
import nl.netwerkregie.query.projection.ViewSettings;
import nl.netwerkregie.query.projection.Views;
import org.springframework.stereotype.Component;

/**
 * Theme networks kept in memory between reads, so that a read on a date does not fetch and parse a
 * theme's whole history again. Each cached network carries the version of the theme the network family
 * had reached before it was read, and the generation it was read from. A read looks up the family's
 * current version of the theme (one lookup by {@code _id} in {@code network_progress}) and uses the cached
 * network only when both are unchanged; otherwise it reads the documents again. Because the progress is
 * written after the view documents of each batch, a network read after its version was looked up holds
 * at least that version, never less; several query-service instances each keep their own cache and
 * check it against the same progress. At most {@code netwerkregie.views.network-cache-size} themes are
 * kept, least recently read dropped first; {@code 0} turns the cache off. A read of many themes at once (an export,
 * the research comparison) uses what is cached but keeps what it loads only while the cache has room: it never
 * drops the networks that reads of one theme keep using. The counter {@code netwerkregie.network.cache.reads}
 * counts networks served by result: {@code hit} (cached and current) or {@code loaded}.
 */
@Component
class NetworkCache {
    private record Entry(int generation, long version, ThemeNetwork network) {}

    private final ProjectionProgress progress;
    private final Views views;
    private final int size;
    private final Map<String, Entry> entries;

    private final io.micrometer.core.instrument.Counter hits;
    private final io.micrometer.core.instrument.Counter loads;

    NetworkCache(
            ProjectionProgress progress,
            Views views,
            ViewSettings settings,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.progress = progress;
        this.views = views;
        this.size = settings.networkCacheSize();
        this.hits = io.micrometer.core.instrument.Counter.builder("netwerkregie.network.cache.reads")
                .description("theme networks served, cached and current (hit) or read from the view (loaded)")
                .tag("result", "hit")
                .register(meters);
        this.loads = io.micrometer.core.instrument.Counter.builder("netwerkregie.network.cache.reads")
                .description("theme networks served, cached and current (hit) or read from the view (loaded)")
                .tag("result", "loaded")
                .register(meters);
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > size;
            }
        };
    }

    /**
     * The networks of {@code themeIds} as the family has them now, by theme: those cached and still current (one
     * lookup of the family's versions for all of them), the others {@code load}ed together and kept only while the
     * cache has room, so a read of many themes never drops what reads of one theme keep.
     */
    Map<String, ThemeNetwork> getAll(
            java.util.Collection<String> themeIds,
            java.util.function.Function<java.util.Collection<String>, Map<String, ThemeNetwork>> load) {
        if (size == 0) {
            Map<String, ThemeNetwork> loaded = load.apply(themeIds);
            loads.increment(loaded.size());
            return loaded;
        }
        int generation = views.readGeneration(ThemeNetworkProjection.GROUP);
        Map<String, Long> versions = progress.versions(ThemeNetworkProjection.GROUP, themeIds);
        Map<String, ThemeNetwork> out = new java.util.HashMap<>();
        java.util.List<String> missing = new java.util.ArrayList<>();
        synchronized (entries) {
            for (String themeId : themeIds) {
                Entry cached = entries.get(themeId);
                long version = versions.getOrDefault(themeId, -1L);
                if (cached != null
                        && cached.generation() == generation
                        && cached.version() == version
                        && version >= 0) {
                    out.put(themeId, cached.network());
                } else {
                    missing.add(themeId);
                }
            }
        }
        hits.increment(out.size());
        if (!missing.isEmpty()) {
            Map<String, ThemeNetwork> loaded = load.apply(missing);
            loads.increment(loaded.size());
            synchronized (entries) {
                loaded.forEach((themeId, n) -> {
                    long version = versions.getOrDefault(themeId, -1L);
                    if (version >= 0 && (entries.containsKey(themeId) || entries.size() < size)) {
                        entries.put(themeId, new Entry(generation, version, n));
                    }
                });
            }
            out.putAll(loaded);
        }
        return out;
    }

    /** The theme's network as the family has it now: cached if still current, else {@code load}ed and kept. */
    Optional<ThemeNetwork> get(String themeId, Supplier<Optional<ThemeNetwork>> load) {
        if (size == 0) {
            Optional<ThemeNetwork> loaded = load.get();
            loaded.ifPresent(n -> loads.increment());
            return loaded;
        }
        int generation = views.readGeneration(ThemeNetworkProjection.GROUP);
        // a read of this theme looked its version up as it started: before the documents, as the cache needs it
        long version = nl.netwerkregie.query.projection.ThemeVersionHeader.versionRead(
                        ThemeNetworkProjection.GROUP, themeId)
                .orElseGet(() -> progress.version(ThemeNetworkProjection.GROUP, themeId));
        Entry cached;
        synchronized (entries) {
            cached = entries.get(themeId);
        }
        if (cached != null && cached.generation() == generation && cached.version() == version && version >= 0) {
            hits.increment();
            return Optional.of(cached.network());
        }
        Optional<ThemeNetwork> loaded = load.get();
        loaded.ifPresent(n -> loads.increment());
        if (loaded.isPresent() && version >= 0) {
            synchronized (entries) {
                entries.put(themeId, new Entry(generation, version, loaded.get()));
            }
        }
        return loaded;
    }
}
