package nl.netwerkregie.query.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.events.ActivityPlanned;
import nl.netwerkregie.events.ActivityReplanned;
import nl.netwerkregie.events.ActivityStatusChanged;
import nl.netwerkregie.events.AttentionPointAdded;
import nl.netwerkregie.events.AttentionPointDropped;
import nl.netwerkregie.events.AttentionPointResolved;
import nl.netwerkregie.events.AttentionPointRevised;
import nl.netwerkregie.events.CellDescribed;
import nl.netwerkregie.events.CellJudged;
import nl.netwerkregie.events.ChainPositionAdded;
import nl.netwerkregie.events.ChainPositionRenamed;
import nl.netwerkregie.events.ChainPositionRetired;
import nl.netwerkregie.events.ChainReordered;
import nl.netwerkregie.events.CommunicationPlanSet;
import nl.netwerkregie.events.MatrixEvent;
import nl.netwerkregie.events.MunicipalitySettingsHistory;
import nl.netwerkregie.events.PortfolioItemAdded;
import nl.netwerkregie.events.PortfolioItemWithdrawn;
import nl.netwerkregie.events.ResponsibilityDisappeared;
import nl.netwerkregie.events.ResponsibilityMoved;
import nl.netwerkregie.events.ResponsibilityTaken;
import nl.netwerkregie.events.StelselmatrixSetUp;
import nl.netwerkregie.events.SystemAgreementMade;
import nl.netwerkregie.events.SystemPhaseStarted;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.query.network.NetworkDirectory;
import nl.netwerkregie.query.programme.CycleView;
import nl.netwerkregie.query.programme.ProgrammeDirectory;
import nl.netwerkregie.query.projection.FactLog;
import nl.netwerkregie.values.ActivityStatus;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.JudgementScale;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.ResponsibilityKind;
import nl.netwerkregie.values.ScaleLevel;
import org.springframework.stereotype.Component;

/**
 * Answers the matrix views by folding a matrix's stored facts dated on or before a date, in the order of
 * their effective dates (the recording order breaks ties), so a back-dated fact takes its place in time.
 */
@Component
public class MatrixViews {
    private final MatrixProjection projection;
    private final ProgrammeDirectory programme;

    private final NetworkDirectory network;

    MatrixViews(MatrixProjection projection, ProgrammeDirectory programme, NetworkDirectory network) {
        this.projection = projection;
        this.programme = programme;
        this.network = network;
    }

    /** The buurt's indicators over time beside the matrix's judgements at the end of each year. */
    public MatrixIndicatorsView indicators(
            String municipality,
            String themeId,
            String buurt,
            java.util.List<nl.netwerkregie.query.indicators.IndicatorsView.Series> series) {
        Stored s = stored(municipality, themeId, buurt);
        Folded now = fold(s.facts(), LocalDate.MAX);
        int last = now.setUpOn.getYear();
        for (FactLog.Fact f : s.facts()) {
            if (f.event() instanceof CellJudged) {
                last = Math.max(last, f.date().getYear());
            }
        }
        for (nl.netwerkregie.query.indicators.IndicatorsView.Series x : series) {
            for (nl.netwerkregie.query.indicators.IndicatorsView.Value v : x.values()) {
                last = Math.max(last, Integer.parseInt(v.period().substring(0, 4)));
            }
        }
        List<MatrixIndicatorsView.YearOfJudgements> years = new ArrayList<>();
        for (int year = now.setUpOn.getYear(); year <= last; year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            Folded m = fold(s.facts(), end);
            double sum = 0;
            int n = 0;
            for (CellJudged j : m.judgements.values()) {
                if (m.order.contains(j.position().value())) {
                    sum += judgement(j, s.settings(), null).rank();
                    n++;
                }
            }
            years.add(new MatrixIndicatorsView.YearOfJudgements(
                    year, end, n, n == 0 ? null : Math.round(sum / n * 1000) / 1000.0));
        }
        return new MatrixIndicatorsView(municipality, themeId, buurt, series, years);
    }

