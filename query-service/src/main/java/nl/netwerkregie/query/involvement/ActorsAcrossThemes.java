package nl.netwerkregie.query.involvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.security.Account;
import nl.netwerkregie.query.actor.ActorProjection;
import nl.netwerkregie.query.directory.ThemeDirectoryProjection;
import nl.netwerkregie.query.directory.ThemeSummary;
import nl.netwerkregie.query.network.Involvement;
import nl.netwerkregie.query.network.NetworkDirectory;
import nl.netwerkregie.values.Sector;
import org.springframework.stereotype.Component;

/**
 * A municipality's actors across its themes on a date: which themes each takes part in and in which
 * positions, and how themes connect through the actors they share. Read from the network views of every
 * theme of the municipality (one read each) and the actors view.
 */
@Component
class ActorsAcrossThemes {
    private final ThemeDirectoryProjection themes;
    private final NetworkDirectory networks;
    private final ActorProjection actors;

    ActorsAcrossThemes(ThemeDirectoryProjection themes, NetworkDirectory networks, ActorProjection actors) {
        this.themes = themes;
        this.networks = networks;
        this.actors = actors;
    }

    /** Filters of the list; each may be null. */
    record Filter(String name, Sector sector, String buurt, String theme, Boolean involved) {}

    /** Per actor, its roles in the municipality's themes on {@code date}, themes in name order. */
    private Map<String, List<ActorList.ThemeRole>> roles(String municipality, LocalDate date) {
        List<ThemeSummary> summaries = themes.summaries(municipality, themes.themeIdsOfMunicipality(municipality));
        Map<String, List<ActorList.ThemeRole>> roles = new HashMap<>();
        for (ThemeSummary t : summaries) {
            Involvement inv;
            try {
                inv = networks.involvementOn(municipality, t.themeId(), List.of(date))
                        .get(0);
            } catch (UnknownResourceException notYetInTheNetworkView) {
                continue;
            }
            inv.positions()
                    .forEach((actor, held) -> roles.computeIfAbsent(actor, k -> new ArrayList<>())
                            .add(new ActorList.ThemeRole(
                                    t.themeId(),
                                    t.name(),
                                    held,
                                    inv.schakelLinks().containsKey(actor))));
        }
        return roles;
    }

    ActorList list(String municipality, LocalDate date, Filter filter, int page, int pageSize) {
        Map<String, List<ActorList.ThemeRole>> roles = roles(municipality, date);
        Set<String> named = filter.name() == null
                ? null
                : actors.withNameContaining(
                        municipality,
                        filter.name(),
                        Account.current().map(Account::seesPersonalData).orElse(false));
        List<ActorProjection.ActorRecord> matching = new ArrayList<>();
        actors.forEachOf(municipality, a -> {
            if (a.registeredOn().isAfter(date) || (named != null && !named.contains(a.actorId()))) {
                return;
            }
            ActorProjection.Classification c =
                    ActorProjection.Classification.on(a.classifications(), date).orElse(null);
            List<ActorList.ThemeRole> mine = roles.getOrDefault(a.actorId(), List.of());
            if ((filter.sector() != null && (c == null || c.sector() != filter.sector()))
                    || (filter.buurt() != null && (c == null || !filter.buurt().equals(c.buurt())))
                    || (filter.theme() != null
                            && mine.stream().noneMatch(r -> r.themeId().equals(filter.theme())))
                    || (filter.involved() != null && filter.involved() == mine.isEmpty())) {
                return;
            }
            matching.add(a);
        });
        matching.sort(Comparator.comparing(ActorProjection.ActorRecord::registeredOn)
                .thenComparing(ActorProjection.ActorRecord::actorId));
        long first = (long) (page - 1) * pageSize;
        List<ActorProjection.ActorRecord> slice = first >= matching.size()
                ? List.of()
                : matching.subList((int) first, (int) Math.min(matching.size(), first + pageSize));
        Map<String, ActorProjection.ActorSummary> shown = actors.find(
                municipality,
                slice.stream().map(ActorProjection.ActorRecord::actorId).toList());
        List<ActorList.Entry> entries = new ArrayList<>();
        for (ActorProjection.ActorRecord a : slice) {
            ActorProjection.ActorSummary s = shown.get(a.actorId());
            ActorProjection.Classification c =
                    ActorProjection.Classification.on(a.classifications(), date).orElse(null);
            entries.add(new ActorList.Entry(
                    a.actorId(),
                    a.type(),
                    s == null ? null : s.name(),
                    s != null && s.withheld(),
                    a.erased() || (s != null && s.erased()),
                    a.registeredOn(),
                    c == null ? null : c.sector(),
                    c == null ? null : c.buurt(),
                    roles.getOrDefault(a.actorId(), List.of())));
        }
        return new ActorList(municipality, date, page, pageSize, matching.size(), entries);
    }

    ThemeConnections connections(String municipality, LocalDate date) {
        Map<String, List<ActorList.ThemeRole>> roles = roles(municipality, date);
        Map<String, List<ActorList.ThemeRole>> shared = new LinkedHashMap<>();
        roles.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> shared.put(e.getKey(), e.getValue()));
        Map<String, int[]> pairs = new LinkedHashMap<>();
        Map<String, List<String>> pairNames = new HashMap<>();
        for (List<ActorList.ThemeRole> mine : shared.values()) {
            for (int i = 0; i < mine.size(); i++) {
                for (int j = i + 1; j < mine.size(); j++) {
                    ActorList.ThemeRole a = mine.get(i);
                    ActorList.ThemeRole b = mine.get(j);
                    boolean ordered = a.themeId().compareTo(b.themeId()) < 0;
                    ActorList.ThemeRole x = ordered ? a : b;
                    ActorList.ThemeRole y = ordered ? b : a;
                    String key = x.themeId() + " " + y.themeId();
                    int[] n = pairs.computeIfAbsent(key, k -> new int[2]);
                    n[0]++;
                    if (a.schakel() || b.schakel()) {
                        n[1]++;
                    }
                    pairNames.put(key, java.util.Arrays.asList(x.name(), y.name()));
                }
            }
        }
        List<ThemeConnections.Connection> connections = new ArrayList<>();
        pairs.forEach((key, n) -> connections.add(
                new ThemeConnections.Connection(List.of(key.split(" ")), pairNames.get(key), n[0], n[1])));
        connections.sort(Comparator.comparingInt(ThemeConnections.Connection::sharedActors)
                .reversed()
                .thenComparing(c -> c.themeIds().get(0))
                .thenComparing(c -> c.themeIds().get(1)));
        Map<String, ActorProjection.ActorSummary> shown = actors.find(municipality, shared.keySet());
        List<ThemeConnections.SharedActor> people = new ArrayList<>();
        shared.forEach((id, mine) -> {
            ActorProjection.ActorSummary s = shown.get(id);
            people.add(new ThemeConnections.SharedActor(
                    id,
                    s == null ? null : s.name(),
                    s != null && s.withheld(),
                    mine.stream().anyMatch(ActorList.ThemeRole::schakel),
                    mine));
        });
        people.sort(Comparator.comparing((ThemeConnections.SharedActor a) -> !a.schakel())
                .thenComparing(ThemeConnections.SharedActor::actorId));
        return new ThemeConnections(municipality, date, connections, people);
    }
}
