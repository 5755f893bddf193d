package nl.netwerkregie.query.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.query.programme.CycleView;
import nl.netwerkregie.query.programme.ProgrammeDirectory;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/municipalities/{municipality}/themes/{themeId}")
@Tag(name = "Network of involvement", description = "The network on any date and how positions shifted")
class NetworkController {
    private static final java.time.ZoneId NETHERLANDS = java.time.ZoneId.of("Europe/Amsterdam");
    private final NetworkViews views;
    private final ProgrammeDirectory programmes;
    private final KnownNetworks known;
    private final Clock clock;

    NetworkController(NetworkViews views, ProgrammeDirectory programmes, KnownNetworks known, Clock clock) {
        this.views = views;
        this.programmes = programmes;
        this.known = known;
        this.clock = clock;
    }

    @GetMapping(value = "/network", produces = "application/json")
    @Operation(
            summary = "The network on a date",
            description = "The theme as named on that date, the ingredients "
                    + "present, the actors with the positions they held, the schakel links, contacts and harvests. With "
                    + "knownAt: the same picture as the system knew it at that recording time, from the events recorded "
                    + "by then (read from the event store: later back-dated entries and corrections are left out).")
    NetworkView network(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(
                            description = "a programme cycle: the network at the end of its development period, or "
                                    + "today while it runs; not together with date")
                    @RequestParam(required = false)
                    Integer cycle,
            @Parameter(
                            description =
                                    "a recording time (ISO-8601 with offset, e.g. 2024-03-01T12:00:00Z, or a date: "
                                            + "the end of that day in the Netherlands): the network as known then",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", maxLength = 40))
                    @RequestParam(required = false)
                    String knownAt) {
        Key k = key(municipality, themeId);
        java.time.Instant asKnown = knownAt(knownAt);
        LocalDate today = LocalDate.now(clock);
        if (cycle != null) {
            if (date != null) {
                throw new InvalidInputException("cycle", "cannot be combined with date");
            }
            CycleView.Period period = programmes.periodOf(k.municipality(), k.themeId(), cycle);
            date = period.end().isAfter(today) ? today : period.end();
        }
        LocalDate on = date == null ? today : date;
        if (asKnown != null) {
            return views.networkOn(k.municipality(), known.knownAt(k.municipality(), k.themeId(), asKnown), on);
        }
        return views.networkOn(k.municipality(), k.themeId(), on);
    }

    /** {@code knownAt} as an instant, or {@code null} when absent. */
    private static java.time.Instant knownAt(String raw) {
        return nl.netwerkregie.query.projection.KnownAt.parse(raw);
    }

    /** The network just before and just after one event of the theme's history, and what the event changed. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record HistoryStep(
            String municipality,
            String themeId,
            long sequence,
            String type,
            LocalDate effectiveDate,
            java.time.Instant recordedAt,

            @io.swagger.v3.oas.annotations.media.Schema(description = "the date both pictures are for")
            LocalDate date,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "the network on the date as known just before the event; absent when the theme "
                            + "did not exist yet or was not named by the date")
            NetworkView before,

            NetworkView after,
            StepChanges changes) {}

    /** What one event changed in the picture of the date. */
    record StepChanges(
            List<ActorChange> actors,
            List<String> ingredientsAdded,
            List<String> ingredientsRemoved,
            boolean nameChanged,
            boolean storyChanged) {}

    record ActorChange(
            String actorId,
            java.util.Set<nl.netwerkregie.values.Position> before,
            java.util.Set<nl.netwerkregie.values.Position> after) {}

    @GetMapping(value = "/history/{sequence}/network", produces = "application/json")
    @Operation(
            summary = "Step through the history: the network just before and after one event",
            description = "For the event with this sequence number: the network on a date (by default the event's "
                    + "effective date) as known just before it and just after it, and the difference: actors whose "
                    + "positions changed, ingredients added or removed, the name or story changed. Read from the event "
                    + "store. For regievoerders and auditors.")
    HistoryStep historyStep(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable long sequence,
            @Parameter(description = "the date of both pictures (YYYY-MM-DD); the event's effective date when absent")
                    @RequestParam(required = false)
                    LocalDate date) {
        Key k = key(municipality, themeId);
        if (sequence < 0) {
            throw new InvalidInputException("sequence", "must be 0 or more");
        }
        ThemeNetwork afterNetwork = known.afterSequence(k.municipality(), k.themeId(), sequence);
        if (afterNetwork.lastSequence < sequence) {
            throw new nl.netwerkregie.platform.domain.UnknownResourceException(
                    "event", k.themeId() + " #" + sequence, "sequence");
        }
        org.axonframework.eventhandling.DomainEventMessage<?> event = known.event(k.themeId(), sequence);
        LocalDate effective =
                event.getPayload() instanceof nl.netwerkregie.events.ThemeEvent t ? t.effectiveDate() : null;
        LocalDate on = date != null ? date : effective != null ? effective : LocalDate.now(clock);
        NetworkView after = views.networkOn(k.municipality(), afterNetwork, on);
        NetworkView before = null;
        if (sequence > 0) {
            ThemeNetwork b = known.afterSequence(k.municipality(), k.themeId(), sequence - 1);
            if (!on.isBefore(b.namedOn)) {
                before = views.networkOn(k.municipality(), b, on);
            }
        }
        return new HistoryStep(
                k.municipality(),
                k.themeId(),
                sequence,
                nl.netwerkregie.events.EventTypes.nameOf(event.getPayloadType())
                        .orElse(event.getPayloadType().getSimpleName()),
                effective,
                event.getTimestamp(),
                on,
                before,
                after,
                changes(before, after));
    }

    /** What records made after a recording time changed the picture of a date. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record LaterChanges(
            String municipality,
            String themeId,
            LocalDate date,
            java.time.Instant knownAt,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description =
                            "Every event recorded after knownAt with an effective date on or before the date, and "
                                    + "every retraction, in recording order: what could change the picture")
            List<LaterRecord> records,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "The picture as known at knownAt against the picture now")
            StepChanges changes) {}

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record LaterRecord(
            long sequence,
            String type,
            LocalDate effectiveDate,
            java.time.Instant recordedAt,
            String recordedBy,
            String reason,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "Recorded on a later day than it took effect (in the Netherlands)")
            boolean retroactive) {}

    @GetMapping(value = "/positions-without-evidence", produces = "application/json")
    @Operation(
            summary = "The positions held without evidence",
            description = "On the date: how many positions are held, how many of them rest on a shift with evidence "
                    + "cited (a contact made, a meeting moment held, a harvest, a document), and the others, each with "
                    + "the shift that gave it. For regievoerders and auditors.")
    EvidenceView positionsWithoutEvidence(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Key k = key(municipality, themeId);
        return views.evidenceOn(k.municipality(), k.themeId(), date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping(value = "/later-changes", produces = "application/json")
    @Operation(
            summary = "What records made later changed a past picture",
            description = "The network on `date` as the system knew it at `knownAt` beside the network on that date "
                    + "now: every event recorded after knownAt whose effective date lies on or before the date "
                    + "(back-dated entries, corrections), with who recorded it, when and why, and what the picture "
                    + "gained or lost (actors whose positions differ, ingredients, name, story). For regievoerders and "
                    + "auditors.")
    LaterChanges laterChanges(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the date of the picture (YYYY-MM-DD); required") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(
                            description =
                                    "the recording time the picture was known at (ISO-8601 with offset, or a date: "
                                            + "the end of that day in the Netherlands); required",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", maxLength = 40))
                    @RequestParam(required = false)
                    String knownAt) {
        Key k = key(municipality, themeId);
        Inputs in = new Inputs();
        in.required("date", date, d -> d);
        in.required("knownAt", knownAt, v -> v);
        in.throwIfInvalid();
        java.time.Instant asKnown = knownAt(knownAt);
        NetworkView now = views.networkOn(k.municipality(), k.themeId(), date);
        NetworkView then = null;
        try {
            ThemeNetwork n = known.knownAt(k.municipality(), k.themeId(), asKnown);
            if (!date.isBefore(n.namedOn)) {
                then = views.networkOn(k.municipality(), n, date);
            }
        } catch (nl.netwerkregie.platform.domain.UnknownResourceException nothingRecordedYet) {
            then = null;
        }
        List<LaterRecord> records = new java.util.ArrayList<>();
        for (org.axonframework.eventhandling.DomainEventMessage<?> m : known.recordedAfter(k.themeId(), asKnown)) {
            // a retraction changes the pictures of the retracted record's dates, whatever its own date
            if (!(m.getPayload() instanceof nl.netwerkregie.events.ThemeEvent e)
                    || (e.effectiveDate().isAfter(date) && !(e instanceof nl.netwerkregie.events.Retraction))) {
                continue;
            }
            Object by = m.getMetaData().get("recordedBy");
            Object reason = m.getMetaData().get("reason");
            records.add(new LaterRecord(
                    m.getSequenceNumber(),
                    nl.netwerkregie.events.EventTypes.nameOf(m.getPayloadType())
                            .orElse(m.getPayloadType().getSimpleName()),
                    e.effectiveDate(),
                    m.getTimestamp(),
                    by == null ? null : by.toString(),
                    reason == null ? null : reason.toString(),
                    e.effectiveDate()
                            .isBefore(m.getTimestamp().atZone(NETHERLANDS).toLocalDate())));
        }
        return new LaterChanges(k.municipality(), k.themeId(), date, asKnown, records, changes(then, now));
    }

    private static StepChanges changes(NetworkView before, NetworkView after) {
        java.util.Map<String, java.util.Set<nl.netwerkregie.values.Position>> was = new java.util.HashMap<>();
        if (before != null) {
            before.actors().forEach(a -> was.put(a.actorId(), a.positions()));
        }
        java.util.Map<String, java.util.Set<nl.netwerkregie.values.Position>> is = new java.util.LinkedHashMap<>();
        after.actors().forEach(a -> is.put(a.actorId(), a.positions()));
        java.util.TreeSet<String> ids = new java.util.TreeSet<>(was.keySet());
        ids.addAll(is.keySet());
        List<ActorChange> actors = new java.util.ArrayList<>();
        for (String id : ids) {
            java.util.Set<nl.netwerkregie.values.Position> b = was.getOrDefault(id, java.util.Set.of());
            java.util.Set<nl.netwerkregie.values.Position> a = is.getOrDefault(id, java.util.Set.of());
            if (!b.equals(a) || was.containsKey(id) != is.containsKey(id)) {
                actors.add(new ActorChange(id, b, a));
            }
        }
        java.util.Set<String> ingredientsBefore = new java.util.TreeSet<>();
        if (before != null) {
            before.ingredients().forEach(i -> ingredientsBefore.add(i.ingredientId()));
        }
        java.util.Set<String> ingredientsAfter = new java.util.TreeSet<>();
        after.ingredients().forEach(i -> ingredientsAfter.add(i.ingredientId()));
        List<String> added = ingredientsAfter.stream()
                .filter(i -> !ingredientsBefore.contains(i))
                .toList();
        List<String> removed = ingredientsBefore.stream()
                .filter(i -> !ingredientsAfter.contains(i))
                .toList();
        return new StepChanges(
                actors,
                added,
                removed,
                before != null && !java.util.Objects.equals(before.name(), after.name()),
                before != null && !java.util.Objects.equals(before.story(), after.story()));
    }

    @GetMapping(value = "/network.svg", produces = "image/svg+xml")
    @Operation(
            summary = "The network on a date, drawn",
            description = "An SVG picture: the theme in the core, the five "
                    + "positions as rings from the core outward (1 initiators innermost).")
    String networkSvg(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) Integer cycle) {
        return NetworkSvg.render(network(municipality, themeId, date, cycle, null));
    }

    @GetMapping(value = "/position-shifts", produces = "application/json")
    @Operation(
            summary = "How positions shifted between two dates",
            description = "Per actor the positions on 'from', on "
                    + "'to' and every change after 'from' up to and including 'to'; per position how many actors entered and left "
                    + "it; and a from-position x to-position table. A cell counts the actors who held the row's position on "
                    + "'from' and the column's on 'to' (NONE: no position at all); an actor holding several positions counts "
                    + "in every cell of its pairs. With knownAt: the shifts as the system knew them at that recording "
                    + "time (later back-dated shifts left out).")
    ShiftsView shifts(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the first date (YYYY-MM-DD); required without cycle")
                    @RequestParam(required = false)
                    LocalDate from,
            @Parameter(description = "the last date (YYYY-MM-DD); required without cycle")
                    @RequestParam(required = false)
                    LocalDate to,
            @Parameter(
                            description = "a programme cycle: from the start of its development period to its end, "
                                    + "or today while it runs; not together with from and to")
                    @RequestParam(required = false)
                    Integer cycle,
            @Parameter(
                            description =
                                    "a recording time (ISO-8601 with offset, or a date: the end of that day in the "
                                            + "Netherlands): the shifts as known then",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", maxLength = 40))
                    @RequestParam(required = false)
                    String knownAt) {
        Key k = key(municipality, themeId);
        java.time.Instant asKnown = knownAt(knownAt);
        if (cycle != null) {
            if (from != null || to != null) {
                throw new InvalidInputException("cycle", "cannot be combined with from and to");
            }
            CycleView.Period period = programmes.periodOf(k.municipality(), k.themeId(), cycle);
            LocalDate today = LocalDate.now(clock);
            from = period.start();
            to = period.end().isAfter(today) ? today : period.end();
        } else {
            Inputs in = new Inputs();
            in.required("from", from, d -> d);
            in.required("to", to, d -> d);
            in.throwIfInvalid();
        }
        if (asKnown != null) {
            return views.shiftsBetween(
                    k.municipality(), known.knownAt(k.municipality(), k.themeId(), asKnown), from, to);
        }
        return views.shiftsBetween(k.municipality(), k.themeId(), from, to);
    }

    private record Key(String municipality, String themeId) {}

    private static Key key(String municipality, String themeId) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        in.throwIfInvalid();
        return new Key(gm.value(), id.value());
    }
}
