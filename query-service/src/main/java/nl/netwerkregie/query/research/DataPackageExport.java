package nl.netwerkregie.query.research;

import static nl.netwerkregie.query.research.CsvTable.field;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.query.actor.ActorProjection;
import nl.netwerkregie.query.directory.ThemeDirectoryProjection;
import nl.netwerkregie.query.directory.ThemeSummary;
import nl.netwerkregie.query.indicators.IndicatorDirectory;
import nl.netwerkregie.query.matrix.MatrixDirectory;
import nl.netwerkregie.query.matrix.MatrixView;
import nl.netwerkregie.query.network.NetworkDirectory;
import nl.netwerkregie.query.network.NetworkTimeline;
import nl.netwerkregie.query.programme.CyclesView;
import nl.netwerkregie.query.programme.ProgrammeDirectory;
import nl.netwerkregie.values.ActorType;
import org.springframework.stereotype.Component;

/**
 * A municipality's research data as a Frictionless Data Package (2.0): a zip of tidy CSV tables and
 * {@code datapackage.json} describing them, written last with each table's rows, bytes and SHA-256. Streamed
 * one theme at a time; actors appear only under pseudonyms, with no name, contact detail or free text, and a
 * person's buurt is left out when fewer than {@link ResearchSettings#minCellSize()} people share its buurt and
 * sector. Facts effective after the as-of date are left out; spells still running then have no end.
 */
@Component
class DataPackageExport {
    static final String FORMAT = "netwerkregie-research/1";
    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final ActorProjection actors;
    private final ThemeDirectoryProjection themes;
    private final NetworkDirectory networks;
    private final ProgrammeDirectory programmes;
    private final MatrixDirectory matrices;
    private final IndicatorDirectory indicators;
    private final ResearchComparison comparison;
    private final Pseudonyms pseudonyms;
    private final ResearchSettings settings;
    private final Clock clock;

    DataPackageExport(
            ActorProjection actors,
            ThemeDirectoryProjection themes,
            NetworkDirectory networks,
            ProgrammeDirectory programmes,
            MatrixDirectory matrices,
            IndicatorDirectory indicators,
            ResearchComparison comparison,
            Pseudonyms pseudonyms,
            ResearchSettings settings,
            Clock clock) {
        this.actors = actors;
        this.themes = themes;
        this.networks = networks;
        this.programmes = programmes;
        this.matrices = matrices;
        this.indicators = indicators;
        this.comparison = comparison;
        this.pseudonyms = pseudonyms;
        this.settings = settings;
        this.clock = clock;
    }

    static final CsvTable.Field ACTOR = field("actor", "string", "the actor's pseudonym in this export or study");
    static final CsvTable.Field THEME = field("theme_id", "string", "the theme's id");

