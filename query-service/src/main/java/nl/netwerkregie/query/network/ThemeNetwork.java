package nl.netwerkregie.query.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.IngredientKind;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.PositionShift;

/**
 * One theme's network through time, holding every dated change, so that the network on any date is
 * computed from it alone. Back-dated events simply land in their place: every read orders changes by
 * effective date, then by recording order ({@code seq}, the theme's event sequence number).
 *
 * <p>Stored in two parts (see {@link ThemeNetworkProjection}): this object without {@code actors}
 * and {@code schakels} in {@code theme_networks}, and those two lists spread over a fixed number of
 * {@link Chunk}s by actor, so that a change to one actor rewrites a small document. Each stored
 * part remembers the sequence number of the last event applied to it ({@code lastSequence}); an
 * event at or below it is a redelivery and is ignored, which makes the projection idempotent.
 */
public class ThemeNetwork {
    public String id;
    public String municipality;
    public long lastSequence = -1;
    public LocalDate namedOn;
    public LocalDate developmentStart;
    public LocalDate developmentEnd;
    public List<Dated<String>> names = new ArrayList<>();
    public List<Dated<String>> stories = new ArrayList<>();
    public List<Dated<List<String>>> buurten = new ArrayList<>();
    public List<IngredientEntry> ingredients = new ArrayList<>();
    public List<ActorEntry> actors = new ArrayList<>();
    public List<SchakelEntry> schakels = new ArrayList<>();
    public List<ContactEntry> contacts = new ArrayList<>();
    public List<HarvestEntry> harvests = new ArrayList<>();

    /**
     * Puts the actors in the order of their ids, once, after the network is read from its parts: the reads list
     * actors by id, and sorting an ordered list costs one comparison per actor.
     */
    void orderActorsById() {
        actors.sort(Comparator.comparing((ActorEntry a) -> a.actorId));
    }

    /** The actors and schakels of one bucket of a theme's actors. */
    public static class Chunk {
        public String id;
        public String themeId;
        public String municipality;
        public long lastSequence = -1;
        public List<ActorEntry> actors = new ArrayList<>();
        public List<SchakelEntry> schakels = new ArrayList<>();

        /**
         * The stored form of each actor as last written, by actor id, while the processor keeps this bucket between
         * its batches: a batch writes the whole bucket again but converts only the actors its events changed
         * ({@link ThemeNetworkProjection}). Never stored itself.
         */
        @com.fasterxml.jackson.annotation.JsonIgnore
        final java.util.Map<String, org.bson.Document> written = new java.util.HashMap<>();

        ActorEntry actor(String actorId) {
            for (ActorEntry a : actors) {
                if (a.actorId.equals(actorId)) {
                    return a;
                }
            }
            ActorEntry a = new ActorEntry();
            a.actorId = actorId;
            actors.add(a);
            return a;
        }

        Optional<SchakelEntry> schakel(String actorId) {
            return schakels.stream().filter(s -> s.actorId.equals(actorId)).findFirst();
        }
    }

    /** A value that took effect on {@code date}; {@code seq} orders values of the same date. */
    public record Dated<T>(LocalDate date, long seq, T value) {}

    /** An ingredient; one of kind PERSON names an actor ({@code person}) and keeps its text only sealed. */
    public record IngredientEntry(
            String ingredientId,
            IngredientKind kind,
            String text,
            String person,
            nl.netwerkregie.values.SealedPersonalData sealedText,
            String writtenBy,
            LocalDate sessionDate,
            LocalDate addedOn,
            LocalDate withdrawnOn,
            List<Dated<String>> placements) {
        public IngredientEntry {
            placements = placements == null ? List.of() : List.copyOf(placements);
        }

        boolean presentOn(LocalDate date) {
            return !date.isBefore(addedOn) && (withdrawnOn == null || date.isBefore(withdrawnOn));
        }

        IngredientEntry withdrawnOn(LocalDate date) {
            return new IngredientEntry(
                    ingredientId, kind, text, person, sealedText, writtenBy, sessionDate, addedOn, date, placements);
        }

        /** This entry with a placement in {@code buurt} ({@code null}: none) from {@code date}; once per seq. */
        IngredientEntry placedIn(String buurt, LocalDate date, long seq) {
            if (placements.stream().anyMatch(p -> p.seq() == seq)) {
                return this;
            }
            List<Dated<String>> more = new ArrayList<>(placements);
            more.add(new Dated<>(date, seq, buurt == null ? "" : buurt));
            return new IngredientEntry(
                    ingredientId, kind, text, person, sealedText, writtenBy, sessionDate, addedOn, withdrawnOn, more);
        }

        /** The buurt the ingredient belongs to on {@code date}, if placed in one. */
        Optional<String> buurtOn(LocalDate date) {
            return on(placements, date).filter(b -> !b.isEmpty());
        }
    }

