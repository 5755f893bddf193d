package nl.netwerkregie.query.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.netwerkregie.events.RegionDefined;
import nl.netwerkregie.events.ZelfscanAnswerRetracted;
import nl.netwerkregie.events.ZelfscanAnswered;
import nl.netwerkregie.events.ZelfscanClosed;
import nl.netwerkregie.events.ZelfscanOpened;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.query.projection.FactLog;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Presence;
import nl.netwerkregie.values.RegieRole;
import nl.netwerkregie.values.RoleScore;
import nl.netwerkregie.values.ZelfscanSector;
import org.springframework.stereotype.Component;

/**
 * Folds a region's stored facts into the region, a scan moment's results and the change between two moments on a
 * date; an answer taken back counts on no date.
 */
@Component
class RegionViews {
    private final RegionProjection projection;

    RegionViews(RegionProjection projection) {
        this.projection = projection;
    }

    /** A region folded up to a date: {@code null} when it was defined after it. */
    private record Folded(RegionDefined defined, List<Moment> moments) {}

    private record Moment(ZelfscanOpened opened, ZelfscanClosed closed, List<ZelfscanAnswered> answers) {}

    /** The region on the date; 404 when it is unknown, the municipality is not a member, or it was defined later. */
    RegionView region(String municipality, String regionId, LocalDate date) {
        return view(folded(municipality, regionId, date), date);
    }

    /** The regions the municipality is a member of, defined by the date, by name. */
    RegionView.Regions regions(String municipality, LocalDate date) {
        List<RegionView> out = new ArrayList<>();
        for (FactLog.Facts f : projection.ofMember(municipality)) {
            Folded folded = fold(f, date);
            if (folded != null) {
                out.add(view(folded, date));
            }
        }
        out.sort(Comparator.comparing(RegionView::name).thenComparing(RegionView::regionId));
        return new RegionView.Regions(municipality, date, out);
    }

    /** The results of a scan moment on the date, optionally of one sector and one member municipality. */
    RegionView.Results results(
            String municipality, String regionId, int scan, LocalDate date, ZelfscanSector sector, String member) {
        Folded region = folded(municipality, regionId, date);
        Moment moment = moment(region, scan, regionId, "scan");
        requireMember(region, member);
        List<ZelfscanAnswered> answers = counted(moment, sector, member);
        Map<String, Integer> byMunicipality = new TreeMap<>();
        Map<String, Integer> bySector = new TreeMap<>();
        for (ZelfscanAnswered a : answers) {
            byMunicipality.merge(a.municipality().value(), 1, Integer::sum);
            bySector.merge(a.sector() == null ? "NONE" : a.sector().name(), 1, Integer::sum);
        }
        List<RegionView.RoleResult> roles = new ArrayList<>();
        for (RegieRole role : RegieRole.values()) {
            roles.add(roleResult(role, answers));
        }
        return new RegionView.Results(
                regionId,
                scan,
                moment.opened().title().value(),
                moment.opened().effectiveDate(),
                moment.closed() == null ? null : moment.closed().effectiveDate(),
                date,
                sector,
                member,
                answers.size(),
                byMunicipality,
                bySector,
                roles);
    }