    /** The tables, in the order they are written. */
    static List<CsvTable> tables() {
        return List.of(
                new CsvTable(
                        "actors",
                        "Actors",
                        "Every actor of the municipality with its sector and buurt on the as-of date",
                        List.of("actor"),
                        ACTOR,
                        field("type", "string", "PERSON or ORGANISATION"),
                        field("sector", "string", "RESIDENT, COMMUNITY_ORGANISATION, PROVIDER, MUNICIPALITY or OTHER"),
                        field("buurt", "string", "CBS buurt code; empty when none or suppressed"),
                        field(
                                "buurt_suppressed",
                                "boolean",
                                "true when fewer people than the minimum cell size share it"),
                        field("registered_on", "date", "when the actor became known"),
                        field("erased", "boolean", "whether the person's personal data was erased")),
                new CsvTable(
                        "classifications",
                        "Classifications",
                        "Every dated classification of an actor by sector and buurt",
                        List.of(),
                        ACTOR,
                        field("from", "date", "in force from"),
                        field("sector", "string", "the sector from that date"),
                        field("buurt", "string", "CBS buurt code; empty when none or suppressed"),
                        field("buurt_suppressed", "boolean", "true when suppressed")),
                new CsvTable(
                        "themes",
                        "Themes",
                        "The municipality's themes",
                        List.of("theme_id"),
                        THEME,
                        field("name", "string", "the theme's current name"),
                        field("named_on", "date", "when it was named"),
                        field("buurten", "string", "the buurten it runs in now, separated by ;")),
                new CsvTable(
                        "cycles",
                        "Programme cycles",
                        "Every programme cycle of every theme",
                        List.of("theme_id", "cycle"),
                        THEME,
                        field("cycle", "integer", "the cycle's number, from 1"),
                        field("name", "string", "the theme's name in the cycle"),
                        field("start", "date", "first day of the development period"),
                        field("end", "date", "last day of the development period"),
                        field("state", "string", "the cycle's state as known now"),
                        field("closed_on", "date", "when it was closed")),
                new CsvTable(
                        "positions",
                        "Positions over time",
                        "Each position of involvement an actor held in a theme, as a spell",
                        List.of(),
                        THEME,
                        ACTOR,
                        field("position", "string", "INITIATOR, PARTNER, SCHAKEL, SUPPLIER or USER"),
                        field("from", "date", "held from this date"),
                        field("to", "date", "held until this date (exclusive); empty: still held on the as-of date")),
                new CsvTable(
                        "schakels",
                        "Schakels",
                        "Each actor that became a schakel of a theme, and since when",
                        List.of("theme_id", "actor"),
                        THEME,
                        ACTOR,
                        field("from", "date", "a schakel since")),
                new CsvTable(
                        "ingredients",
                        "Ingredients",
                        "The ingredients of each theme's network (kinds only, never their texts)",
                        List.of("theme_id", "ingredient_id"),
                        THEME,
                        field("ingredient_id", "string", "the ingredient's id"),
                        field("kind", "string", "IDEA, THOUGHT, MEANS, PERSON, BUILDING, ..."),
                        field("buurt", "string", "the buurt it was placed in on the as-of date; empty: none"),
                        field("from", "date", "added on"),
                        field("to", "date", "withdrawn on; empty: present on the as-of date")),
                new CsvTable(
                        "links",
                        "Schakel links",
                        "Each link of a schakel to an ingredient, as a spell",
                        List.of(),
                        THEME,
                        ACTOR,
                        field("ingredient_id", "string", "the ingredient linked"),
                        field("from", "date", "linked from"),
                        field("to", "date", "until (exclusive); empty: still linked on the as-of date")),
                new CsvTable(
                        "judgements",
                        "Stelselmatrix judgements",
                        "Each judged cell of each stelselmatrix at the end of each cycle (or on the as-of date)",
                        List.of(),
                        THEME,
                        field("buurt", "string", "the matrix's buurt"),
                        field("cycle", "integer", "the cycle at whose end the matrix was read"),
                        field("on", "date", "the date the matrix was read"),
                        field("position", "string", "the position of responsibility (column)"),
                        field("element", "string", "the element (row)"),
                        field("level", "integer", "the level on its scale"),
                        field("label", "string", "the level's label"),
                        field("scale_version", "integer", "the judgement scale's version"),
                        field("rank", "number", "0 the lowest level of its scale, 1 the highest"),
                        field("judged_on", "date", "the measurement moment")),
                new CsvTable(
                        "responsibilities",
                        "Responsibilities",
                        "The responsibilities carried in each stelselmatrix on the as-of date",
                        List.of(),
                        THEME,
                        field("buurt", "string", "the matrix's buurt"),
                        field("responsibility_id", "string", "its id"),
                        field("kind", "string", "TASK or FACILITY"),
                        field("name", "string", "what it is"),
                        field("position", "string", "the position carrying it"),
                        field("since", "date", "carried by that position since")),
                new CsvTable(
                        "indicators",
                        "Wijkprofiel indicators",
                        "The latest value of each indicator per buurt, period and source level",
                        List.of(),
                        field("buurt", "string", "CBS buurt code"),
                        field("indicator", "string", "the indicator's code"),
                        field("period", "string", "the period, e.g. 2014"),
                        field("level", "string", "the source level"),
                        field("value", "number", "the value")),
                new CsvTable(
                        "buurt_cycles",
                        "Buurten across cycles",
                        "The comparison of buurten across cycles, one row per theme × buurt × cycle (see the API)",
                        List.of(),
                        THEME,
                        field("buurt", "string", "today's CBS code; empty: actors placed in no buurt"),
                        field("cycle", "integer", "the cycle's number"),
                        field("start", "date", "the cycle's first day"),
                        field("end", "date", "the cycle's last day"),
                        field("actors_at_start", "integer", "involved actors at the start"),
                        field("actors_at_end", "integer", "involved actors at the end"),
                        field("entered", "integer", "involved at the end, not at the start"),
                        field("left", "integer", "involved at the start, not at the end"),
                        field("turnover", "number", "(entered + left) / (at start + at end)"),
                        field("retention", "number", "share of the previous cycle's end still involved"),
                        field("nodes", "integer", "graph nodes at the end"),
                        field("edges", "integer", "graph edges at the end"),
                        field("density", "number", "graph density at the end"),
                        field("components", "integer", "connected components at the end"),
                        field("community_share", "number", "initiator and partner positions held by the community"),
                        field("cells_judged", "integer", "matrix cells judged at the end"),
                        field("mean_rank", "number", "their mean rank"),
                        field("steps_toward_resident", "integer", "the responsibility shift measure")));
    }