    public record ShiftEntry(
            LocalDate date, long seq, Set<Position> taken, Set<Position> left, String reason, Instant recordedAt) {
        public ShiftEntry {
            taken = Position.canonical(taken);
            left = Position.canonical(left);
        }

        PositionShift shift() {
            return new PositionShift(date, seq, taken, left);
        }
    }

    public record PositionInvitation(LocalDate date, Position position) {}

    /** One item of evidence for the shift recorded as event {@code shift}, cited by event {@code seq}. */
    public record EvidenceEntry(long shift, long seq, String kind, String reference) {}

    public static class ActorEntry {
        public String actorId;
        public List<ShiftEntry> shifts = new ArrayList<>();
        public List<PositionInvitation> invitations = new ArrayList<>();
        /** Evidence cited for this actor's shifts, by the shift's sequence number. */
        public List<EvidenceEntry> evidence = new ArrayList<>();

        /** Takes back the shift recorded as event {@code seq}: it no longer applies (its event stays in the history). */
        void retract(long seq) {
            if (shifts.removeIf(s -> s.seq() == seq)) {
                timeline = null;
                effective = null;
            }
        }

        /** Effective dates in applying order, and the positions held after each: computed once per list of shifts. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        private volatile Timeline timeline;

        private record Timeline(int shifts, long[] days, Set<Position>[] heldAfter) {}

        /**
         * The positions held on {@code date}: the same fold as {@link PositionShift#heldOn}, done once per
         * list of shifts and then answered by a binary search over the effective dates.
         */
        Set<Position> heldOn(LocalDate date) {
            Timeline t = timeline;
            if (t == null || t.shifts() != shifts.size()) {
                t = timeline();
                timeline = t;
            }
            long day = date.toEpochDay();
            long[] days = t.days();
            int lo = 0;
            int hi = days.length - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] > day) {
                    hi = mid - 1;
                } else {
                    found = mid;
                    lo = mid + 1;
                }
            }
            // the canonical sets are unmodifiable and shared: nothing is copied per read
            return found < 0 ? Position.canonical(null) : t.heldAfter()[found];
        }

        @SuppressWarnings("unchecked")
        private Timeline timeline() {
            List<ShiftEntry> ordered = shifts.stream()
                    .sorted(Comparator.comparing(ShiftEntry::date).thenComparingLong(ShiftEntry::seq))
                    .toList();
            long[] days = new long[ordered.size()];
            Set<Position>[] held = new Set[ordered.size()];
            java.util.EnumSet<Position> now = java.util.EnumSet.noneOf(Position.class);
            for (int i = 0; i < ordered.size(); i++) {
                now.removeAll(ordered.get(i).left());
                now.addAll(ordered.get(i).taken());
                days[i] = ordered.get(i).date().toEpochDay();
                held[i] = Position.canonical(now);
            }
            return new Timeline(ordered.size(), days, held);
        }

        /**
         * Every recorded shift in the order it applies (effective date, then recording order), reduced to
         * what it really changed at that point: positions taken that were not held, positions left that
         * were held. Shifts that changed nothing come out with both sets empty.
         */
        List<ShiftEntry> effectiveShifts() {
            return effective().entries();
        }

        /**
         * What the {@link #effectiveShifts()} with an effective date after {@code from} and not after {@code to}
         * changed, as the shifts between two dates show it: those that changed nothing left out. Found by a binary
         * search over their dates; the changes are made once per list of shifts and shared by every read.
         */
        List<ShiftsView.Change> changesAfterUntil(LocalDate from, LocalDate to) {
            Effective e = effective();
            int start = firstAfter(e.changeDays(), from.toEpochDay());
            int end = firstAfter(e.changeDays(), to.toEpochDay());
            return start >= end ? List.of() : new ShiftsJson.WrittenChanges(e.changes(), e.written(), start, end);
        }

        /** The index of the first of these ascending days after {@code day}; their length when none is. */
        private static int firstAfter(long[] days, long day) {
            int lo = 0;
            int hi = days.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] > day) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        private Effective effective() {
            Effective e = effective;
            if (e == null || e.shifts() != shifts.size()) {
                List<ShiftEntry> entries = computeEffectiveShifts();
                List<ShiftsView.Change> changes = new ArrayList<>(entries.size());
                for (ShiftEntry s : entries) {
                    if (!s.taken().isEmpty() || !s.left().isEmpty()) {
                        changes.add(new ShiftsView.Change(s.date(), s.taken(), s.left(), s.reason(), s.recordedAt()));
                    }
                }
                long[] days = new long[changes.size()];
                for (int i = 0; i < days.length; i++) {
                    days[i] = changes.get(i).effectiveDate().toEpochDay();
                }
                e = new Effective(
                        shifts.size(),
                        entries,
                        List.copyOf(changes),
                        days,
                        new com.fasterxml.jackson.core.SerializableString[changes.size()]);
                effective = e;
            }
            return e;
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        private volatile Effective effective;

        /**
         * The effective shifts, and those that changed something as the view shows them, with their days and their
         * JSON once written ({@link ShiftsJson.WrittenChanges}).
         */
        private record Effective(
                int shifts,
                List<ShiftEntry> entries,
                List<ShiftsView.Change> changes,
                long[] changeDays,
                com.fasterxml.jackson.core.SerializableString[] written) {}

        private List<ShiftEntry> computeEffectiveShifts() {
            java.util.EnumSet<Position> held = java.util.EnumSet.noneOf(Position.class);
            List<ShiftEntry> out = new ArrayList<>();
            shifts.stream()
                    .sorted(Comparator.comparing(ShiftEntry::date).thenComparingLong(ShiftEntry::seq))
                    .forEach(s -> {
                        java.util.EnumSet<Position> left = java.util.EnumSet.noneOf(Position.class);
                        s.left().stream().filter(held::contains).forEach(left::add);
                        held.removeAll(left);
                        java.util.EnumSet<Position> taken = java.util.EnumSet.noneOf(Position.class);
                        s.taken().stream().filter(p -> !held.contains(p)).forEach(taken::add);
                        held.addAll(taken);
                        out.add(new ShiftEntry(s.date(), s.seq(), taken, left, s.reason(), s.recordedAt()));
                    });
            return List.copyOf(out);
        }
    }

    public record LinkChange(LocalDate date, long seq, boolean linked, List<String> ingredientIds) {}

    public static class SchakelEntry {
        public String actorId;
        public LocalDate since;
        public List<LinkChange> links = new ArrayList<>();
        public List<LocalDate> analysisInvitations = new ArrayList<>();

        /** The ingredients this schakel connects on {@code date}: every link change up to it, in order. */
        List<String> linksOn(LocalDate date) {
            java.util.LinkedHashSet<String> current = new java.util.LinkedHashSet<>();
            links.stream()
                    .filter(c -> !c.date().isAfter(date))
                    .sorted(Comparator.comparing(LinkChange::date).thenComparingLong(LinkChange::seq))
                    .forEach(c -> {
                        if (c.linked()) {
                            current.addAll(c.ingredientIds());
                        } else {
                            c.ingredientIds().forEach(current::remove);
                        }
                    });
            return List.copyOf(current);
        }
    }

    public static class ContactEntry {
        public String contactId;
        public List<String> schakels;
        public ContactForm form;
        public String story;
        public LocalDate preparedOn;
        public LocalDate madeOn;
        public String outcome;
    }

    /** A harvest with the places of its items taken back ({@code null} when none, as stored before corrections). */
    public record HarvestEntry(LocalDate date, long seq, List<HarvestItem> items, List<Integer> retracted) {
        HarvestEntry withRetracted(int item) {
            List<Integer> r = new ArrayList<>(retracted == null ? List.of() : retracted);
            if (!r.contains(item)) {
                r.add(item);
            }
            return new HarvestEntry(date, seq, items, r);
        }

        /** Whether any item stands. */
        boolean standing() {
            return retracted == null || retracted.size() < items.size();
        }
    }

    /** The value in effect on {@code date}: the latest by effective date, then by recording order. */
    static <T> Optional<T> on(List<Dated<T>> values, LocalDate date) {
        return values.stream()
                .filter(v -> !v.date().isAfter(date))
                .max(Comparator.comparing((Dated<T> v) -> v.date()).thenComparingLong(Dated::seq))
                .map(Dated::value);
    }

    Optional<ContactEntry> contact(String contactId) {
        return contacts.stream().filter(c -> c.contactId.equals(contactId)).findFirst();
    }
}
