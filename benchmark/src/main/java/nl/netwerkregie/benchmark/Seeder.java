package nl.netwerkregie.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.netwerkregie.events.ActorRegistered;
import nl.netwerkregie.events.CapacityAssessed;
import nl.netwerkregie.events.ConversationMediumUsed;
import nl.netwerkregie.events.ConversationMethodUsed;
import nl.netwerkregie.events.CycleStepStarted;
import nl.netwerkregie.events.FacilityNeeded;
import nl.netwerkregie.events.GovernmentAlignmentRecorded;
import nl.netwerkregie.events.IngredientsAdded;
import nl.netwerkregie.events.ManifestationHarvestRecorded;
import nl.netwerkregie.events.ManifestationHeld;
import nl.netwerkregie.events.MeetingMomentHeld;
import nl.netwerkregie.events.MeetingMomentPlanned;
import nl.netwerkregie.events.PositionShifted;
import nl.netwerkregie.events.PracticeAgreementMade;
import nl.netwerkregie.events.PracticeAgreementsFixed;
import nl.netwerkregie.events.ProgrammeCycleStarted;
import nl.netwerkregie.events.ProviderAgreementPrepared;
import nl.netwerkregie.events.RemarkHeard;
import nl.netwerkregie.events.SchakelAdded;
import nl.netwerkregie.events.StepInstrumentUsed;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.eventstore.EventCommits;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.CapacityQuestion;
import nl.netwerkregie.values.ConversationMedium;
import nl.netwerkregie.values.ConversationMethod;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.HarvestItemKind;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.IngredientKind;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.PatternPart;
import nl.netwerkregie.values.Place;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.serialization.Revision;
import org.bson.Document;

/**
 * Writes a deterministic synthetic history straight into the event store, in exactly the document
 * form the chosen engine writes (see {@link EventLog}: one commit document per event with global
 * positions taken after the last one in the store, or Axon's one document per event; payload and
 * metadata as the services' JSON). Only used to reach store sizes that would take hours through the
 * API; every figure is then measured through the API. The histories are valid: positions are only
 * left when held on the effective date; a share of the shifts is recorded back-dated, out of order.
 */
final class Seeder {
    private static final int BATCH = 1_000;
    private static final String META_DATA = "{\"recordedBy\":\"benchmark-seed\",\"correlationId\":\"seed\"}";
    private static final Position[] POSITIONS = Position.values();
    private final EventLog log;
    private final MongoCollection<Document> events;
    private long nextPosition = -1;
    private final ObjectMapper json;
    private final Random random;
    private final int backdatedPercent;
    private final List<Document> pending = new ArrayList<>();
    /** The hash chain's head of every aggregate this seeder wrote to (tamper evidence, as the engine writes it). */
    private final java.util.Map<String, String> chainHeads = new java.util.HashMap<>();

    private long written;
    private Progress progress;
    /** Synthetic recording times, 5 ms apart and in the past, so Axon's look-back window holds few events. */
    private Instant clock;

    Seeder(EventLog log, ObjectMapper json, long seed, int backdatedPercent) {
        this.log = log;
        this.events = log.collection();
        this.json = json;
        this.random = new Random(seed);
        this.backdatedPercent = backdatedPercent;
    }

    /** Recording times of the events to come start here and advance 5 ms per event. */
    void startClockAt(Instant start) {
        this.clock = start;
    }

    /** A theme of its own actors: what the benchmark reads back. */
    record SeededTheme(String municipality, String themeId, List<String> actorIds, int themeEvents) {}

    void progress(Progress progress) {
        this.progress = progress;
    }

    long written() {
        return written;
    }

