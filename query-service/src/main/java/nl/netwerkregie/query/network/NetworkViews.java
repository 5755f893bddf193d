package nl.netwerkregie.query.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.query.actor.ActorProjection;
import nl.netwerkregie.query.actor.ActorProjection.ActorSummary;
import nl.netwerkregie.query.network.NetworkView.ActorView;
import nl.netwerkregie.query.network.NetworkView.ContactView;
import nl.netwerkregie.query.network.NetworkView.HarvestView;
import nl.netwerkregie.query.network.NetworkView.IngredientView;
import nl.netwerkregie.query.network.NetworkView.Invitation;
import nl.netwerkregie.query.network.NetworkView.SchakelView;
import nl.netwerkregie.query.network.ShiftsView.ActorShifts;
import nl.netwerkregie.query.network.ShiftsView.Change;
import nl.netwerkregie.query.network.ShiftsView.PositionFlow;
import nl.netwerkregie.query.network.ShiftsView.Transition;
import nl.netwerkregie.query.network.ThemeNetwork.ActorEntry;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.SealedPersonalData;
import org.springframework.stereotype.Component;

/** Computes the temporal views of a theme's network from its one projection document. */
@Component
public class NetworkViews {
    static final String NONE = "NONE";
    private final ThemeNetworkProjection networks;
    private final ActorProjection actors;
    private final NetworkCache cache;
    private final PersonalDataVault vault;

    NetworkViews(ThemeNetworkProjection networks, ActorProjection actors, NetworkCache cache, PersonalDataVault vault) {
        this.networks = networks;
        this.actors = actors;
        this.cache = cache;
        this.vault = vault;
    }

    /** The network on {@code date}; 404 when the theme is unknown in this municipality or not yet named then. */
    public NetworkView networkOn(String municipality, String themeId, LocalDate date) {
        return networkOn(municipality, load(municipality, themeId), date);
    }

    /** The network on {@code date} of a theme's network as given (the stored one, or one folded as known at a time). */
    NetworkView networkOn(String municipality, ThemeNetwork n, LocalDate date) {
        String themeId = n.id;
        if (date.isBefore(n.namedOn)) {
            throw new UnknownResourceException(
                    "theme", themeId + " on " + date + " (it was named on " + n.namedOn + ")", "date");
        }
        List<IngredientView> ingredients = ingredientsOn(municipality, n, date);
        Set<String> present = new LinkedHashSet<>(
                ingredients.stream().map(IngredientView::ingredientId).toList());
        List<SchakelView> schakels = n.schakels.stream()
                .filter(s -> !s.since.isAfter(date))
                // in the order they became schakels, whichever stored part of the network they came from
                .sorted(Comparator.comparing((ThemeNetwork.SchakelEntry s) -> s.since)
                        .thenComparing(s -> s.actorId))
                .map(s -> new SchakelView(
                        s.actorId,
                        s.since,
                        s.linksOn(date).stream().filter(present::contains).toList(),
                        s.analysisInvitations.stream()
                                .filter(d -> !d.isAfter(date))
                                .sorted()
                                .toList()))
                .toList();
        // each actor's positions on the date are folded once; the views are ordered by ring, then id
        int capacity = (n.actors.size() + n.schakels.size()) * 4 / 3 + 1;
        Set<String> involved = new LinkedHashSet<>(capacity);
        Map<String, ActorEntry> entries = new java.util.HashMap<>(capacity);
        Map<String, Set<Position>> heldOnDate = new java.util.HashMap<>(capacity);
        for (ActorEntry a : n.actors) {
            entries.put(a.actorId, a);
            Set<Position> held = a.heldOn(date);
            heldOnDate.put(a.actorId, held);
            if (!held.isEmpty() || invitedBy(a, date)) {
                involved.add(a.actorId);
            }
        }
        schakels.forEach(s -> involved.add(s.actorId()));
        Map<String, ActorSummary> summaries = actors.find(municipality, involved);
        // by ring (innermost first; outside the rings last), then id: the actors come in id order, so a list per
        // ring only needs the schakels that are no actor of the network put in their place
        List<List<ActorView>> byRing = new ArrayList<>();
        for (int ring = 0; ring <= Position.values().length + 1; ring++) {
            byRing.add(new ArrayList<>());
        }
        for (String id : involved) {
            ActorEntry entry = entries.get(id);
            Set<Position> held = heldOnDate.getOrDefault(id, EnumSet.noneOf(Position.class));
            List<Invitation> invitations = entry == null ? List.of() : invitationsBy(entry, date);
            ActorSummary s = summaries.get(id);
            ActorProjection.Classification classification =
                    s == null ? null : s.classificationOn(date).orElse(null);
            byRing.get(innermost(held))
                    .add(new ActorView(
                            id,
                            s == null ? null : s.type(),
                            s == null ? null : s.name(),
                            s != null && s.erased(),
                            s != null && s.withheld(),
                            held,
                            invitations,
                            classification == null ? null : classification.sector(),
                            classification == null ? null : classification.buurt()));
        }
        List<ActorView> actorViews = new ArrayList<>(involved.size());
        for (List<ActorView> ring : byRing) {
            ring.sort(Comparator.comparing(ActorView::actorId));
            actorViews.addAll(ring);
        }
        List<ContactView> contacts = n.contacts.stream()
                .filter(c -> !c.preparedOn.isAfter(date))
                .map(c -> {
                    boolean made = c.madeOn != null && !c.madeOn.isAfter(date);
                    return new ContactView(
                            c.contactId,
                            c.form,
                            c.schakels,
                            c.story,
                            c.preparedOn,
                            made ? c.madeOn : null,
                            made ? c.outcome : null);
                })
                .toList();
        List<HarvestView> harvests = n.harvests.stream()
                .filter(h -> !h.date().isAfter(date))
                .sorted(Comparator.comparing(ThemeNetwork.HarvestEntry::date)
                        .thenComparingLong(ThemeNetwork.HarvestEntry::seq))
                .filter(ThemeNetwork.HarvestEntry::standing)
                .map(h -> new HarvestView(
                        h.date(),
                        h.seq(),
                        nl.netwerkregie.query.projection.HarvestItemView.standing(h.items(), h.retracted())))
                .toList();
        return new NetworkView(
                municipality,
                themeId,
                date,
                ThemeNetwork.on(n.names, date).orElse(null),
                ThemeNetwork.on(n.stories, date).orElse(null),
                ThemeNetwork.on(n.buurten, date).orElse(List.of()),
                n.namedOn,
                new NetworkView.Period(n.developmentStart, n.developmentEnd),
                ingredients,
                actorViews,
                schakels,
                contacts,
                harvests);
    }