    /** The change per role from scan moment {@code from} to {@code to}, both as they stood on the date. */
    RegionView.Changes changes(
            String municipality,
            String regionId,
            int from,
            int to,
            LocalDate date,
            ZelfscanSector sector,
            String member) {
        Folded region = folded(municipality, regionId, date);
        Moment before = moment(region, from, regionId, "from");
        Moment after = moment(region, to, regionId, "to");
        requireMember(region, member);
        List<ZelfscanAnswered> a = counted(before, sector, member);
        List<ZelfscanAnswered> b = counted(after, sector, member);
        List<RegionView.RoleChange> roles = new ArrayList<>();
        for (RegieRole role : RegieRole.values()) {
            RegionView.RoleResult x = roleResult(role, a);
            RegionView.RoleResult y = roleResult(role, b);
            List<RegionView.LevelChange> levels = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                RegionView.LevelCount p = x.distribution().get(i);
                RegionView.LevelCount q = y.distribution().get(i);
                levels.add(new RegionView.LevelChange(
                        p.level(), p.label(), p.share(), q.share(), round(q.share() - p.share(), 1000)));
            }
            roles.add(new RegionView.RoleChange(
                    role,
                    role.term(),
                    x,
                    y,
                    x.median() == null || y.median() == null ? null : y.median() - x.median(),
                    x.mean() == null || y.mean() == null ? null : round(y.mean() - x.mean(), 100),
                    levels));
        }
        return new RegionView.Changes(regionId, from, to, date, sector, member, roles);
    }

    /** n, median, mean, distribution and who fills the role, over the answers that scored it. */
    static RegionView.RoleResult roleResult(RegieRole role, List<ZelfscanAnswered> answers) {
        List<Integer> levels = new ArrayList<>();
        Map<ActorId, String> fillerMunicipality = new HashMap<>();
        Map<ActorId, Integer> named = new HashMap<>();
        for (ZelfscanAnswered answer : answers) {
            for (RoleScore score : answer.scores()) {
                if (score.role() == role) {
                    levels.add(score.level());
                    for (ActorId actor : score.filledBy()) {
                        named.merge(actor, 1, Integer::sum);
                        fillerMunicipality.put(actor, answer.municipality().value());
                    }
                }
            }
        }
        levels.sort(Integer::compare);
        int n = levels.size();
        int[] counts = new int[5];
        long sum = 0;
        for (int level : levels) {
            counts[level - 1]++;
            sum += level;
        }
        List<RegionView.LevelCount> distribution = new ArrayList<>();
        for (Presence p : Presence.values()) {
            int count = counts[p.level() - 1];
            distribution.add(new RegionView.LevelCount(
                    p.level(), p.label(), count, n == 0 ? 0 : round((double) count / n, 1000)));
        }
        Double median =
                n == 0 ? null : n % 2 == 1 ? levels.get(n / 2) : (levels.get(n / 2 - 1) + levels.get(n / 2)) / 2.0;
        List<RegionView.Filler> fillers = named.entrySet().stream()
                .sorted(Map.Entry.<ActorId, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(e -> e.getKey().value()))
                .map(e -> new RegionView.Filler(e.getKey().value(), fillerMunicipality.get(e.getKey()), e.getValue()))
                .toList();
        return new RegionView.RoleResult(
                role,
                role.term(),
                n,
                median == null ? null : median.doubleValue(),
                n == 0 ? null : round((double) sum / n, 100),
                distribution,
                fillers);
    }

    /** The answers of a moment counted on the date, within the filters. */
    private static List<ZelfscanAnswered> counted(Moment moment, ZelfscanSector sector, String member) {
        return moment.answers().stream()
                .filter(a -> sector == null || a.sector() == sector)
                .filter(a -> member == null || a.municipality().value().equals(member))
                .toList();
    }

    private Folded folded(String municipality, String regionId, LocalDate date) {
        Folded folded =
                projection.find(regionId, municipality).map(f -> fold(f, date)).orElse(null);
        if (folded == null) {
            throw new UnknownResourceException("region", regionId, "regionId");
        }
        return folded;
    }

    private static Moment moment(Folded region, int scan, String regionId, String field) {
        if (scan < 1 || scan > region.moments().size()) {
            throw new UnknownResourceException("zelfscan", regionId + "/" + scan, field);
        }
        return region.moments().get(scan - 1);
    }

    private static void requireMember(Folded region, String member) {
        if (member != null && !region.defined().members().contains(new MunicipalityCode(member))) {
            throw new UnknownResourceException("member municipality", member, "member");
        }
    }

    private static Folded fold(FactLog.Facts stored, LocalDate date) {
        RegionDefined defined = null;
        List<ZelfscanOpened> opened = new ArrayList<>();
        Map<Integer, ZelfscanClosed> closed = new HashMap<>();
        Map<Integer, List<ZelfscanAnswered>> answers = new HashMap<>();
        // a retraction takes its answer back on every date, whatever its own date
        java.util.Set<Long> retracted = new java.util.HashSet<>();
        for (FactLog.Fact fact : stored.facts()) {
            if (fact.event() instanceof ZelfscanAnswerRetracted r) {
                retracted.add(r.sequence());
            }
        }
        for (FactLog.Fact fact : stored.facts()) {
            if (fact.date().isAfter(date) || retracted.contains(fact.sequence())) {
                continue;
            }
            Object e = fact.event();
            if (e instanceof RegionDefined d) {
                defined = d;
            } else if (e instanceof ZelfscanOpened o) {
                opened.add(o);
            } else if (e instanceof ZelfscanClosed c) {
                closed.put(c.scan(), c);
            } else if (e instanceof ZelfscanAnswered a) {
                answers.computeIfAbsent(a.scan(), k -> new ArrayList<>()).add(a);
            }
        }
        if (defined == null) {
            return null;
        }
        opened.sort(Comparator.comparingInt(ZelfscanOpened::scan));
        List<Moment> moments = new ArrayList<>();
        for (ZelfscanOpened o : opened) {
            if (o.scan() != moments.size() + 1) {
                break; // a moment opened on the date but after one not yet opened cannot be: numbers follow dates
            }
            moments.add(new Moment(o, closed.get(o.scan()), answers.getOrDefault(o.scan(), List.of())));
        }
        return new Folded(defined, moments);
    }

    private static RegionView view(Folded f, LocalDate date) {
        RegionDefined d = f.defined();
        return new RegionView(
                d.regionId().value(),
                d.name().value(),
                d.municipality().value(),
                d.effectiveDate(),
                d.members().stream().map(MunicipalityCode::value).toList(),
                d.sectors(),
                date,
                f.moments().stream()
                        .map(m -> new RegionView.ScanMoment(
                                m.opened().scan(),
                                m.opened().title().value(),
                                m.opened().municipality().value(),
                                m.opened().effectiveDate(),
                                m.closed() == null ? null : m.closed().effectiveDate(),
                                m.answers().size()))
                        .toList());
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