    /** The ledger on {@code on} read beside the network of involvement. */
    public FragilityView fragilityOn(String municipality, String themeId, String buurt, LocalDate on) {
        Folded m = fold(stored(municipality, themeId, buurt).facts(), on);
        Set<String> inNetwork = network.inNetworkOn(municipality, themeId, on);
        List<FragilityView.Entry> single = new ArrayList<>();
        List<FragilityView.Entry> unsupported = new ArrayList<>();
        List<FragilityView.Entry> lost = new ArrayList<>();
        Map<LocalDate, Set<String>> networkOnDay = new HashMap<>();
        m.ledger.forEach((id, r) -> {
            if (r.position != null) {
                List<String> left =
                        r.through.stream().filter(a -> !inNetwork.contains(a)).toList();
                if (r.through.size() == 1) {
                    single.add(entry(id, r, r.position, left));
                }
                if (!left.isEmpty()) {
                    unsupported.add(entry(id, r, r.position, left));
                }
            } else if (!r.through.isEmpty()) {
                Set<String> then =
                        networkOnDay.computeIfAbsent(r.goneOn, d -> network.inNetworkOn(municipality, themeId, d));
                List<String> left =
                        r.through.stream().filter(a -> !then.contains(a)).toList();
                if (!left.isEmpty()) {
                    lost.add(entry(id, r, r.lastPosition, left));
                }
            }
        });
        return new FragilityView(municipality, themeId, buurt, on, single, unsupported, lost);
    }

    private static FragilityView.Entry entry(String id, Entry r, String position, List<String> left) {
        return new FragilityView.Entry(
                id, r.kind, r.name, position, r.through, left.isEmpty() ? null : left, r.since, r.goneOn, r.goneReason);
    }

    public MatrixList list(String municipality, String themeId) {
        return new MatrixList(
                municipality,
                themeId,
                projection.matricesOf(municipality, themeId).stream()
                        .map(d -> new MatrixList.Entry(d.getString("buurt"), LocalDate.parse(d.getString("setUpOn"))))
                        .toList());
    }

    public SettingsView settingsOn(String municipality, LocalDate on) {
        MunicipalitySettingsHistory settings = MunicipalitySettingsHistory.of(projection.settings(municipality));
        return new SettingsView(
                municipality,
                on,
                settings.chainOn(on).stream()
                        .map(l -> new SettingsView.Link(
                                l.position().value(), l.name().value()))
                        .toList(),
                scale(settings.scaleOn(on)),
                settings.scales().stream().map(MatrixViews::scale).toList(),
                settings.publishedForResearchSince(on).orElse(null),
                recodings(settings).stream().filter(r -> !r.from().isAfter(on)).toList());
    }

    /** Every recoding of a buurt code of the municipality, whatever its date, in recording order. */
    public List<SettingsView.Recoding> recodings(String municipality) {
        return recodings(MunicipalitySettingsHistory.of(projection.settings(municipality)));
    }

    private static List<SettingsView.Recoding> recodings(MunicipalitySettingsHistory settings) {
        return settings.recodings().stream()
                .map(r -> new SettingsView.Recoding(
                        r.buurt().value(),
                        r.into().stream()
                                .map(nl.netwerkregie.values.BuurtCode::value)
                                .toList(),
                        r.source(),
                        r.effectiveDate()))
                .toList();
    }

    /** Whether the municipality had published its data for research on the date: what opens it to researchers. */
    public boolean publishedForResearch(String municipality, LocalDate on) {
        return MunicipalitySettingsHistory.of(projection.settings(municipality))
                .publishedForResearchSince(on)
                .isPresent();
    }

    public MatrixView matrixOn(String municipality, String themeId, String buurt, LocalDate on) {
        return matrixOn(municipality, themeId, buurt, on, Long.MAX_VALUE);
    }

