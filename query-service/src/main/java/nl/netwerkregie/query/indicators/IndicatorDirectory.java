package nl.netwerkregie.query.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.values.SourceLevel;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The wijkprofiel indicators of a buurt over time, for this family's endpoint and for other view families. */
@Component
public class IndicatorDirectory {
    private final IndicatorProjection projection;

    IndicatorDirectory(IndicatorProjection projection) {
        this.projection = projection;
    }

    /**
     * Per indicator (by code; {@code indicator} null for all) its latest values by period and source level,
     * periods in order, only periods from {@code from} to {@code to} (either may be null; compared as text,
     * a period starting with {@code to} included).
     */
    public List<IndicatorsView.Series> series(
            String municipality, String buurt, String indicator, String from, String to) {
        return series(projection.ofBuurt(municipality, buurt), indicator, from, to);
    }

    /**
     * The indicators of every buurt of a municipality, read once, for the series of many buurten: folded as they are
     * read into each indicator's latest values, so what is held is one small value per buurt, indicator, period and
     * level, never the documents.
     */
    public Municipality ofMunicipality(String municipality) {
        Map<String, List<IndicatorsView.Series>> byBuurt = new HashMap<>();
        Map<String, String> periods = new HashMap<>();
        Fold[] fold = {null};
        String[] buurt = {null};
        projection.forEachOfMunicipality(municipality, d -> {
            if (!d.getString("buurt").equals(buurt[0])) {
                if (fold[0] != null) {
                    byBuurt.put(buurt[0], fold[0].series());
                }
                buurt[0] = d.getString("buurt");
                fold[0] = new Fold(null, null, null, periods);
            }
            fold[0].add(d);
        });
        if (fold[0] != null) {
            byBuurt.put(buurt[0], fold[0].series());
        }
        return new Municipality(byBuurt);
    }

    /** Every buurt's indicators of one municipality as read at once, folded. */
    public static final class Municipality {
        private final Map<String, List<IndicatorsView.Series>> byBuurt;

        private Municipality(Map<String, List<IndicatorsView.Series>> byBuurt) {
            this.byBuurt = byBuurt;
        }

        /** As {@link IndicatorDirectory#series}, from what was read. */
        public List<IndicatorsView.Series> series(String buurt, String indicator, String from, String to) {
            List<IndicatorsView.Series> out = new ArrayList<>();
            for (IndicatorsView.Series s : byBuurt.getOrDefault(buurt, List.of())) {
                if (indicator == null || indicator.equals(s.indicator())) {
                    out.add(new IndicatorsView.Series(
                            s.indicator(),
                            s.values().stream()
                                    .filter(v -> inRange(v.period(), from, to))
                                    .toList()));
                }
            }
            return out;
        }
    }

    private static List<IndicatorsView.Series> series(
            List<Document> documents, String indicator, String from, String to) {
        Fold fold = new Fold(indicator, from, to, new HashMap<>());
        documents.forEach(fold::add);
        return fold.series();
    }

    /** Whether a period lies from {@code from} to {@code to} (either may be null; a period starting with {@code to} included). */
    private static boolean inRange(String period, String from, String to) {
        return (from == null || period.compareTo(from) >= 0)
                && (to == null || period.compareTo(to) <= 0 || period.startsWith(to));
    }

    /**
     * Folds one buurt's indicator documents, each indicator's in upload order (a later upload's value supersedes an
     * earlier one), into per indicator its latest value by period and level, periods in order. An indicator with
     * documents but no value in the range still has its (empty) series.
     */
    private static final class Fold {
        private final String indicator;
        private final String from;
        private final String to;
        /** One text per period, shared by every value of it. */
        private final Map<String, String> periods;

        private final Map<String, Map<String, IndicatorsView.Value>> latest = new LinkedHashMap<>();

        Fold(String indicator, String from, String to, Map<String, String> periods) {
            this.indicator = indicator;
            this.from = from;
            this.to = to;
            this.periods = periods;
        }

        void add(Document d) {
            if (indicator != null && !indicator.equals(d.getString("indicator"))) {
                return;
            }
            Map<String, IndicatorsView.Value> values =
                    latest.computeIfAbsent(d.getString("indicator"), k -> new LinkedHashMap<>());
            String uploadId = d.getString("uploadId");
            LocalDate date = LocalDate.parse(d.getString("date"));
            for (Document v : d.getList("values", Document.class)) {
                String period = periods.computeIfAbsent(v.getString("period"), p -> p);
                if (!inRange(period, from, to)) {
                    continue;
                }
                SourceLevel level = SourceLevel.valueOf(v.getString("level"));
                values.put(
                        period + "|" + level,
                        new IndicatorsView.Value(
                                period, level, v.get("value", Number.class).doubleValue(), uploadId, date));
            }
        }

        List<IndicatorsView.Series> series() {
            List<IndicatorsView.Series> series = new ArrayList<>();
            latest.forEach((name, values) -> {
                List<IndicatorsView.Value> sorted = new ArrayList<>(values.values());
                sorted.sort(
                        Comparator.comparing(IndicatorsView.Value::period).thenComparing(IndicatorsView.Value::level));
                series.add(new IndicatorsView.Series(name, List.copyOf(sorted)));
            });
            return series;
        }
    }
}
