package nl.netwerkregie.query.matrix;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActivityStatus;
import org.springframework.stereotype.Component;

/** What other view families may ask of the stelselmatrices: which exist, and each one on a date or across a cycle. */
@Component
public class MatrixDirectory {
    private final MatrixViews views;
    private final MatrixProjection projection;

    MatrixDirectory(MatrixViews views, MatrixProjection projection) {
        this.views = views;
        this.projection = projection;
    }

    /** Every recoding of a buurt code of the municipality, in recording order. */
    public List<SettingsView.Recoding> buurtRecodings(String municipality) {
        return views.recodings(municipality);
    }

    /**
     * What changes whenever anything of the municipality's matrices or settings changes: per theme the buurt and
     * last fact of each of its matrices, and under key {@code ""} the number of settings facts.
     */
    public java.util.Map<String, String> fingerprints(String municipality) {
        java.util.Map<String, java.util.TreeSet<String>> per = new java.util.HashMap<>();
        for (org.bson.Document d : projection.matricesOfMunicipality(municipality)) {
            Object last = d.get("lastSequence");
            per.computeIfAbsent(d.getString("themeId"), k -> new java.util.TreeSet<>())
                    .add(d.getString("buurt") + "@" + last);
        }
        java.util.Map<String, String> out = new java.util.HashMap<>();
        per.forEach((theme, set) -> out.put(theme, String.join(",", set)));
        out.put("", String.valueOf(projection.settings(municipality).size()));
        return out;
    }

    /** The event streams of every stelselmatrix of the municipality ({@code <themeId>:matrix:<buurt>}), sorted. */
    public List<String> matrixStreams(String municipality) {
        return projection.matricesOfMunicipality(municipality).stream()
                .map(d -> d.getString("themeId") + ":matrix:" + d.getString("buurt"))
                .sorted()
                .toList();
    }

    /** The municipalities whose data are published for research on {@code date}, by code. */
    public List<String> publishedForResearch(LocalDate date) {
        return projection.municipalitiesWithSettings().stream()
                .filter(gm -> views.publishedForResearch(gm, date))
                .toList();
    }

    /** The buurten with a stelselmatrix of every theme of the municipality that has one, by theme; one query. */
    public java.util.Map<String, List<String>> buurtenWithMatrix(String municipality) {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        for (org.bson.Document d : projection.matricesOfMunicipality(municipality)) {
            out.computeIfAbsent(d.getString("themeId"), k -> new java.util.ArrayList<>())
                    .add(d.getString("buurt"));
        }
        out.values().forEach(java.util.Collections::sort);
        return out;
    }

    /** The buurten of the theme that have a stelselmatrix. */
    public List<String> buurtenWithMatrix(String municipality, String themeId) {
        return views.list(municipality, themeId).matrices().stream()
                .map(MatrixList.Entry::buurt)
                .toList();
    }

    public MatrixView matrixOn(String municipality, String themeId, String buurt, LocalDate on) {
        return views.matrixOn(municipality, themeId, buurt, on);
    }

    /** How responsibility shifted across cycle {@code cycle}. */
    public ShiftView shiftAcross(String municipality, String themeId, String buurt, int cycle) {
        return views.shift(municipality, themeId, buurt, cycle, null, null);
    }

    public PhasesView phasesOn(String municipality, String themeId, String buurt, LocalDate on) {
        return views.phasesOn(municipality, themeId, buurt, on);
    }

    /** How many activities had status {@code status} on {@code on} with a period overlapping {@code from}–{@code to}. */
    public long activities(
            String municipality,
            String themeId,
            String buurt,
            LocalDate on,
            ActivityStatus status,
            LocalDate from,
            LocalDate to) {
        return views.activitiesOn(municipality, themeId, buurt, on, status, null, from, to, 1, 1)
                .total();
    }
}