    /** The matrix on {@code on} from the facts recorded up to the matrix's event {@code upTo} (as known then). */
    public MatrixView matrixOn(String municipality, String themeId, String buurt, LocalDate on, long upTo) {
        Stored all = stored(municipality, themeId, buurt);
        Stored s = upTo == Long.MAX_VALUE
                ? all
                : new Stored(
                        all.facts().stream().filter(f -> f.sequence() <= upTo).toList(), all.settings());
        Folded m = fold(s.facts(), on);
        List<MatrixView.Column> columns = new ArrayList<>();
        Map<String, Integer> carries = new HashMap<>();
        m.ledger.values().stream()
                .filter(r -> r.position != null)
                .forEach(r -> carries.merge(r.position, 1, Integer::sum));
        for (int i = 0; i < m.order.size(); i++) {
            String p = m.order.get(i);
            columns.add(new MatrixView.Column(p, m.names.get(p), i + 1, m.since.get(p), carries.getOrDefault(p, 0)));
        }
        List<MatrixView.Cell> cells = new ArrayList<>();
        for (String p : m.order) {
            for (MatrixElement e : MatrixElement.values()) {
                String key = key(p, e);
                CellDescribed d = m.descriptions.get(key);
                List<MatrixView.AttentionPoint> open = m.points.entrySet().stream()
                        .filter(x -> x.getValue().key.equals(key) && x.getValue().closedOn == null)
                        .map(x -> new MatrixView.AttentionPoint(
                                x.getKey(), x.getValue().text, x.getValue().addedOn, x.getValue().revisedOn))
                        .toList();
                CellJudged j = m.judgements.get(key);
                cells.add(new MatrixView.Cell(
                        p,
                        e,
                        d == null || d.ownStrength() == null
                                ? null
                                : d.ownStrength().value(),
                        d == null ? null : d.strategies(),
                        d == null
                                ? null
                                : d.otherStrategies().stream().map(Label::value).toList(),
                        d == null ? null : d.effectiveDate(),
                        open,
                        j == null ? null : judgement(j, s.settings(), m.sequences.get(j))));
            }
        }
        List<MatrixView.Responsibility> carried = m.ledger.entrySet().stream()
                .filter(x -> x.getValue().position != null)
                .sorted(Comparator.comparingInt((Map.Entry<String, Entry> x) -> m.order.indexOf(x.getValue().position)))
                .map(x -> {
                    Entry r = x.getValue();
                    return new MatrixView.Responsibility(
                            x.getKey(), r.kind, r.name, r.position, r.through, r.since, r.takenOn);
                })
                .toList();
        List<MatrixView.Row> rows = java.util.Arrays.stream(MatrixElement.values())
                .map(e -> new MatrixView.Row(e, e.group()))
                .toList();
        return new MatrixView(
                municipality,
                themeId,
                buurt,
                on,
                m.setUpOn,
                scale(s.settings().scaleOn(on)),
                columns,
                rows,
                cells,
                carried);
    }

    /** The buurt's programme of activities on {@code on}, filtered, one page of it. */
    public ActivitiesPage activitiesOn(
            String municipality,
            String themeId,
            String buurt,
            LocalDate on,
            ActivityStatus status,
            String attentionPoint,
            LocalDate from,
            LocalDate to,
            int page,
            int pageSize) {
        Folded m = fold(stored(municipality, themeId, buurt).facts(), on);
        List<ActivitiesPage.Activity> all = m.activities.values().stream()
                .filter(a -> status == null || a.status() == status)
                .filter(a -> attentionPoint == null || a.attentionPoints().contains(attentionPoint))
                .filter(a -> from == null || !a.end().isBefore(from))
                .filter(a -> to == null || !a.start().isAfter(to))
                .sorted(Comparator.comparing(ActivitiesPage.Activity::start)
                        .thenComparing(ActivitiesPage.Activity::name))
                .toList();
        return new ActivitiesPage(
                municipality, themeId, buurt, on, page, pageSize, all.size(), slice(all, page, pageSize));
    }

