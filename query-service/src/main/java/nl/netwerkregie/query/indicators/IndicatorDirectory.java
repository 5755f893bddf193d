package nl.netwerkregie.query.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** The indicators of every buurt of a municipality, read once, for the series of many buurten. */
    public Municipality ofMunicipality(String municipality) {
        return new Municipality(projection.ofMunicipality(municipality));
    }

    /** Every buurt's indicators of one municipality as read at once. */
    public static final class Municipality {
        private final Map<String, List<Document>> byBuurt;

        private Municipality(Map<String, List<Document>> byBuurt) {
            this.byBuurt = byBuurt;
        }

        /** As {@link IndicatorDirectory#series}, from what was read. */
        public List<IndicatorsView.Series> series(String buurt, String indicator, String from, String to) {
            return IndicatorDirectory.series(byBuurt.getOrDefault(buurt, List.of()), indicator, from, to);
        }
    }

    private static List<IndicatorsView.Series> series(
            List<Document> documents, String indicator, String from, String to) {
        // per indicator, its documents in upload order: a later upload's value supersedes an earlier one
        Map<String, Map<String, IndicatorsView.Value>> latest = new LinkedHashMap<>();
        for (Document d : documents) {
            if (indicator != null && !indicator.equals(d.getString("indicator"))) {
                continue;
            }
            Map<String, IndicatorsView.Value> values =
                    latest.computeIfAbsent(d.getString("indicator"), k -> new LinkedHashMap<>());
            for (Document v : d.getList("values", Document.class)) {
                String period = v.getString("period");
                if ((from != null && period.compareTo(from) < 0)
                        || (to != null && period.compareTo(to) > 0 && !period.startsWith(to))) {
                    continue;
                }
                values.put(
                        period + "|" + v.getString("level"),
                        new IndicatorsView.Value(
                                period,
                                SourceLevel.valueOf(v.getString("level")),
                                v.get("value", Number.class).doubleValue(),
                                d.getString("uploadId"),
                                LocalDate.parse(d.getString("date"))));
            }
        }
        List<IndicatorsView.Series> series = new ArrayList<>();
        latest.forEach((name, values) -> {
            List<IndicatorsView.Value> sorted = new ArrayList<>(values.values());
            sorted.sort(Comparator.comparing(IndicatorsView.Value::period).thenComparing(IndicatorsView.Value::level));
            series.add(new IndicatorsView.Series(name, sorted));
        });
        return series;
    }
}
