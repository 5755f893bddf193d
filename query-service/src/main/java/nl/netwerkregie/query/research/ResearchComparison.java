package nl.netwerkregie.query.research;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.query.actor.ActorProjection;
import nl.netwerkregie.query.actor.ActorProjection.ActorSummary;
import nl.netwerkregie.query.directory.ThemeDirectoryProjection;
import nl.netwerkregie.query.indicators.IndicatorDirectory;
import nl.netwerkregie.query.matrix.MatrixDirectory;
import nl.netwerkregie.query.matrix.MatrixView;
import nl.netwerkregie.query.network.Involvement;
import nl.netwerkregie.query.network.NetworkDirectory;
import nl.netwerkregie.query.programme.CyclesView;
import nl.netwerkregie.query.programme.ProgrammeDirectory;
import nl.netwerkregie.query.research.ComparisonView.Holders;
import nl.netwerkregie.query.research.ComparisonView.MatrixSummary;
import nl.netwerkregie.query.research.ComparisonView.NetworkAt;
import nl.netwerkregie.query.research.ComparisonView.Row;
import nl.netwerkregie.values.ActivityStatus;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Sector;
import org.springframework.stereotype.Component;

/**
 * Computes the comparison of buurten across cycles from the views of the other families (network, actors,
 * programme, matrix, indicators): one pass per theme, reading its network once for every cycle date.
 *
 * <p>Which buurt an actor counts in: the buurt of its classification on the date. An actor placed in no buurt
 * counts in the theme's buurt when the theme runs in one buurt on that date; in a theme that runs in several,
 * it counts in a row of its own without a buurt (ADR 0013).
 */
@Component
class ResearchComparison {
    private final ThemeDirectoryProjection themes;
    private final NetworkDirectory networks;
    private final ActorProjection actors;
    private final ProgrammeDirectory programmes;
    private final MatrixDirectory matrices;
    private final IndicatorDirectory indicators;
    private final BuurtRecoding recoding;
    private final nl.netwerkregie.query.projection.ProjectionProgress progress;
    private final nl.netwerkregie.query.projection.Views views;
    private final Map<String, Cached> cache;

    /** A theme's rows, all cycles and buurten, as computed from the views in the state {@code fingerprint} names. */
    private record Cached(String fingerprint, List<Row> rows) {}

    private static final List<String> FAMILIES = List.of(
            nl.netwerkregie.query.network.ThemeNetworkProjection.GROUP,
            nl.netwerkregie.query.programme.ProgrammeProjection.GROUP,
            nl.netwerkregie.query.matrix.MatrixProjection.GROUP,
            ActorProjection.GROUP,
            nl.netwerkregie.query.indicators.IndicatorProjection.GROUP);