    /** The five phases on {@code on}, with the agreements of phase 3 and the communication plan. */
    public PhasesView phasesOn(String municipality, String themeId, String buurt, LocalDate on) {
        Folded m = fold(stored(municipality, themeId, buurt).facts(), on);
        List<PhasesView.Phase> phases = java.util.Arrays.stream(nl.netwerkregie.values.SystemPhase.values())
                .map(p -> new PhasesView.Phase(p.number(), p, m.phases.get(p)))
                .toList();
        List<PhasesView.Agreement> agreements = m.agreements.stream()
                .map(a -> new PhasesView.Agreement(
                        a.agreementId().value(),
                        a.kind(),
                        a.party().value(),
                        a.what().value(),
                        a.period().start(),
                        a.period().end(),
                        a.period().contains(on),
                        a.effectiveDate()))
                .toList();
        return new PhasesView(municipality, themeId, buurt, on, phases, agreements, m.plan);
    }

    /** The buurtportfolio on {@code on} (withdrawn items left out), filtered by kind and date, newest first. */
    public PortfolioPage portfolioOn(
            String municipality,
            String themeId,
            String buurt,
            LocalDate on,
            nl.netwerkregie.values.PortfolioKind kind,
            LocalDate from,
            LocalDate to,
            int page,
            int pageSize) {
        Folded m = fold(stored(municipality, themeId, buurt).facts(), on);
        List<PortfolioPage.Item> all = m.portfolio.values().stream()
                .filter(i -> kind == null || i.kind() == kind)
                .filter(i -> from == null || !i.date().isBefore(from))
                .filter(i -> to == null || !i.date().isAfter(to))
                .sorted(Comparator.comparing(PortfolioPage.Item::date).reversed())
                .toList();
        return new PortfolioPage(
                municipality, themeId, buurt, on, page, pageSize, all.size(), m.plan, slice(all, page, pageSize));
    }

    private static <T> List<T> slice(List<T> all, int page, int pageSize) {
        long first = (long) (page - 1) * pageSize;
        if (first >= all.size()) {
            return List.of();
        }
        return all.subList((int) first, (int) Math.min(all.size(), first + pageSize));
    }