    /** Writes the package of {@code municipality} as known now, facts up to {@code asOf}, to {@code out}. */
    void write(String municipality, LocalDate asOf, String study, OutputStream out) {
        Pseudonyms.Scheme names = pseudonyms.scheme(municipality, study);
        List<CsvTable> tables = tables();
        Map<String, CsvTable> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name, t));
        List<String> themeIds = themes.themeIdsOfMunicipality(municipality);
        List<ThemeSummary> summaries = themes.summaries(municipality, themeIds);
        ZipOutputStream zip = new ZipOutputStream(out);
        try {
            entry(zip, byName.get("actors"), rows -> actorRows(municipality, asOf, names, rows, false));
            entry(zip, byName.get("classifications"), rows -> actorRows(municipality, asOf, names, rows, true));
            entry(
                    zip,
                    byName.get("themes"),
                    rows -> summaries.forEach(s -> {
                        if (!s.namedOn().isAfter(asOf)) {
                            rows.add(s.themeId(), s.name(), s.namedOn(), String.join(";", s.buurten()));
                        }
                    }));
            List<String> ordered = summaries.stream().map(ThemeSummary::themeId).toList();
            entry(
                    zip,
                    byName.get("cycles"),
                    rows -> forEachTheme(municipality, ordered, (theme, list, tl) -> {
                        for (CyclesView.CycleSummary c : list) {
                            if (!c.developmentPeriod().start().isAfter(asOf)) {
                                rows.add(
                                        theme,
                                        c.cycle(),
                                        c.name(),
                                        c.developmentPeriod().start(),
                                        c.developmentPeriod().end(),
                                        c.state(),
                                        c.closedOn() != null && !c.closedOn().isAfter(asOf) ? c.closedOn() : null);
                            }
                        }
                    }));
            entry(
                    zip,
                    byName.get("positions"),
                    rows -> forEachTheme(municipality, ordered, (theme, list, tl) -> {
                        for (NetworkTimeline.PositionSpell p : tl.positions()) {
                            if (!p.from().isAfter(asOf)) {
                                rows.add(theme, names.of(p.actorId()), p.position(), p.from(), until(p.to(), asOf));
                            }
                        }
                    }));
            entry(
                    zip,
                    byName.get("schakels"),
                    rows -> forEachTheme(municipality, ordered, (theme, list, tl) -> {
                        for (NetworkTimeline.SchakelSpell s : tl.schakels()) {
                            if (!s.from().isAfter(asOf)) {
                                rows.add(theme, names.of(s.actorId()), s.from());
                            }
                        }
                    }));
            entry(
                    zip,
                    byName.get("ingredients"),
                    rows -> forEachTheme(municipality, ordered, (theme, list, tl) -> {
                        for (NetworkTimeline.IngredientSpell i : tl.ingredients()) {
                            if (!i.from().isAfter(asOf)) {
                                rows.add(
                                        theme,
                                        i.ingredientId(),
                                        i.kind(),
                                        i.buurtOn(asOf),
                                        i.from(),
                                        until(i.to(), asOf));
                            }
                        }
                    }));
            entry(
                    zip,
                    byName.get("links"),
                    rows -> forEachTheme(municipality, ordered, (theme, list, tl) -> {
                        for (NetworkTimeline.LinkSpell l : tl.links()) {
                            if (!l.from().isAfter(asOf)) {
                                rows.add(theme, names.of(l.actorId()), l.ingredientId(), l.from(), until(l.to(), asOf));
                            }
                        }
                    }));
            Set<String> buurten = new java.util.TreeSet<>();
            entry(
                    zip,
                    byName.get("judgements"),
                    rows -> forEachTheme(municipality, ordered, (theme, list, tl) -> {
                        for (String buurt : matrices.buurtenWithMatrix(municipality, theme)) {
                            buurten.add(buurt);
                            for (CyclesView.CycleSummary c : list) {
                                if (c.developmentPeriod().start().isAfter(asOf)) {
                                    continue;
                                }
                                LocalDate on = c.developmentPeriod().end().isAfter(asOf)
                                        ? asOf
                                        : c.developmentPeriod().end();
                                MatrixView m = matrixOn(municipality, theme, buurt, on);
                                if (m == null) {
                                    continue;
                                }
                                for (MatrixView.Cell cell : m.cells()) {
                                    MatrixView.Judgement j = cell.judgement();
                                    if (j != null) {
                                        rows.add(
                                                theme,
                                                buurt,
                                                c.cycle(),
                                                on,
                                                cell.position(),
                                                cell.element(),
                                                j.level(),
                                                j.label(),
                                                j.scaleVersion(),
                                                j.rank(),
                                                j.judgedOn());
                                    }
                                }
                            }
                        }
                    }));
            entry(
                    zip,
                    byName.get("responsibilities"),
                    rows -> forEachTheme(municipality, ordered, (theme, list, tl) -> {
                        for (String buurt : matrices.buurtenWithMatrix(municipality, theme)) {
                            MatrixView m = matrixOn(municipality, theme, buurt, asOf);
                            if (m != null) {
                                for (MatrixView.Responsibility r : m.responsibilities()) {
                                    rows.add(
                                            theme,
                                            buurt,
                                            r.responsibilityId(),
                                            r.kind(),
                                            r.name(),
                                            r.position(),
                                            r.since());
                                }
                            }
                        }
                    }));
            summaries.forEach(s -> buurten.addAll(s.buurten()));
            entry(zip, byName.get("indicators"), rows -> {
                for (String buurt : buurten) {
                    for (var series : indicators.series(municipality, buurt, null, null, null)) {
                        for (var v : series.values()) {
                            if (!v.publishedOn().isAfter(asOf)) {
                                rows.add(buurt, series.indicator(), v.period(), v.level(), v.value());
                            }
                        }
                    }
                }
            });
            entry(zip, byName.get("buurt_cycles"), rows -> {
                for (ComparisonView.Row r : comparison.rows(List.of(municipality), null, null, null, asOf)) {
                    if (r.start().isAfter(asOf)) {
                        continue;
                    }
                    rows.add(
                            r.themeId(),
                            r.buurt(),
                            r.cycle(),
                            r.start(),
                            r.end(),
                            r.atStart().actors(),
                            r.atEnd().actors(),
                            r.entered(),
                            r.left(),
                            r.turnover(),
                            r.retention(),
                            r.metrics().nodes(),
                            r.metrics().edges(),
                            r.metrics().density(),
                            r.metrics().components(),
                            r.holders().communityShare(),
                            r.matrix() == null ? null : r.matrix().cellsJudged(),
                            r.matrix() == null ? null : r.matrix().meanRank(),
                            r.matrix() == null || r.matrix().shift() == null
                                    ? null
                                    : r.matrix().shift().stepsTowardResident());
                }
            });
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(JSON.writeValueAsBytes(descriptor(municipality, asOf, study, tables)));
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a table is written from for one theme: its cycles as known now and its network as spells. */
    @FunctionalInterface
    private interface ThemeRows {
        void accept(String themeId, List<CyclesView.CycleSummary> cycles, NetworkTimeline timeline);
    }

    /** How many themes a table's pass reads at once: memory holds one batch, whatever the municipality's size. */
    private static final int BATCH = 100;

    /**
     * Each theme of {@code themeIds}, in order, with its cycles and network, read a batch at a time; a theme not yet
     * in every view is left out (as the comparison leaves it out).
     */
    private void forEachTheme(String municipality, List<String> themeIds, ThemeRows each) {
        for (int from = 0; from < themeIds.size(); from += BATCH) {
            List<String> batch = themeIds.subList(from, Math.min(themeIds.size(), from + BATCH));
            Map<String, List<CyclesView.CycleSummary>> cycles = programmes.cycles(municipality, batch);
            Map<String, NetworkTimeline> timelines = networks.timelinesOf(municipality, batch);
            for (String themeId : batch) {
                if (cycles.containsKey(themeId) && timelines.containsKey(themeId)) {
                    each.accept(themeId, cycles.get(themeId), timelines.get(themeId));
                }
            }
        }
    }

    private MatrixView matrixOn(String municipality, String theme, String buurt, LocalDate on) {
        try {
            return matrices.matrixOn(municipality, theme, buurt, on);
        } catch (UnknownResourceException notSetUpByThen) {
            return null;
        }
    }

    private static LocalDate until(LocalDate to, LocalDate asOf) {
        return to == null || to.isAfter(asOf) ? null : to;
    }

    private static void entry(ZipOutputStream zip, CsvTable table, java.util.function.Consumer<CsvTable.Rows> rows)
            throws IOException {
        zip.putNextEntry(new ZipEntry(table.path()));
        table.write(zip, rows);
        zip.closeEntry();
    }

    /**
     * The actors (or, with {@code history}, every classification of them). A person's buurt is suppressed when
     * fewer than the minimum cell size of people share that buurt and sector: on the as-of date for the actors,
     * over all classifications for the history.
     */
    private void actorRows(
            String municipality, LocalDate asOf, Pseudonyms.Scheme names, CsvTable.Rows rows, boolean history) {
        Map<String, Set<String>> people = new HashMap<>();
        actors.forEachOf(municipality, a -> {
            if (a.type() != ActorType.PERSON || a.registeredOn().isAfter(asOf)) {
                return;
            }
            if (history) {
                a.classifications().stream()
                        .filter(c -> !c.date().isAfter(asOf) && c.buurt() != null)
                        .forEach(c -> people.computeIfAbsent(c.sector() + "|" + c.buurt(), k -> new HashSet<>())
                                .add(a.actorId()));
            } else {
                ActorProjection.Classification.on(a.classifications(), asOf)
                        .filter(c -> c.buurt() != null)
                        .ifPresent(c -> people.computeIfAbsent(c.sector() + "|" + c.buurt(), k -> new HashSet<>())
                                .add(a.actorId()));
            }
        });
        int k = settings.minCellSize();
        actors.forEachOf(municipality, a -> {
            if (a.registeredOn().isAfter(asOf)) {
                return;
            }
            List<ActorProjection.Classification> shown = new ArrayList<>();
            if (history) {
                a.classifications().stream()
                        .filter(c -> !c.date().isAfter(asOf))
                        .forEach(shown::add);
            }
            if (!history) {
                ActorProjection.Classification c = ActorProjection.Classification.on(a.classifications(), asOf)
                        .orElse(null);
                boolean suppressed = c != null
                        && c.buurt() != null
                        && a.type() == ActorType.PERSON
                        && people.getOrDefault(c.sector() + "|" + c.buurt(), Set.of())
                                        .size()
                                < k;
                rows.add(
                        names.of(a.actorId()),
                        a.type(),
                        c == null ? null : c.sector(),
                        c == null || suppressed ? null : c.buurt(),
                        suppressed,
                        a.registeredOn(),
                        a.erased());
                return;
            }
            for (ActorProjection.Classification c : shown) {
                boolean suppressed = c.buurt() != null
                        && a.type() == ActorType.PERSON
                        && people.getOrDefault(c.sector() + "|" + c.buurt(), Set.of())
                                        .size()
                                < k;
                rows.add(names.of(a.actorId()), c.date(), c.sector(), suppressed ? null : c.buurt(), suppressed);
            }
        });
    }

    private Map<String, Object> descriptor(String municipality, LocalDate asOf, String study, List<CsvTable> tables) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
        d.put("name", "netwerkregie-" + municipality.toLowerCase(java.util.Locale.ROOT) + "-" + asOf);
        d.put("title", "Netwerkregie research data of " + municipality + " as of " + asOf);
        d.put(
                "description",
                "Networks of involvement, programme cycles, stelselmatrices and indicators of one municipality, "
                        + "pseudonymised: actors under pseudonyms"
                        + (study == null ? " of this export only" : " of study '" + study + "'")
                        + ", no names, contact details or free texts; a person's buurt left out where fewer than "
                        + settings.minCellSize() + " people share that buurt and sector.");
        d.put("version", FORMAT);
        d.put("created", clock.instant().toString());
        d.put(
                "licenses",
                List.of(Map.of(
                        "name", settings.licence(), "path", settings.licencePath(), "title", settings.licence())));
        d.put("keywords", List.of("netwerkregie", "netwerkstrategie", "stelselmatrix", municipality));
        d.put("municipality", municipality);
        d.put("asOf", asOf.toString());
        if (study != null) {
            d.put("study", study);
        }
        d.put("minCellSize", settings.minCellSize());
        List<Map<String, Object>> resources = new ArrayList<>();
        tables.forEach(t -> resources.add(t.resource()));
        d.put("resources", resources);
        return d;
    }
}