    /** Whether the actor had been invited to a position by {@code date}. */
    private static boolean invitedBy(ActorEntry a, LocalDate date) {
        for (ThemeNetwork.PositionInvitation i : a.invitations) {
            if (!i.date().isAfter(date)) {
                return true;
            }
        }
        return false;
    }

    /** The actor's invitations made by {@code date}, in the order they were made. */
    private static List<Invitation> invitationsBy(ActorEntry a, LocalDate date) {
        if (a.invitations.isEmpty()) {
            return List.of();
        }
        List<Invitation> out = new ArrayList<>(a.invitations.size());
        for (ThemeNetwork.PositionInvitation i : a.invitations) {
            if (!i.date().isAfter(date)) {
                out.add(new Invitation(i.position(), i.date()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The theme's involvement on each of {@code dates} from one read of its network, opening nothing; empty before
     * the theme was named.
     */
    List<Involvement> involvementOn(String municipality, String themeId, List<LocalDate> dates) {
        return involvementOn(load(municipality, themeId), dates);
    }

    /**
     * Each theme's involvement on each of its dates, by theme, from one read of all their networks; themes of
     * another municipality or not yet in this family are left out.
     */
    Map<String, List<Involvement>> involvementOfThemes(String municipality, Map<String, List<LocalDate>> dates) {
        Map<String, List<Involvement>> out = new java.util.HashMap<>();
        cache.getAll(dates.keySet(), networks::findAll).forEach((themeId, n) -> {
            if (municipality.equals(n.municipality)) {
                out.put(themeId, involvementOn(n, dates.get(themeId)));
            }
        });
        return out;
    }

    private static List<Involvement> involvementOn(ThemeNetwork n, List<LocalDate> dates) {
        List<Involvement> out = new ArrayList<>(dates.size());
        for (LocalDate date : dates) {
            if (date.isBefore(n.namedOn)) {
                out.add(Involvement.none(date));
                continue;
            }
            Set<String> present = new java.util.HashSet<>();
            Map<String, String> placed = new java.util.TreeMap<>();
            n.ingredients.stream().filter(i -> i.presentOn(date)).forEach(i -> {
                present.add(i.ingredientId());
                i.buurtOn(date).ifPresent(b -> placed.put(i.ingredientId(), b));
            });
            Map<String, Set<Position>> positions = new java.util.TreeMap<>();
            for (ActorEntry a : n.actors) {
                Set<Position> held = a.heldOn(date);
                if (!held.isEmpty()) {
                    positions.put(a.actorId, Set.copyOf(held));
                }
            }
            Map<String, List<String>> links = new java.util.TreeMap<>();
            for (ThemeNetwork.SchakelEntry sch : n.schakels) {
                if (!sch.since.isAfter(date)) {
                    positions.putIfAbsent(sch.actorId, Set.of());
                    links.put(
                            sch.actorId,
                            sch.linksOn(date).stream().filter(present::contains).toList());
                }
            }
            out.add(new Involvement(
                    date,
                    ThemeNetwork.on(n.buurten, date).orElse(List.of()),
                    positions,
                    links,
                    Set.copyOf(present),
                    placed));
        }
        return out;
    }

    /**
     * The positions held on {@code date} and, of them, those whose opening shift (the one that gave the position
     * held then) has no evidence cited.
     */
    private static boolean stands(ThemeNetwork n, ThemeNetwork.EvidenceEntry e) {
        return switch (e.kind()) {
            case "CONTACT" ->
                n.contact(e.reference()).map(c -> c.madeOn != null).orElse(false);
            case "HARVEST" ->
                n.harvests.stream().anyMatch(h -> String.valueOf(h.seq()).equals(e.reference()) && h.standing());
            default -> true;
        };
    }

    public EvidenceView evidenceOn(String municipality, String themeId, LocalDate date) {
        ThemeNetwork n = load(municipality, themeId);
        int held = 0;
        int evidenced = 0;
        record Open(long shift, LocalDate since) {}

        List<Object[]> rows = new ArrayList<>();
        for (ActorEntry a : n.actors) {
            Map<Position, Open> open = new java.util.EnumMap<>(Position.class);
            for (ThemeNetwork.ShiftEntry s : a.effectiveShifts()) {
                if (s.date().isAfter(date)) {
                    break;
                }
                s.left().forEach(open::remove);
                for (Position p : s.taken()) {
                    open.put(p, new Open(s.seq(), s.date()));
                }
            }
            Set<Long> cited = new java.util.HashSet<>();
            // evidence whose contact or harvest was taken back since no longer shows anything
            a.evidence.stream().filter(e -> stands(n, e)).forEach(e -> cited.add(e.shift()));
            for (Map.Entry<Position, Open> e : open.entrySet()) {
                held++;
                if (cited.contains(e.getValue().shift())) {
                    evidenced++;
                } else {
                    rows.add(new Object[] {a.actorId, e.getKey(), e.getValue()});
                }
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add((String) r[0]));
        Map<String, ActorSummary> names = actors.find(municipality, ids);
        List<EvidenceView.Entry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            ActorSummary s = names.get((String) r[0]);
            Open o = (Open) r[2];
            entries.add(new EvidenceView.Entry(
                    (String) r[0],
                    s == null ? null : s.name(),
                    s != null && s.withheld(),
                    (Position) r[1],
                    o.since(),
                    o.shift()));
        }
        entries.sort(Comparator.comparing(EvidenceView.Entry::since)
                .thenComparing(EvidenceView.Entry::actorId)
                .thenComparing(EvidenceView.Entry::position));

        return new EvidenceView(municipality, themeId, date, held, evidenced, entries);
    }

    /** The theme's network as spells, from one read of its network, opening nothing. */
    NetworkTimeline timelineOf(String municipality, String themeId) {
        return timelineOf(load(municipality, themeId));
    }

    /** Each theme's network as spells, by theme, from one read of all their networks (others' themes left out). */
    Map<String, NetworkTimeline> timelinesOfThemes(String municipality, java.util.Collection<String> themeIds) {
        Map<String, NetworkTimeline> out = new java.util.HashMap<>();
        cache.getAll(themeIds, networks::findAll).forEach((themeId, n) -> {
            if (municipality.equals(n.municipality)) {
                out.put(themeId, timelineOf(n));
            }
        });
        return out;
    }

    private static NetworkTimeline timelineOf(ThemeNetwork n) {
        List<NetworkTimeline.PositionSpell> positions = new ArrayList<>();
        for (ActorEntry a : n.actors) {
            Map<Position, LocalDate> open = new java.util.EnumMap<>(Position.class);
            for (ThemeNetwork.ShiftEntry s : a.effectiveShifts()) {
                for (Position p : s.left()) {
                    LocalDate from = open.remove(p);
                    if (from != null && from.isBefore(s.date())) {
                        positions.add(new NetworkTimeline.PositionSpell(a.actorId, p, from, s.date()));
                    }
                }
                for (Position p : s.taken()) {
                    open.putIfAbsent(p, s.date());
                }
            }
            open.forEach((p, from) -> positions.add(new NetworkTimeline.PositionSpell(a.actorId, p, from, null)));
        }
        positions.sort(Comparator.comparing(NetworkTimeline.PositionSpell::actorId)
                .thenComparing(NetworkTimeline.PositionSpell::from)
                .thenComparing(NetworkTimeline.PositionSpell::position));
        Map<String, ThemeNetwork.IngredientEntry> ingredients = new java.util.LinkedHashMap<>();
        n.ingredients.forEach(i -> ingredients.put(i.ingredientId(), i));
        List<NetworkTimeline.SchakelSpell> schakels = new ArrayList<>();
        List<NetworkTimeline.LinkSpell> links = new ArrayList<>();
        for (ThemeNetwork.SchakelEntry sch : n.schakels) {
            schakels.add(new NetworkTimeline.SchakelSpell(sch.actorId, sch.since));
            Map<String, LocalDate> open = new java.util.LinkedHashMap<>();
            List<ThemeNetwork.LinkChange> changes = sch.links.stream()
                    .sorted(Comparator.comparing(ThemeNetwork.LinkChange::date)
                            .thenComparingLong(ThemeNetwork.LinkChange::seq))
                    .toList();
            List<NetworkTimeline.LinkSpell> mine = new ArrayList<>();
            for (ThemeNetwork.LinkChange c : changes) {
                for (String i : c.ingredientIds()) {
                    if (c.linked()) {
                        open.putIfAbsent(i, c.date());
                    } else {
                        LocalDate from = open.remove(i);
                        if (from != null && from.isBefore(c.date())) {
                            mine.add(new NetworkTimeline.LinkSpell(sch.actorId, i, from, c.date()));
                        }
                    }
                }
            }
            open.forEach((i, from) -> mine.add(new NetworkTimeline.LinkSpell(sch.actorId, i, from, null)));
            for (NetworkTimeline.LinkSpell l : mine) {
                // a link lasts only while its ingredient is present
                ThemeNetwork.IngredientEntry i = ingredients.get(l.ingredientId());
                if (i == null) {
                    continue;
                }
                LocalDate from = l.from().isBefore(i.addedOn()) ? i.addedOn() : l.from();
                LocalDate to = l.to();
                if (i.withdrawnOn() != null && (to == null || i.withdrawnOn().isBefore(to))) {
                    to = i.withdrawnOn();
                }
                if (to == null || from.isBefore(to)) {
                    links.add(new NetworkTimeline.LinkSpell(l.actorId(), l.ingredientId(), from, to));
                }
            }
        }
        schakels.sort(Comparator.comparing(NetworkTimeline.SchakelSpell::from)
                .thenComparing(NetworkTimeline.SchakelSpell::actorId));
        List<NetworkTimeline.IngredientSpell> spells = ingredients.values().stream()
                .map(i -> new NetworkTimeline.IngredientSpell(
                        i.ingredientId(),
                        i.kind(),
                        i.addedOn(),
                        i.withdrawnOn(),
                        i.placements().stream()
                                .sorted(Comparator.comparing((ThemeNetwork.Dated<String> p) -> p.date())
                                        .thenComparingLong(ThemeNetwork.Dated::seq))
                                .map(p -> new NetworkTimeline.Placement(
                                        p.date(), p.value().isEmpty() ? null : p.value()))
                                .toList()))
                .sorted(Comparator.comparing(NetworkTimeline.IngredientSpell::from)
                        .thenComparing(NetworkTimeline.IngredientSpell::ingredientId))
                .toList();
        return new NetworkTimeline(n.id, n.namedOn, positions, schakels, links, spells);
    }

    /** The ingredients present on {@code date}, with the sealed texts opened for the reader where allowed. */
    private List<IngredientView> ingredientsOn(String municipality, ThemeNetwork n, LocalDate date) {
        List<ThemeNetwork.IngredientEntry> present =
                n.ingredients.stream().filter(i -> i.presentOn(date)).toList();
        List<SealedPersonalData> sealed = present.stream()
                .map(ThemeNetwork.IngredientEntry::sealedText)
                .filter(java.util.Objects::nonNull)
                .toList();
        PersonalDataVault.OpenedTexts opened = vault.openTextsForReader(municipality, sealed);
        List<IngredientView> out = new ArrayList<>(present.size());
        int k = 0;
        for (ThemeNetwork.IngredientEntry i : present) {
            String text = i.text();
            boolean erased = false;
            if (i.sealedText() != null) {
                text = opened.texts().get(k++);
                erased = text == null && !opened.withheld();
            }
            out.add(new IngredientView(
                    i.ingredientId(),
                    i.kind(),
                    text,
                    i.person(),
                    i.sealedText() != null && opened.withheld(),
                    erased,
                    i.writtenBy(),
                    i.addedOn()));
        }
        return out;
    }

    /** How positions moved between {@code from} and {@code to}; see {@link ShiftsView} for the definitions. */
    public ShiftsView shiftsBetween(String municipality, String themeId, LocalDate from, LocalDate to) {
        return shiftsBetween(municipality, load(municipality, themeId), from, to);
    }

    /** How positions moved between {@code from} and {@code to} in a theme's network as given. */
    ShiftsView shiftsBetween(String municipality, ThemeNetwork n, LocalDate from, LocalDate to) {
        String themeId = n.id;
        if (!to.isAfter(from)) {
            throw new InvalidInputException("to", "must lie after from");
        }
        List<String> ids = new ArrayList<>(n.actors.size());
        for (ActorEntry a : n.actors) {
            ids.add(a.actorId);
        }
        Map<String, ActorSummary> summaries = actors.find(municipality, ids);
        List<ActorShifts> perActor = new ArrayList<>(n.actors.size());
        int positions = Position.values().length;
        int[][] table = new int[positions + 1][positions + 1];
        int[] atStart = new int[positions];
        int[] atEnd = new int[positions];
        int[] entered = new int[positions];
        int[] left = new int[positions];
        for (ActorEntry a : n.actors) {
            Set<Position> start = a.heldOn(from);
            Set<Position> end = a.heldOn(to);
            // made once per list of shifts and shared by every read: nothing is copied per actor
            List<Change> changes = a.changesAfterUntil(from, to);
            if (start.isEmpty() && end.isEmpty() && changes.isEmpty()) {
                continue;
            }
            ActorSummary s = summaries.get(a.actorId);
            perActor.add(new ActorShifts(a.actorId, s == null ? null : s.name(), start, end, changes));
            for (int f : cells(start)) {
                for (int t : cells(end)) {
                    table[f][t]++;
                }
            }
            for (Position p : start) {
                atStart[p.ordinal()]++;
                if (!end.contains(p)) {
                    left[p.ordinal()]++;
                }
            }
            for (Position p : end) {
                atEnd[p.ordinal()]++;
                if (!start.contains(p)) {
                    entered[p.ordinal()]++;
                }
            }
        }
        List<PositionFlow> flows = new ArrayList<>(positions);
        for (Position p : Position.values()) {
            int i = p.ordinal();
            flows.add(new PositionFlow(p, atStart[i], atEnd[i], entered[i], left[i]));
        }
        List<Transition> transitions = new ArrayList<>();
        for (int f = 0; f < table.length; f++) {
            for (int t = 0; t < table.length; t++) {
                transitions.add(new Transition(label(f), label(t), table[f][t]));
            }
        }
        perActor.sort(Comparator.comparing(ActorShifts::actorId));
        return new ShiftsView(municipality, themeId, from, to, perActor, flows, transitions);
    }

    private ThemeNetwork load(String municipality, String themeId) {
        return cache.get(themeId, () -> networks.find(themeId))
                .filter(n -> municipality.equals(n.municipality))
                .orElseThrow(() -> new UnknownResourceException("theme", themeId, "themeId"));
    }

    /** Row/column index of a set of positions in the transition table: 0 is NONE, then ring 1..5. */
    private static int[] cells(Set<Position> positions) {
        if (positions.isEmpty()) {
            return NO_POSITION;
        }
        int[] cells = new int[positions.size()];
        int i = 0;
        for (Position p : positions) {
            cells[i++] = p.ring();
        }
        return cells;
    }

    private static final int[] NO_POSITION = {0};

    private static String label(int index) {
        return index == 0 ? NONE : Position.values()[index - 1].name();
    }

    private static int innermost(Set<Position> positions) {
        int ring = Position.values().length + 1;
        for (Position p : positions) {
            ring = Math.min(ring, p.ring());
        }
        return ring;
    }
}