    /**
     * One theme with {@code themeEvents} events and {@code actors} actors (each registered: one more
     * event per actor): ingredients, schakels and position shifts spread over a three-year cycle.
     */
    SeededTheme theme(MunicipalityCode gm, BuurtCode buurt, String name, LocalDate start, int themeEvents, int actors) {
        ThemeId theme = new ThemeId(uuid());
        List<ActorId> actorIds = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            ActorId a = new ActorId(uuid());
            actorIds.add(a);
            write(
                    "Actor",
                    a.value(),
                    0,
                    new ActorRegistered(
                            a, gm, ActorType.ORGANISATION, "Synthetische organisatie " + (i + 1), null, start));
        }
        long seq = 0;
        write(
                "Theme",
                theme.value(),
                seq++,
                new ThemeNamed(
                        theme,
                        gm,
                        new ThemeName(name),
                        new Story("Synthetisch thema"),
                        List.of(buurt),
                        new DevelopmentPeriod(start, start.plusYears(3).minusDays(1)),
                        nl.netwerkregie.values.Recurrence.RECURRING,
                        start));
        int ingredientEvents = Math.max(1, themeEvents / 500);
        int schakelEvents = Math.min(actors, Math.max(1, themeEvents / 50));
        int shiftEvents = themeEvents - 1 - ingredientEvents - schakelEvents;
        List<IngredientId> ingredients = new ArrayList<>();
        for (int i = 0; i < ingredientEvents; i++) {
            List<Ingredient> batch = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                IngredientId id = new IngredientId(uuid());
                ingredients.add(id);
                batch.add(new Ingredient(
                        id,
                        IngredientKind.values()[random.nextInt(IngredientKind.values().length)],
                        "Ingredient " + ingredients.size()));
            }
            write(
                    "Theme",
                    theme.value(),
                    seq++,
                    new IngredientsAdded(theme, batch, null, null, start.plusDays(i % 30)));
        }
        for (int i = 0; i < schakelEvents; i++) {
            write(
                    "Theme",
                    theme.value(),
                    seq++,
                    new SchakelAdded(
                            theme,
                            actorIds.get(i),
                            List.of(ingredients.get(random.nextInt(ingredients.size()))),
                            start.plusDays(30 + i % 60)));
        }
        for (PositionShifted shift : shifts(
                theme,
                actorIds,
                shiftEvents,
                start.plusDays(90),
                start.plusYears(3).minusDays(2))) {
            write("Theme", theme.value(), seq++, shift);
        }
        flush();
        return new SeededTheme(
                gm.value(), theme.value(), actorIds.stream().map(ActorId::value).toList(), (int) seq);
    }

    /**
     * A municipality for researchers: {@code buurten} themes, one per buurt, each with {@code actors} actors
     * classified by sector in that buurt, {@code cycles} three-year programme cycles from {@code start} and
     * position shifts spread over all of them, published for research from {@code start}. About 32 events per buurt
     * with 6 actors.
     */
    void researchMunicipality(MunicipalityCode gm, int buurten, int actors, int cycles, LocalDate start) {
        nl.netwerkregie.values.Sector[] sectors = nl.netwerkregie.values.Sector.values();
        for (int b = 0; b < buurten; b++) {
            BuurtCode buurt = new BuurtCode(String.format("BU%s%04d", gm.value().substring(2), b + 1));
            SeededTheme t = theme(gm, buurt, "Buurt " + (b + 1), start, 2 * actors, actors);
            ThemeId theme = new ThemeId(t.themeId());
            long seq = t.themeEvents();
            List<ActorId> ids = t.actorIds().stream().map(ActorId::new).toList();
            for (int c = 2; c <= cycles; c++) {
                LocalDate from = start.plusYears(3L * (c - 1));
                write(
                        "Theme",
                        theme.value(),
                        seq++,
                        new ProgrammeCycleStarted(
                                theme,
                                c,
                                new DevelopmentPeriod(from, from.plusYears(3).minusDays(1)),
                                new ThemeName("Buurt " + (b + 1) + ", cyclus " + c),
                                from));
            }
            for (PositionShifted shift : shifts(
                    theme,
                    ids,
                    actors,
                    start.plusYears(3),
                    start.plusYears(3L * cycles).minusDays(2))) {
                write("Theme", theme.value(), seq++, shift);
            }
            for (ActorId a : ids) {
                write(
                        "Actor",
                        a.value(),
                        1,
                        new nl.netwerkregie.events.ActorClassified(
                                a, gm, sectors[random.nextInt(sectors.length)], buurt, start));
            }
        }
        // published for research, as a municipality that takes part in a study is
        write(
                "MunicipalitySettings",
                gm.value(),
                0,
                new nl.netwerkregie.events.ResearchPublicationChanged(gm, true, start));
        flush();
    }

    /**
     * The stelselmatrix of a seeded theme in {@code buurt} with {@code events} events from {@code start},
     * over six years: cells described anew, attention points added, revised and resolved, every cell judged
     * each half year, responsibilities taken and moved toward the household; 10% of each kind recorded
     * back-dated (effective before the previous fact of the matrix). Returns the matrix's id.
     */
    String matrix(SeededTheme t, BuurtCode buurt, LocalDate start, int events) {
        ThemeId theme = new ThemeId(t.themeId());
        String id = nl.netwerkregie.events.MatrixEvent.matrixId(theme, buurt);
        List<ActorId> actors = t.actorIds().stream().map(ActorId::new).toList();
        long seq = 0;
        write(
                "Stelselmatrix",
                id,
                seq++,
                new nl.netwerkregie.events.StelselmatrixSetUp(
                        theme,
                        new nl.netwerkregie.values.MunicipalityCode(t.municipality()),
                        buurt,
                        nl.netwerkregie.values.ChainPosition.STANDARD,
                        start));
        List<nl.netwerkregie.values.ChainPosition> chain = nl.netwerkregie.values.ChainPosition.STANDARD.stream()
                .map(nl.netwerkregie.values.ChainLink::position)
                .toList();
        nl.netwerkregie.values.MatrixElement[] elements = nl.netwerkregie.values.MatrixElement.values();
        List<nl.netwerkregie.values.AttentionPointId> open = new ArrayList<>();
        List<nl.netwerkregie.values.ResponsibilityId> ledger = new ArrayList<>();
        Map<nl.netwerkregie.values.ResponsibilityId, Integer> carrier = new HashMap<>();
        int days = 6 * 365;
        for (long n = 1; n < events; n++) {
            LocalDate date = start.plusDays(1 + n * days / events);
            if (random.nextInt(100) < backdatedPercent) {
                date = date.minusDays(1 + random.nextInt(60));
                if (date.isBefore(start)) {
                    date = start;
                }
            }
            nl.netwerkregie.values.ChainPosition position = chain.get(random.nextInt(chain.size()));
            nl.netwerkregie.values.MatrixElement element = elements[random.nextInt(elements.length)];
            int kind = (int) (n % 10);
            Object event;
            if (kind < 2) {
                event = new nl.netwerkregie.events.CellDescribed(
                        theme,
                        buurt,
                        position,
                        element,
                        new ProgrammeText("Eigen kracht " + n),
                        List.of(nl.netwerkregie.values.NetworkStrategy.BUURTMIX),
                        List.of(),
                        date);
            } else if (kind < 4) {
                nl.netwerkregie.values.AttentionPointId point = new nl.netwerkregie.values.AttentionPointId(uuid());
                open.add(point);
                event = new nl.netwerkregie.events.AttentionPointAdded(
                        theme, buurt, point, position, element, new ProgrammeText("Aandachtspunt " + n), date);
            } else if (kind == 4 && !open.isEmpty()) {
                event = new nl.netwerkregie.events.AttentionPointRevised(
                        theme, buurt, open.get(open.size() - 1), new ProgrammeText("Herzien " + n), date);
            } else if (kind == 5 && !open.isEmpty()) {
                event = new nl.netwerkregie.events.AttentionPointResolved(
                        theme, buurt, open.remove(0), new ProgrammeText("Opgelost"), date);
            } else if (kind < 8) {
                event = new nl.netwerkregie.events.CellJudged(
                        theme,
                        buurt,
                        position,
                        element,
                        nl.netwerkregie.values.MeasurementPeriod.between(
                                date.withDayOfYear(1), date.withDayOfYear(date.lengthOfYear())),
                        1 + random.nextInt(5),
                        1,
                        null,
                        List.of(actors.get(random.nextInt(actors.size()))),
                        date);
            } else if (kind == 8 || ledger.isEmpty()) {
                nl.netwerkregie.values.ResponsibilityId r = new nl.netwerkregie.values.ResponsibilityId(uuid());
                int at = 2 + random.nextInt(chain.size() - 2);
                ledger.add(r);
                carrier.put(r, at);
                event = new nl.netwerkregie.events.ResponsibilityTaken(
                        theme,
                        buurt,
                        r,
                        nl.netwerkregie.values.ResponsibilityKind.TASK,
                        new nl.netwerkregie.values.Label("Taak " + n),
                        chain.get(at),
                        List.of(),
                        date);
            } else {
                nl.netwerkregie.values.ResponsibilityId r = ledger.get(random.nextInt(ledger.size()));
                int from = carrier.get(r);
                int to = from == 0 ? 1 : from - 1;
                carrier.put(r, to);
                event = new nl.netwerkregie.events.ResponsibilityMoved(
                        theme,
                        buurt,
                        r,
                        chain.get(from),
                        chain.get(to),
                        List.of(),
                        new ProgrammeText("Naar de buurt"),
                        date);
            }
            write("Stelselmatrix", id, seq++, event);
        }
        flush();
        return id;
    }

    /**
     * The regieprogramma of a seeded theme: {@code cycles} three-year programme cycles from {@code start},
     * each with its five steps, 30 meeting moments planned and held, a broad conversation of 65 entries,
     * a manifestation with its harvest, step 5 and 10 practice agreements, fixed before the next cycle
     * starts; about 160 events per cycle, appended to the theme's stream.
     */
    SeededTheme programme(SeededTheme t, LocalDate start, int cycles) {
        ThemeId theme = new ThemeId(t.themeId());
        long seq = t.themeEvents();
        List<ActorId> actors = t.actorIds().stream().map(ActorId::new).toList();
        for (int c = 1; c <= cycles; c++) {
            LocalDate from = start.plusYears(3L * (c - 1));
            DevelopmentPeriod period =
                    new DevelopmentPeriod(from, from.plusYears(3).minusDays(1));
            if (c > 1) {
                write(
                        "Theme",
                        theme.value(),
                        seq++,
                        new ProgrammeCycleStarted(theme, c, period, new ThemeName("Cyclus " + c), from));
            }
            int[] stepDays = {7, 60, 120, 400, 800};
            for (CycleStep step : CycleStep.values()) {
                write(
                        "Theme",
                        theme.value(),
                        seq++,
                        new CycleStepStarted(theme, c, step, from.plusDays(stepDays[step.number() - 1])));
            }
            write(
                    "Theme",
                    theme.value(),
                    seq++,
                    new StepInstrumentUsed(
                            theme,
                            c,
                            CycleStep.ORDER_RELATIONS,
                            Instrument.NETWORK_ANALYSIS,
                            PatternPart.ENTERPRISING_NETWORK,
                            from.plusDays(61)));
            for (int m = 0; m < 30; m++) {
                MeetingId id = new MeetingId(uuid());
                LocalDate date = from.plusDays(30 + 33L * m);
                write(
                        "Theme",
                        theme.value(),
                        seq++,
                        new MeetingMomentPlanned(
                                theme,
                                c,
                                id,
                                date,
                                new Place("Buurthuis"),
                                date.minusDays(21),
                                new ProgrammeText("Netwerkoverleg " + (m + 1)),
                                actors.subList(0, Math.min(10, actors.size())),
                                date.minusDays(28)));
                write(
                        "Theme",
                        theme.value(),
                        seq++,
                        new MeetingMomentHeld(
                                theme,
                                c,
                                id,
                                actors.subList(0, Math.min(6, actors.size())),
                                new ProgrammeText("Afspraken genoteerd"),
                                date));
            }
            for (int k = 0; k < 65; k++) {
                LocalDate date = from.plusDays(121 + 4L * k);
                Object entry = k % 13 == 0
                        ? new ConversationMethodUsed(
                                theme, c, ConversationMethod.INTERVIEWS, new ProgrammeText("Portretten " + k), date)
                        : k % 3 == 0
                                ? new ConversationMediumUsed(
                                        theme,
                                        c,
                                        ConversationMedium.LOCAL_PAPER,
                                        new ProgrammeText("Artikel " + k),
                                        null,
                                        date)
                                : new RemarkHeard(
                                        theme,
                                        c,
                                        new ProgrammeText("Uitspraak " + k),
                                        null,
                                        actors.get(k % actors.size()),
                                        date);
                write("Theme", theme.value(), seq++, entry);
            }
            write(
                    "Theme",
                    theme.value(),
                    seq++,
                    new ManifestationHeld(
                            theme,
                            c,
                            new Place("Dorpsplein"),
                            actors.subList(0, Math.min(20, actors.size())),
                            from.plusDays(500)));
            for (int h = 0; h < 3; h++) {
                write(
                        "Theme",
                        theme.value(),
                        seq++,
                        new ManifestationHarvestRecorded(
                                theme,
                                c,
                                List.of(
                                        new HarvestItem(HarvestItemKind.INITIATIVE, "Initiatief " + h),
                                        new HarvestItem(HarvestItemKind.EXAMPLE, "Voorbeeld " + h)),
                                from.plusDays(500 + h)));
            }
            for (CapacityQuestion q : CapacityQuestion.values()) {
                write(
                        "Theme",
                        theme.value(),
                        seq++,
                        new CapacityAssessed(theme, c, q, new ProgrammeText("Antwoord"), from.plusDays(820)));
            }
            for (int f = 0; f < 3; f++) {
                write(
                        "Theme",
                        theme.value(),
                        seq++,
                        new FacilityNeeded(
                                theme,
                                c,
                                new ProgrammeText("Voorziening " + f),
                                new ProgrammeText("Middelen"),
                                from.plusDays(830 + f)));
                write(
                        "Theme",
                        theme.value(),
                        seq++,
                        new ProviderAgreementPrepared(
                                theme,
                                c,
                                actors.get(f % actors.size()),
                                new ProgrammeText("Afspraak"),
                                from.plusDays(840 + f)));
            }
            write(
                    "Theme",
                    theme.value(),
                    seq++,
                    new GovernmentAlignmentRecorded(theme, c, new ProgrammeText("Afgestemd"), from.plusDays(850)));
            for (int a = 0; a < 10; a++) {
                write(
                        "Theme",
                        theme.value(),
                        seq++,
                        new PracticeAgreementMade(
                                theme,
                                c,
                                new AgreementId(uuid()),
                                actors.get(a % actors.size()),
                                new ProgrammeText("Praktijkafspraak " + a),
                                new AgreementPeriod(
                                        period.end().plusDays(1), period.end().plusYears(2)),
                                from.plusDays(900 + a)));
            }
            write("Theme", theme.value(), seq++, new PracticeAgreementsFixed(theme, c, from.plusDays(1000)));
        }
        flush();
        return new SeededTheme(t.municipality(), t.themeId(), t.actorIds(), (int) seq);
    }

    /** Shifts valid in effective-date order, then recorded with a share moved later (back-dated). */
    private List<PositionShifted> shifts(ThemeId theme, List<ActorId> actors, int count, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        Map<ActorId, EnumSet<Position>> held = new HashMap<>();
        List<PositionShifted> chronological = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ActorId actor = actors.get(random.nextInt(actors.size()));
            EnumSet<Position> h = held.computeIfAbsent(actor, a -> EnumSet.noneOf(Position.class));
            Set<Position> take = EnumSet.noneOf(Position.class);
            Set<Position> leave = EnumSet.noneOf(Position.class);
            if (!h.isEmpty() && (h.size() == POSITIONS.length || random.nextInt(100) < 40)) {
                leave.add(pick(h));
            }
            if (leave.isEmpty() || random.nextBoolean()) {
                EnumSet<Position> free = EnumSet.complementOf(h);
                free.removeAll(leave);
                if (!free.isEmpty()) {
                    take.add(pick(free));
                }
            }
            h.removeAll(leave);
            h.addAll(take);
            LocalDate date = from.plusDays(days * i / Math.max(1, count));
            chronological.add(new PositionShifted(theme, actor, take, leave, date));
        }
        // recording order: most in date order, a share recorded up to 500 shifts later than its date says
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = (long) i * 1_000
                    + (random.nextInt(100) < backdatedPercent ? (1 + random.nextInt(500)) * 1_000L + 1 : 0);
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        List<PositionShifted> recorded = new ArrayList<>(count);
        for (Integer i : order) {
            recorded.add(chronological.get(i));
        }
        return recorded;
    }

    private <T> T pick(Set<T> values) {
        int n = random.nextInt(values.size());
        for (T v : values) {
            if (n-- == 0) {
                return v;
            }
        }
        throw new IllegalStateException();
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** The name the services store the event under. */
    private static String storedName(Object payload) {
        return nl.netwerkregie.events.EventTypes.nameOf(payload.getClass()).orElseThrow();
    }

    private void write(String type, String aggregateId, long seq, Object payload) {
        try {
            Revision revision = payload.getClass().getAnnotation(Revision.class);
            if (log.globalSequence()) {
                if (nextPosition < 0) {
                    nextPosition = log.nextPosition();
                }
                Document commit = EventCommits.commit(
                        nextPosition++,
                        type,
                        aggregateId,
                        List.of(new EventCommits.StoredEvent(
                                seq,
                                uuid(),
                                nextTimestamp(),
                                storedName(payload),
                                revision == null ? null : revision.value(),
                                json.writeValueAsString(payload),
                                META_DATA)),
                        seq == 0 ? null : chainHead(aggregateId, seq - 1));
                chainHeads.put(aggregateId, commit.getString(EventCommits.HASH));
                pending.add(commit);
            } else {
                pending.add(new Document("aggregateIdentifier", aggregateId)
                        .append("type", type)
                        .append("sequenceNumber", seq)
                        .append("serializedPayload", json.writeValueAsString(payload))
                        .append("timestamp", nextTimestamp().toString())
                        .append("payloadType", storedName(payload))
                        .append("payloadRevision", revision == null ? null : revision.value())
                        .append("serializedMetaData", META_DATA)
                        .append("eventIdentifier", uuid()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** The hash after event {@code seq} of the aggregate: written by this seeder, or else read from the store. */
    private String chainHead(String aggregateId, long seq) {
        String known = chainHeads.get(aggregateId);
        if (known != null) {
            return known;
        }
        flush();
        Document previous = events.find(
                        new Document(EventCommits.LAST_KEY, EventCommits.aggregateKey(aggregateId, seq)))
                .projection(new Document(EventCommits.HASH, 1))
                .first();
        return previous == null ? null : previous.getString(EventCommits.HASH);
    }

    private Instant nextTimestamp() {
        clock = clock.plusMillis(5);
        return clock;
    }

    private void flush() {
        if (!pending.isEmpty()) {
            events.insertMany(new ArrayList<>(pending));
            if (log.globalSequence()) {
                log.setNextPosition(nextPosition);
            }
            written += pending.size();
            pending.clear();
            if (progress != null) {
                progress.update(written);
            }
        }
    }
}