    /** The shift across cycle {@code cycle} (from the day before it starts to its last day), or between two dates. */
    public ShiftView shift(
            String municipality, String themeId, String buurt, Integer cycle, LocalDate from, LocalDate to) {
        if (cycle != null && (from != null || to != null)) {
            throw new InvalidInputException("cycle", "give either a cycle or from and to, not both");
        }
        if (cycle == null && (from == null || to == null)) {
            throw new InvalidInputException(from == null ? "from" : "to", "is required without a cycle");
        }
        Stored s = stored(municipality, themeId, buurt);
        if (cycle != null) {
            CycleView.Period period = programme.periodOf(municipality, themeId, cycle);
            from = period.start().minusDays(1);
            to = period.end();
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not lie before from");
        }
        Folded before = fold(s.facts(), from);
        Folded after = fold(s.facts(), to);
        LocalDate since = from;
        // chain indices: the chain on `to`, then positions retired since `from` at their index on `from`
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < after.order.size(); i++) {
            index.put(after.order.get(i), i);
        }
        for (int i = 0; i < before.order.size(); i++) {
            index.putIfAbsent(before.order.get(i), i);
        }
        List<ShiftView.JudgementChange> judgements = new ArrayList<>();
        for (Map.Entry<String, CellJudged> j : after.judgements.entrySet()) {
            CellJudged was = before.judgements.get(j.getKey());
            if (was == j.getValue() || j.getValue().equals(was)) {
                continue;
            }
            MatrixView.Judgement now = judgement(j.getValue(), s.settings(), after.sequences.get(j.getValue()));
            MatrixView.Judgement then = was == null ? null : judgement(was, s.settings(), before.sequences.get(was));
            ShiftView.Direction direction = then == null
                    ? ShiftView.Direction.NEW
                    : now.rank() > then.rank()
                            ? ShiftView.Direction.UP
                            : now.rank() < then.rank() ? ShiftView.Direction.DOWN : ShiftView.Direction.SAME;
            judgements.add(new ShiftView.JudgementChange(
                    j.getValue().position().value(), j.getValue().element(), then, now, direction));
        }
        judgements.sort(Comparator.comparing(
                        (ShiftView.JudgementChange c) -> index.getOrDefault(c.position(), Integer.MAX_VALUE))
                .thenComparing(ShiftView.JudgementChange::element));
        List<ShiftView.AttentionPointChange> opened = new ArrayList<>();
        List<ShiftView.AttentionPointChange> closed = new ArrayList<>();
        after.points.forEach((id, p) -> {
            if (p.addedOn.isAfter(since)) {
                opened.add(new ShiftView.AttentionPointChange(id, p.position, p.element, p.text, p.addedOn, null));
            }
            if (p.closedOn != null && p.closedOn.isAfter(since)) {
                closed.add(
                        new ShiftView.AttentionPointChange(id, p.position, p.element, p.text, p.closedOn, p.outcome));
            }
        });
        List<ShiftView.LedgerChange> taken = new ArrayList<>();
        List<ShiftView.LedgerChange> moved = new ArrayList<>();
        List<ShiftView.LedgerChange> disappeared = new ArrayList<>();
        for (ShiftView.LedgerChange c : after.changes) {
            if (!c.on().isAfter(since)) {
                continue;
            }
            if (c.from() == null) {
                taken.add(c);
            } else if (c.to() == null) {
                disappeared.add(c);
            } else {
                moved.add(withSteps(c, index));
            }
        }
        Map<String, Integer> carriedBefore = carried(before);
        Map<String, Integer> carriedAfter = carried(after);
        List<ShiftView.PositionBalance> balances = new ArrayList<>();
        for (String p : index.keySet()) {
            int b = carriedBefore.getOrDefault(p, 0);
            int a = carriedAfter.getOrDefault(p, 0);
            String name = after.names.getOrDefault(p, before.names.get(p));
            balances.add(new ShiftView.PositionBalance(p, name, b, a, a - b));
        }
        int compared = 0;
        int steps = 0;
        for (Map.Entry<String, Entry> r : after.ledger.entrySet()) {
            Entry then = before.ledger.get(r.getKey());
            if (r.getValue().position != null && then != null && then.position != null) {
                Integer was = index.get(then.position);
                Integer now = index.get(r.getValue().position);
                if (was != null && now != null) {
                    compared++;
                    steps += was - now;
                }
            }
        }
        int first = 0;
        for (int i = 0; i < Math.min(2, after.order.size()); i++) {
            String p = after.order.get(i);
            first += carriedAfter.getOrDefault(p, 0) - carriedBefore.getOrDefault(p, 0);
        }
        int ofMoves = moved.stream()
                .map(ShiftView.LedgerChange::stepsTowardResident)
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue)
                .sum();
        ShiftView.Measure measure = new ShiftView.Measure(
                compared, steps, compared == 0 ? 0.0 : Math.round(steps * 100.0 / compared) / 100.0, ofMoves, first);
        return new ShiftView(
                municipality,
                themeId,
                buurt,
                cycle,
                from,
                to,
                judgements,
                opened,
                closed,
                taken,
                moved,
                disappeared,
                balances,
                measure);
    }

    private static ShiftView.LedgerChange withSteps(ShiftView.LedgerChange c, Map<String, Integer> index) {
        Integer from = index.get(c.from());
        Integer to = index.get(c.to());
        return new ShiftView.LedgerChange(
                c.responsibilityId(),
                c.kind(),
                c.name(),
                c.from(),
                c.to(),
                c.on(),
                c.reason(),
                from == null || to == null ? null : from - to);
    }

    private static Map<String, Integer> carried(Folded m) {
        Map<String, Integer> out = new HashMap<>();
        m.ledger.values().stream().filter(r -> r.position != null).forEach(r -> out.merge(r.position, 1, Integer::sum));
        return out;
    }

    private record Stored(List<FactLog.Fact> facts, MunicipalitySettingsHistory settings) {}

    private Stored stored(String municipality, String themeId, String buurt) {
        FactLog.Facts log = projection
                .matrix(MatrixEvent.matrixId(
                        new nl.netwerkregie.values.ThemeId(themeId), new nl.netwerkregie.values.BuurtCode(buurt)))
                .filter(f -> municipality.equals(f.fields().getString("municipality")))
                .orElseThrow(() -> new UnknownResourceException("stelselmatrix", buurt, "buurt"));
        return new Stored(log.facts(), MunicipalitySettingsHistory.of(projection.settings(municipality)));
    }

    private static MatrixView.Judgement judgement(CellJudged j, MunicipalitySettingsHistory settings, Long sequence) {
        JudgementScale scale = settings.scale(j.scaleVersion()).orElse(null);
        String label = scale == null || !scale.contains(j.level())
                ? null
                : scale.levels().get(j.level() - 1).label().value();
        double rank = scale == null ? 0 : Math.round(scale.rank(j.level()) * 1000) / 1000.0;
        return new MatrixView.Judgement(
                j.level(),
                label,
                j.scaleVersion(),
                rank,
                new MatrixView.Period(
                        j.period().cycle(), j.period().start(), j.period().end()),
                j.note() == null ? null : j.note().value(),
                j.judgedBy().stream().map(ActorId::value).toList(),
                j.effectiveDate(),
                sequence);
    }

    static SettingsView.Scale scale(JudgementScale s) {
        List<SettingsView.Level> levels = new ArrayList<>();
        for (ScaleLevel l : s.levels()) {
            levels.add(new SettingsView.Level(
                    l.level(), l.label().value(), l.meaning().value()));
        }
        return new SettingsView.Scale(s.version(), s.from(), levels);
    }

    private static String key(String position, MatrixElement element) {
        return position + "/" + element;
    }

    /**
     * The facts dated on or before {@code on}, applied in effective order; a judgement taken back is left out on
     * every date, whatever the retraction's own date.
     */
    private static Folded fold(List<FactLog.Fact> facts, LocalDate on) {
        Set<Long> retracted = new java.util.HashSet<>();
        for (FactLog.Fact f : facts) {
            if (f.event() instanceof nl.netwerkregie.events.CellJudgementRetracted r) {
                retracted.add(r.sequence());
            }
        }
        List<FactLog.Fact> applicable = new ArrayList<>();
        for (FactLog.Fact f : facts) {
            if (!f.date().isAfter(on) && !retracted.contains(f.sequence())) {
                applicable.add(f);
            }
        }
        // a stable sort keeps the recording order among facts of one date
        applicable.sort(Comparator.comparing(FactLog.Fact::date));
        Folded m = new Folded();
        applicable.forEach(f -> {
            m.apply(f.event());
            if (f.event() instanceof CellJudged j) {
                m.sequences.put(j, f.sequence());
            }
        });
        return m;
    }

    /** An attention point as folded. */
    private static final class Point {
        String key;
        String position;
        MatrixElement element;
        String text;
        LocalDate addedOn;
        LocalDate revisedOn;
        LocalDate closedOn;
        String outcome;
    }

    /** A ledger entry as folded: its position, null once it disappeared. */
    private static final class Entry {
        ResponsibilityKind kind;
        String name;
        String position;
        String lastPosition;
        List<String> through;
        LocalDate since;
        LocalDate takenOn;
        LocalDate goneOn;
        String goneReason;
    }

    /** A matrix folded up to a date. */
    private static final class Folded {
        LocalDate setUpOn;
        final List<String> order = new ArrayList<>();
        final Map<String, String> names = new HashMap<>();
        final Map<String, LocalDate> since = new HashMap<>();
        final Map<String, CellDescribed> descriptions = new HashMap<>();
        final Map<String, Point> points = new LinkedHashMap<>();
        final Map<String, CellJudged> judgements = new LinkedHashMap<>();
        /** The sequence number of each judgement's event, by which a correction names it. */
        final Map<CellJudged, Long> sequences = new java.util.IdentityHashMap<>();

        final Map<String, Entry> ledger = new LinkedHashMap<>();
        final List<ShiftView.LedgerChange> changes = new ArrayList<>();
        final Map<String, ActivitiesPage.Activity> activities = new LinkedHashMap<>();
        final Map<nl.netwerkregie.values.SystemPhase, LocalDate> phases = new HashMap<>();
        final List<SystemAgreementMade> agreements = new ArrayList<>();
        PhasesView.CommunicationPlan plan;
        final Map<String, PortfolioPage.Item> portfolio = new LinkedHashMap<>();

        void apply(Object event) {
            if (event instanceof StelselmatrixSetUp e) {
                setUpOn = e.effectiveDate();
                for (ChainLink l : e.chain()) {
                    add(l, null, e.effectiveDate());
                }
            } else if (event instanceof ChainPositionAdded e) {
                add(e.link(), e.before(), e.effectiveDate());
            } else if (event instanceof ChainPositionRenamed e) {
                names.put(e.position().value(), e.name().value());
            } else if (event instanceof ChainReordered e) {
                List<String> given = e.order().stream()
                        .map(ChainPosition::value)
                        .filter(order::contains)
                        .toList();
                List<String> rest =
                        order.stream().filter(p -> !given.contains(p)).toList();
                order.clear();
                order.addAll(given);
                order.addAll(rest);
            } else if (event instanceof ChainPositionRetired e) {
                order.remove(e.position().value());
            } else if (event instanceof CellDescribed e) {
                descriptions.put(key(e.position().value(), e.element()), e);
            } else if (event instanceof AttentionPointAdded e) {
                Point p = new Point();
                p.key = key(e.position().value(), e.element());
                p.position = e.position().value();
                p.element = e.element();
                p.text = e.text().value();
                p.addedOn = e.effectiveDate();
                points.put(e.attentionPointId().value(), p);
            } else if (event instanceof AttentionPointRevised e) {
                Point p = points.get(e.attentionPointId().value());
                if (p != null) {
                    p.text = e.text().value();
                    p.revisedOn = e.effectiveDate();
                }
            } else if (event instanceof AttentionPointResolved e) {
                close(e.attentionPointId().value(), e.effectiveDate(), "RESOLVED");
            } else if (event instanceof AttentionPointDropped e) {
                close(e.attentionPointId().value(), e.effectiveDate(), "DROPPED");
            } else if (event instanceof CellJudged e) {
                judgements.put(key(e.position().value(), e.element()), e);
            } else if (event instanceof ActivityPlanned e) {
                activities.put(
                        e.activityId().value(),
                        new ActivitiesPage.Activity(
                                e.activityId().value(),
                                e.name().value(),
                                e.description() == null ? null : e.description().value(),
                                e.attentionPoints().stream()
                                        .map(nl.netwerkregie.values.AttentionPointId::value)
                                        .toList(),
                                e.period().start(),
                                e.period().end(),
                                milestones(e.milestones()),
                                e.workingMethod() == null
                                        ? null
                                        : e.workingMethod().value(),
                                e.owner() == null ? null : e.owner().value(),
                                ActivityStatus.PLANNED,
                                e.effectiveDate(),
                                e.effectiveDate()));
            } else if (event instanceof ActivityReplanned e) {
                ActivitiesPage.Activity a = activities.get(e.activityId().value());
                if (a != null) {
                    activities.put(
                            a.activityId(),
                            new ActivitiesPage.Activity(
                                    a.activityId(),
                                    a.name(),
                                    a.description(),
                                    a.attentionPoints(),
                                    e.period().start(),
                                    e.period().end(),
                                    milestones(e.milestones()),
                                    a.workingMethod(),
                                    a.owner(),
                                    a.status(),
                                    a.statusSince(),
                                    a.plannedOn()));
                }
            } else if (event instanceof ActivityStatusChanged e) {
                ActivitiesPage.Activity a = activities.get(e.activityId().value());
                if (a != null) {
                    activities.put(
                            a.activityId(),
                            new ActivitiesPage.Activity(
                                    a.activityId(),
                                    a.name(),
                                    a.description(),
                                    a.attentionPoints(),
                                    a.start(),
                                    a.end(),
                                    a.milestones(),
                                    a.workingMethod(),
                                    a.owner(),
                                    e.status(),
                                    e.effectiveDate(),
                                    a.plannedOn()));
                }
            } else if (event instanceof SystemPhaseStarted e) {
                phases.put(e.phase(), e.effectiveDate());
            } else if (event instanceof SystemAgreementMade e) {
                agreements.add(e);
            } else if (event instanceof CommunicationPlanSet e) {
                plan = new PhasesView.CommunicationPlan(
                        e.channels().stream().map(Label::value).toList(),
                        e.audiences().stream().map(Label::value).toList(),
                        e.rhythm() == null ? null : e.rhythm().value(),
                        e.effectiveDate());
            } else if (event instanceof PortfolioItemAdded e) {
                portfolio.put(
                        e.portfolioItemId().value(),
                        new PortfolioPage.Item(
                                e.portfolioItemId().value(),
                                e.kind(),
                                e.text().value(),
                                e.medium(),
                                e.link() == null ? null : e.link().value(),
                                e.effectiveDate()));
            } else if (event instanceof PortfolioItemWithdrawn e) {
                portfolio.remove(e.portfolioItemId().value());
            } else if (event instanceof ResponsibilityTaken e) {
                Entry r = new Entry();
                r.kind = e.kind();
                r.name = e.name().value();
                r.position = e.position().value();
                r.through = ids(e.through());
                r.since = e.effectiveDate();
                r.takenOn = e.effectiveDate();
                ledger.put(e.responsibilityId().value(), r);
                changes.add(new ShiftView.LedgerChange(
                        e.responsibilityId().value(), r.kind, r.name, null, r.position, r.since, null, null));
            } else if (event instanceof ResponsibilityMoved e) {
                Entry r = ledger.get(e.responsibilityId().value());
                if (r != null && r.position != null) {
                    String was = r.position;
                    r.position = e.to().value();
                    r.through = ids(e.through());
                    r.since = e.effectiveDate();
                    changes.add(new ShiftView.LedgerChange(
                            e.responsibilityId().value(),
                            r.kind,
                            r.name,
                            was,
                            r.position,
                            r.since,
                            e.reason().value(),
                            null));
                }
            } else if (event instanceof ResponsibilityDisappeared e) {
                Entry r = ledger.get(e.responsibilityId().value());
                if (r != null && r.position != null) {
                    changes.add(new ShiftView.LedgerChange(
                            e.responsibilityId().value(),
                            r.kind,
                            r.name,
                            r.position,
                            null,
                            e.effectiveDate(),
                            e.reason().value(),
                            null));
                    r.lastPosition = r.position;
                    r.position = null;
                    r.goneOn = e.effectiveDate();
                    r.goneReason = e.reason().value();
                }
            }
        }

        private void add(ChainLink link, ChainPosition before, LocalDate date) {
            String code = link.position().value();
            if (order.contains(code)) {
                return;
            }
            int at = before == null ? -1 : order.indexOf(before.value());
            if (at < 0) {
                order.add(code);
            } else {
                order.add(at, code);
            }
            names.put(code, link.name().value());
            since.put(code, date);
        }

        private void close(String id, LocalDate on, String outcome) {
            Point p = points.get(id);
            if (p != null) {
                p.closedOn = on;
                p.outcome = outcome;
            }
        }

        private static List<ActivitiesPage.Milestone> milestones(List<nl.netwerkregie.values.Milestone> list) {
            return list.stream()
                    .map(m -> new ActivitiesPage.Milestone(m.date(), m.what().value()))
                    .toList();
        }

        private static List<String> ids(List<ActorId> actors) {
            return actors == null
                    ? List.of()
                    : actors.stream().map(ActorId::value).toList();
        }
    }
}
