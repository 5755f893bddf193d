package nl.netwerkregie.query.instrument;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.netwerkregie.events.AnalysisOpened;
import nl.netwerkregie.events.CapacityAnalysisRecorded;
import nl.netwerkregie.events.EnvironmentAnalysisRecorded;
import nl.netwerkregie.events.PatternResearchRecorded;
import nl.netwerkregie.events.ThemeAnalysisRecorded;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.query.projection.FactLog;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Instrument;
import org.springframework.stereotype.Component;

/** Folds an analysis's stored facts into its state on a date. */
@Component
class AnalysisViews {
    private final AnalysisProjection projection;
    private final ObjectMapper json;

    AnalysisViews(AnalysisProjection projection, ObjectMapper json) {
        this.projection = projection;
        this.json = json;
    }

    /** One analysis of the theme on the date; 404 when it is unknown, of another theme or municipality, or not yet opened. */
    AnalysisView on(String municipality, String themeId, String analysisId, LocalDate date) {
        return projection
                .find(analysisId)
                .filter(f -> municipality.equals(f.fields().getString("municipality"))
                        && themeId.equals(f.fields().getString("themeId")))
                .map(f -> fold(f, date))
                .filter(v -> v != null)
                .orElseThrow(() -> new UnknownResourceException("analysis", analysisId, "analysisId"));
    }

    /** The theme's analyses opened by the date, optionally of one instrument and one cycle, by opening date. */
    AnalysisView.Analyses ofTheme(
            String municipality, String themeId, LocalDate date, Instrument instrument, Integer cycle) {
        List<AnalysisView> out = new ArrayList<>();
        for (FactLog.Facts f : projection.ofTheme(themeId)) {
            if (!municipality.equals(f.fields().getString("municipality"))) {
                continue;
            }
            AnalysisView v = fold(f, date);
            if (v != null
                    && (instrument == null || v.instrument() == instrument)
                    && (cycle == null || cycle.equals(v.cycle()))) {
                out.add(v);
            }
        }
        out.sort(Comparator.comparing(AnalysisView::openedOn).thenComparing(AnalysisView::analysisId));
        return new AnalysisView.Analyses(themeId, date, out);
    }

    /** The analysis on {@code date}: {@code null} when it was opened after it. */
    private AnalysisView fold(FactLog.Facts stored, LocalDate date) {
        AnalysisOpened opened = null;
        record Session(long sequence, LocalDate date, List<ActorId> participants, Object content) {}
        List<Session> sessions = new ArrayList<>();
        for (FactLog.Fact fact : stored.facts()) {
            Object e = fact.event();
            if (e instanceof AnalysisOpened o) {
                opened = o;
            } else if (!fact.date().isAfter(date)) {
                if (e instanceof ThemeAnalysisRecorded r) {
                    sessions.add(new Session(fact.sequence(), fact.date(), r.participants(), r.content()));
                } else if (e instanceof EnvironmentAnalysisRecorded r) {
                    sessions.add(new Session(fact.sequence(), fact.date(), r.participants(), r.content()));
                } else if (e instanceof CapacityAnalysisRecorded r) {
                    sessions.add(new Session(fact.sequence(), fact.date(), r.participants(), r.content()));
                } else if (e instanceof PatternResearchRecorded r) {
                    sessions.add(new Session(fact.sequence(), fact.date(), r.participants(), r.content()));
                }
            }
        }
        if (opened == null || opened.effectiveDate().isAfter(date)) {
            return null;
        }
        // a back-dated session takes its place by date; of two on one date the later recorded one stands
        sessions.sort(Comparator.comparing(Session::date).thenComparingLong(Session::sequence));
        Object content =
                sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).content();
        Instrument kind = opened.instrument();
        return new AnalysisView(
                opened.analysisId().value(),
                opened.themeId().value(),
                kind,
                opened.title().value(),
                opened.madeBy(),
                opened.schakel() == null ? null : opened.schakel().value(),
                opened.cycle(),
                opened.step() == null ? null : opened.step().number(),
                opened.effectiveDate(),
                date,
                sessions.stream()
                        .map(s -> new AnalysisView.AnalysisSessionView(
                                s.sequence(),
                                s.date(),
                                s.participants().stream().map(ActorId::value).toList()))
                        .toList(),
                as(kind == Instrument.THEME_ANALYSIS, content, AnalysisView.ThemeAnalysisView.class),
                as(kind == Instrument.ENVIRONMENT_ANALYSIS, content, AnalysisView.EnvironmentAnalysisView.class),
                as(kind == Instrument.CAPACITY_ANALYSIS, content, AnalysisView.CapacityAnalysisView.class),
                as(kind == Instrument.PATTERN_RESEARCH, content, AnalysisView.PatternResearchView.class));
    }

    /** The stored content in the view's plain form: value types are written as their strings. */
    private <T> T as(boolean ofKind, Object content, Class<T> view) {
        return ofKind && content != null ? json.convertValue(content, view) : null;
    }
}