    ResearchComparison(
            ThemeDirectoryProjection themes,
            NetworkDirectory networks,
            ActorProjection actors,
            ProgrammeDirectory programmes,
            MatrixDirectory matrices,
            IndicatorDirectory indicators,
            BuurtRecoding recoding,
            nl.netwerkregie.query.projection.ProjectionProgress progress,
            nl.netwerkregie.query.projection.Views views,
            ResearchSettings settings,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.themes = themes;
        this.networks = networks;
        this.actors = actors;
        this.programmes = programmes;
        this.matrices = matrices;
        this.indicators = indicators;
        this.recoding = recoding;
        this.progress = progress;
        this.views = views;
        int size = settings.comparisonCacheThemes();
        this.cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > size;
            }
        });
        io.micrometer.core.instrument.Gauge.builder("netwerkregie.research.comparison.themes", cache, Map::size)
                .description("themes whose comparison rows this instance holds in memory")
                .register(meters);
    }

    /**
     * Every row of these municipalities matching the filters (each may be null), in the comparison's order. A
     * theme's rows are kept in memory and used again while nothing they were computed from has changed: the
     * fingerprint of a theme is the families' generations, the theme's version in the network and programme
     * families, the last fact of each of its matrices, the municipality's settings, its actors' changes and its
     * indicator uploads, and the day (a handful of lookups for a whole municipality).
     */
    List<Row> rows(List<String> municipalities, String theme, String buurt, Integer cycle, LocalDate today) {
        return rows(municipalities, theme, buurt, cycle, today, (themeKey, fingerprint) -> true);
    }

    /**
     * As {@link #rows(List, String, String, Integer, LocalDate)}, but a theme whose rows are not held under its
     * current fingerprint is computed only when {@code compute} says so for its key ({@code <gm>/<themeId>}) and
     * fingerprint; the others are left out.
     */
    List<Row> rows(
            List<String> municipalities,
            String theme,
            String buurt,
            Integer cycle,
            LocalDate today,
            java.util.function.BiPredicate<String, String> compute) {
        List<Row> out = new ArrayList<>();
        for (String gm : municipalities) {
            List<String> themeIds = theme == null
                    ? themes.themeIdsOfMunicipality(gm)
                    : themes.themeIdsOfMunicipality(gm).contains(theme) ? List.of(theme) : List.of();
            if (themeIds.isEmpty()) {
                continue;
            }
            StringBuilder common = new StringBuilder(today.toString());
            FAMILIES.forEach(f -> common.append('|').append(views.readGeneration(f)));
            common.append('|').append(actors.changes());
            Map<String, String> matrixState = matrices.fingerprints(gm);
            common.append('|').append(matrixState.get(""));
            common.append('|')
                    .append(progress.versionsStartingWith(
                                    nl.netwerkregie.query.indicators.IndicatorProjection.GROUP, gm + ":indicators:")
                            .hashCode());
            Map<String, Long> network =
                    progress.versions(nl.netwerkregie.query.network.ThemeNetworkProjection.GROUP, themeIds);
            Map<String, Long> programme =
                    progress.versions(nl.netwerkregie.query.programme.ProgrammeProjection.GROUP, themeIds);
            Map<String, String> fingerprints = new LinkedHashMap<>();
            Map<String, List<Row>> rowsByTheme = new HashMap<>();
            for (String themeId : themeIds) {
                String fingerprint = common + "|" + network.get(themeId) + "|" + programme.get(themeId) + "|"
                        + matrixState.getOrDefault(themeId, "");
                fingerprints.put(themeId, fingerprint);
                Cached cached = cache.get(gm + "/" + themeId);
                if (cached != null && cached.fingerprint().equals(fingerprint)) {
                    rowsByTheme.put(themeId, cached.rows());
                }
            }
            List<String> missing = themeIds.stream()
                    .filter(id -> !rowsByTheme.containsKey(id))
                    .filter(id -> compute.test(gm + "/" + id, fingerprints.get(id)))
                    .toList();
            if (!missing.isEmpty()) {
                Read read = read(gm, missing);
                for (String themeId : missing) {
                    List<Row> all;
                    try {
                        all = rowsOfTheme(gm, themeId, today, read);
                    } catch (UnknownResourceException notYetInEveryView) {
                        all = null;
                    }
                    if (all == null) {
                        // a theme named a moment ago may not be in every family's view yet: left out until it is
                        continue;
                    }
                    rowsByTheme.put(themeId, all);
                    if (network.containsKey(themeId) && programme.containsKey(themeId)) {
                        cache.put(gm + "/" + themeId, new Cached(fingerprints.get(themeId), all));
                    }
                }
            }
            for (String themeId : themeIds) {
                for (Row r : rowsByTheme.getOrDefault(themeId, List.of())) {
                    if ((cycle == null || cycle == r.cycle()) && (buurt == null || buurt.equals(r.buurt()))) {
                        out.add(r);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Row::cycle)
                .thenComparing(Row::municipality)
                .thenComparing(Row::themeId)
                .thenComparing(Row::buurt, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /**
     * What the rows of several themes of a municipality are computed from, read together: their cycles, their
     * involvement at each cycle's start and end, their actors' sectors and buurten, which buurten have a matrix,
     * the municipality's indicators and its recodings. A handful of queries whatever the number of themes.
     */
    private record Read(
            Map<String, List<CyclesView.CycleSummary>> cycles,
            Map<String, List<Involvement>> involvement,
            Map<String, ActorSummary> known,
            Map<String, List<String>> withMatrix,
            nl.netwerkregie.query.indicators.IndicatorDirectory.Municipality indicators,
            BuurtRecoding.Table recodings) {}

    private Read read(String gm, List<String> themeIds) {
        Map<String, List<CyclesView.CycleSummary>> cycles = programmes.cycles(gm, themeIds);
        Map<String, List<LocalDate>> dates = new HashMap<>();
        cycles.forEach((themeId, list) -> {
            List<LocalDate> d = new ArrayList<>();
            for (CyclesView.CycleSummary c : list) {
                d.add(c.developmentPeriod().start());
                d.add(c.developmentPeriod().end());
            }
            dates.put(themeId, d);
        });
        Map<String, List<Involvement>> involvement = networks.involvementOn(gm, dates);
        Set<String> everyone = new HashSet<>();
        involvement
                .values()
                .forEach(list -> list.forEach(i -> everyone.addAll(i.positions().keySet())));
        return new Read(
                cycles,
                involvement,
                actors.findWithoutNames(gm, everyone),
                matrices.buurtenWithMatrix(gm),
                indicators.ofMunicipality(gm),
                recoding.tableOf(gm));
    }

    /** Every row of the theme: each cycle × buurt; {@code null} while the theme is not yet in every view read. */
    private List<Row> rowsOfTheme(String gm, String themeId, LocalDate today, Read read) {
        List<CyclesView.CycleSummary> cycles = read.cycles().get(themeId);
        List<Involvement> involvement = read.involvement().get(themeId);
        if (cycles == null || involvement == null) {
            return null;
        }
        Map<String, ActorSummary> known = read.known();
        BuurtRecoding.Table t = read.recodings();
        Set<String> withMatrix = new HashSet<>(read.withMatrix().getOrDefault(themeId, List.of()));

        List<Row> rows = new ArrayList<>();
        // per buurt (today's code; null: placed in none), the actors at the end of the previous cycle
        Map<String, Set<String>> previousEnd = new LinkedHashMap<>();
        for (int k = 0; k < cycles.size(); k++) {
            CyclesView.CycleSummary c = cycles.get(k);
            Involvement start = involvement.get(2 * k);
            Involvement end = involvement.get(2 * k + 1);
            Map<String, Set<String>> atStart = byBuurt(start, known, t);
            Map<String, Set<String>> atEnd = byBuurt(end, known, t);
            Set<String> buurten = new TreeSet<>(Comparator.nullsLast(Comparator.naturalOrder()));
            start.buurten().forEach(b -> buurten.add(t.today(b)));
            end.buurten().forEach(b -> buurten.add(t.today(b)));
            buurten.addAll(atStart.keySet());
            buurten.addAll(atEnd.keySet());
            for (String b : buurten) {
                Set<String> s = atStart.getOrDefault(b, Set.of());
                Set<String> e = atEnd.getOrDefault(b, Set.of());
                Set<String> before = previousEnd.get(b);
                previousEnd.put(b, e);
                rows.add(row(gm, themeId, c, b, s, e, before, start, end, known, withMatrix, today, read));
            }
        }
        return List.copyOf(rows);
    }

    private Row row(
            String gm,
            String themeId,
            CyclesView.CycleSummary c,
            String buurt,
            Set<String> atStart,
            Set<String> atEnd,
            Set<String> previousEnd,
            Involvement start,
            Involvement end,
            Map<String, ActorSummary> known,
            Set<String> withMatrix,
            LocalDate today,
            Read read) {
        BuurtRecoding.Table t = read.recodings();
        int entered = (int) atEnd.stream().filter(a -> !atStart.contains(a)).count();
        int left = (int) atStart.stream().filter(a -> !atEnd.contains(a)).count();
        int both = atStart.size() + atEnd.size();
        Integer stayed = previousEnd == null
                ? null
                : (int) previousEnd.stream().filter(atEnd::contains).count();
        Double retention = previousEnd == null || previousEnd.isEmpty()
                ? null
                : NetworkMetrics.round((double) stayed / previousEnd.size());
        LocalDate from = c.developmentPeriod().start();
        LocalDate to = c.developmentPeriod().end();
        MatrixSummary matrix = null;
        List<String> matrixBuurten = buurt == null ? List.of() : t.sourcesOf(buurt);
        String matrixBuurt =
                matrixBuurten.stream().filter(withMatrix::contains).findFirst().orElse(null);
        if (matrixBuurt != null && !from.isAfter(to)) {
            try {
                matrix = matrix(gm, themeId, matrixBuurt, c.cycle(), from, to);
            } catch (UnknownResourceException notSetUpByThen) {
                matrix = null; // set up after the cycle's end: nothing to summarise for this cycle
            }
        }
        List<nl.netwerkregie.query.indicators.IndicatorsView.Series> series = new ArrayList<>();
        for (String code : matrixBuurten) {
            series.addAll(
                    read.indicators().series(code, null, String.valueOf(from.getYear()), String.valueOf(to.getYear())));
        }
        List<String> former = buurt == null
                ? null
                : t.sourcesOf(buurt).stream().filter(b -> !b.equals(buurt)).toList();
        return new Row(
                gm,
                themeId,
                c.name(),
                buurt,
                former == null || former.isEmpty() ? null : former,
                c.cycle(),
                from,
                to,
                to.isBefore(today),
                networkAt(start, atStart, placedIn(start, buurt, t)),
                networkAt(end, atEnd, placedIn(end, buurt, t)),
                entered,
                left,
                both == 0 ? 0 : NetworkMetrics.round((double) (entered + left) / both),
                stayed,
                retention,
                NetworkMetrics.of(atEnd, end.schakelLinks(), placedIn(end, buurt, t)),
                holders(end, atEnd, known),
                matrix,
                series.isEmpty() ? null : series);
    }

    /** The involved actors of each buurt (today's code) on the involvement's date; key null: placed in none. */
    private static Map<String, Set<String>> byBuurt(
            Involvement inv, Map<String, ActorSummary> known, BuurtRecoding.Table t) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        String only = inv.buurten().size() == 1 ? t.today(inv.buurten().get(0)) : null;
        for (String actor : inv.positions().keySet()) {
            ActorSummary s = known.get(actor);
            String placed = s == null
                    ? null
                    : s.classificationOn(inv.date())
                            .map(ActorProjection.Classification::buurt)
                            .orElse(null);
            String b = placed != null ? t.today(placed) : only;
            out.computeIfAbsent(b, k -> new TreeSet<>()).add(actor);
        }
        return out;
    }

    /**
     * The ingredients placed in the row's buurt; for a theme in one buurt, also those placed in none. The row
     * without a buurt gets none: an unplaced ingredient of a theme in several buurten counts only where linked.
     */
    private static Set<String> placedIn(Involvement inv, String buurt, BuurtRecoding.Table t) {
        Set<String> out = new TreeSet<>();
        if (buurt == null) {
            return out;
        }
        boolean only =
                inv.buurten().size() == 1 && t.today(inv.buurten().get(0)).equals(buurt);
        for (String i : inv.ingredients()) {
            String placed = inv.ingredientBuurten().get(i);
            if ((placed != null && t.today(placed).equals(buurt)) || (placed == null && only)) {
                out.add(i);
            }
        }
        return out;
    }

    private static NetworkAt networkAt(Involvement inv, Set<String> actors, Set<String> placed) {
        Map<Position, Integer> byPosition = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            byPosition.put(p, 0);
        }
        Set<String> ingredients = new HashSet<>(placed);
        int links = 0;
        for (String a : actors) {
            inv.positions().get(a).forEach(p -> byPosition.merge(p, 1, Integer::sum));
            Collection<String> linked = inv.schakelLinks().getOrDefault(a, List.of());
            ingredients.addAll(linked);
            links += linked.size();
        }
        return new NetworkAt(inv.date(), actors.size(), byPosition, ingredients.size(), links);
    }

    private static Holders holders(Involvement inv, Set<String> actors, Map<String, ActorSummary> known) {
        int positions = 0;
        int community = 0;
        int professionals = 0;
        int other = 0;
        int unclassified = 0;
        Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            bySector.put(s, 0);
        }
        for (String a : actors) {
            Set<Position> held = inv.positions().get(a);
            int n = (held.contains(Position.INITIATOR) ? 1 : 0) + (held.contains(Position.PARTNER) ? 1 : 0);
            if (n == 0) {
                continue;
            }
            positions += n;
            ActorSummary s = known.get(a);
            Sector sector = s == null
                    ? null
                    : s.classificationOn(inv.date())
                            .map(ActorProjection.Classification::sector)
                            .orElse(null);
            if (sector == null) {
                unclassified += n;
                continue;
            }
            bySector.merge(sector, n, Integer::sum);
            if (sector.community()) {
                community += n;
            } else if (sector.professional()) {
                professionals += n;
            } else {
                other += n;
            }
        }
        int classified = community + professionals + other;
        return new Holders(
                positions,
                community,
                professionals,
                other,
                unclassified,
                classified == 0 ? null : NetworkMetrics.round((double) community / classified),
                bySector);
    }

    private MatrixSummary matrix(String gm, String themeId, String buurt, int cycle, LocalDate from, LocalDate to) {
        MatrixView m = matrices.matrixOn(gm, themeId, buurt, to);
        List<Double> ranks = m.cells().stream()
                .map(MatrixView.Cell::judgement)
                .filter(Objects::nonNull)
                .map(MatrixView.Judgement::rank)
                .toList();
        Integer highest = matrices.phasesOn(gm, themeId, buurt, to).phases().stream()
                .filter(p -> p.startedOn() != null)
                .map(nl.netwerkregie.query.matrix.PhasesView.Phase::number)
                .max(Integer::compare)
                .orElse(null);
        return new MatrixSummary(
                ranks.size(),
                ranks.isEmpty()
                        ? null
                        : NetworkMetrics.round(ranks.stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElse(0)),
                matrices.shiftAcross(gm, themeId, buurt, cycle).measure(),
                highest,
                matrices.activities(gm, themeId, buurt, to, ActivityStatus.DONE, from, to));
    }
}
