package nl.netwerkregie.query.actor;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.events.ActorClassified;
import nl.netwerkregie.events.ActorRegistered;
import nl.netwerkregie.events.PersonalDataErased;
import nl.netwerkregie.events.PersonalDataRectified;
import nl.netwerkregie.platform.personaldata.PersonalData;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.query.projection.BatchedDocuments;
import nl.netwerkregie.query.projection.ViewFamily;
import nl.netwerkregie.query.projection.Views;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.SealedPersonalData;
import nl.netwerkregie.values.Sector;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The actors of every municipality: collection {@code actors}, {@code _id} = actor id, index on
 * {@code municipality}. Personal data stays sealed here exactly as in the event; it is opened only
 * when a view is served, so erasing the key erases it from this view too.
 *
 * <p>An actor's document changes only on a rectification or an erasure, which both count in the document
 * {@code #changes}; reads keep the documents they fetched in memory, per view generation and count of
 * changes (one key lookup per read), up to {@code netwerkregie.views.actor-cache-size}; only the sealed
 * form is kept, and it is opened on every read, and only for a caller who may see personal data.
 */
@Component
@ProcessingGroup(ActorProjection.GROUP)
public class ActorProjection {
    public static final String GROUP = "actors";
    public static final String COLLECTION = "actors";
    /** The document counting rectifications and erasures; not an actor. */
    static final String CHANGES = "#changes";
    /** The events that change an actor's document after its registration. */
    private static final java.util.Set<Class<?>> CHANGE_EVENTS =
            java.util.Set.of(ActorClassified.class, PersonalDataRectified.class, PersonalDataErased.class);

    private final java.util.function.Supplier<MongoCollection<Document>> actors;
    /** The actor documents, written once per unit of work (the events of one actor are handled in order). */
    private final BatchedDocuments<Document> documents;
    /** Changes counted in this unit of work, added to {@link #CHANGES} after the documents they concern. */
    private final BatchedDocuments<Long> changes;

    private final PersonalDataVault vault;
    private final Views views;
    private final int cacheSize;
    /**
     * Actor documents by id, each with the generation and count of changes it was read at. Read without a lock: a
     * network of 5,000 actors looks each of them up on every read, and an access-ordered map (least recently used
     * first out) made every lookup a write under one lock, a tenth of the time of the shifts between two dates. Past
     * its bound a random quarter of the entries goes ({@link #forgetSome}).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Known> known =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * An actor document as read, with its summary when that is the same for every reader: an actor without
     * personal data (an organisation, or a person whose data was erased) shows the same to all.
     */
    private record Known(String generation, Document document, ActorSummary forEveryReader) {
        static Known of(String generation, Document d) {
            ActorSummary same = null;
            if (d.get("personalData") == null) {
                ActorType type = ActorType.valueOf(d.getString("type"));
                same = new ActorSummary(
                        d.getString("_id"),
                        type,
                        type == ActorType.ORGANISATION ? d.getString("organisationName") : null,
                        d.get("erasedOn") != null,
                        false,
                        classifications(d));
            }
            return new Known(generation, d, same);
        }
    }

    ActorProjection(Views views, PersonalDataVault vault, nl.netwerkregie.query.projection.ViewSettings settings) {
        this.actors = views.collection(GROUP, COLLECTION, Indexes.ascending("municipality"));
        this.documents = new BatchedDocuments<Document>(actors, d -> d, d -> d).prefetching(m -> {
            Object e = CHANGE_EVENTS.contains(m.getPayloadType()) ? m.getPayload() : null;
            return e instanceof ActorClassified c
                    ? c.actorId().value()
                    : e instanceof PersonalDataRectified r
                            ? r.actorId().value()
                            : e instanceof PersonalDataErased x ? x.actorId().value() : null;
        });
        this.changes = new BatchedDocuments<>(
                actors,
                d -> d.get("count", Number.class).longValue(),
                n -> new Document("count", n),
                1,
                (id, d) -> new UpdateOneModel<>(
                        Filters.eq("_id", id),
                        Updates.inc("count", d.get("count", Number.class)),
                        new UpdateOptions().upsert(true)));
        this.vault = vault;
        this.views = views;
        this.cacheSize = settings.actorCacheSize();
    }

    /**
     * An actor as shown in views; {@code name} is {@code null} when the person's data was erased
     * ({@code erased}) or when the caller may not see personal data ({@code withheld}).
     */
    public record ActorSummary(
            String actorId,
            ActorType type,
            String name,
            boolean erased,
            boolean withheld,
            List<Classification> classifications) {
        /** The classification in force on {@code date}, if any. */
        public java.util.Optional<Classification> classificationOn(LocalDate date) {
            return Classification.on(classifications, date);
        }
    }

    /** From {@code date} the actor belongs to {@code sector} and {@code buurt} ({@code null}: none in particular). */
    public record Classification(LocalDate date, long seq, Sector sector, String buurt) {
        /** The classification in force on {@code date}: the latest effective by then, the later recorded of one day. */
        public static java.util.Optional<Classification> on(List<Classification> all, LocalDate date) {
            Classification best = null;
            for (Classification c : all) {
                if (!c.date().isAfter(date)
                        && (best == null
                                || c.date().isAfter(best.date())
                                || (c.date().equals(best.date()) && c.seq() > best.seq()))) {
                    best = c;
                }
            }
            return java.util.Optional.ofNullable(best);
        }
    }

    /**
     * Appended, never rewritten: every classification keeps its recording sequence, so a back-dated one takes its
     * place in time and a redelivered one is not added twice.
     */
    @EventHandler
    void on(ActorClassified e, @SequenceNumber long seq) {
        documents.find(e.actorId().value()).ifPresent(actor -> {
            List<Document> all = new ArrayList<>(actor.getList("classifications", Document.class, List.of()));
            if (all.stream().noneMatch(c -> c.get("seq", Number.class).longValue() == seq)) {
                all.add(new Document("date", e.effectiveDate().toString())
                        .append("seq", seq)
                        .append("sector", e.sector().name())
                        .append("buurt", e.buurt() == null ? null : e.buurt().value()));
                actor.put("classifications", all);
                documents.save(e.actorId().value(), actor);
            }
        });
        changed();
    }

    private static List<Classification> classifications(Document d) {
        List<Document> all = d.getList("classifications", Document.class, List.of());
        List<Classification> out = new ArrayList<>(all.size());
        for (Document c : all) {
            out.add(new Classification(
                    LocalDate.parse(c.getString("date")),
                    c.get("seq", Number.class).longValue(),
                    Sector.valueOf(c.getString("sector")),
                    c.getString("buurt")));
        }
        out.sort(java.util.Comparator.comparing(Classification::date).thenComparingLong(Classification::seq));
        return List.copyOf(out);
    }

    /**
     * The actors of {@code municipality} among {@code actorIds} without opening any personal data: type and
     * classifications only, for views that never show names (research).
     */
    public Map<String, ActorSummary> findWithoutNames(String municipality, Collection<String> actorIds) {
        Map<String, ActorSummary> out = new HashMap<>();
        if (actorIds.isEmpty()) {
            return out;
        }
        for (Document d : documents(actorIds)) {
            if (municipality.equals(d.getString("municipality"))) {
                String id = d.getString("_id");
                out.put(
                        id,
                        new ActorSummary(
                                id,
                                ActorType.valueOf(d.getString("type")),
                                null,
                                d.get("erasedOn") != null,
                                true,
                                classifications(d)));
            }
        }
        return out;
    }

    @EventHandler
    void on(PersonalDataRectified e) {
        documents.find(e.actorId().value()).ifPresent(actor -> {
            actor.put(
                    "personalData",
                    new Document("keyId", e.personalData().keyId())
                            .append("algorithm", e.personalData().algorithm())
                            .append("ciphertext", e.personalData().ciphertext()));
            documents.save(e.actorId().value(), actor);
        });
        changed();
    }

    /**
     * The key is destroyed by the command already; destroying it again here (idempotent) makes sure that keys
     * restored from a backup older than the erasure are destroyed again when the views are rebuilt.
     */
    @EventHandler
    void on(PersonalDataErased e) {
        java.util.Optional<Document> actor = documents.find(e.actorId().value());
        Document sealed = actor.map(a -> a.get("personalData", Document.class)).orElse(null);
        vault.erase(
                sealed == null ? e.actorId().value() : sealed.getString("keyId"),
                e.municipality().value());
        actor.ifPresent(a -> {
            a.put("erasedOn", e.effectiveDate().toString());
            documents.save(e.actorId().value(), a);
        });
        changed();
    }

    /** How many rectifications, erasures and classifications the view has taken in: changes with each of them. */
    public long changes() {
        Document changes = actors.get().find(Filters.eq("_id", CHANGES)).first();
        return changes == null ? 0L : changes.get("count", Number.class).longValue();
    }

    /**
     * Counts changes to written actor documents, so every instance drops the documents it keeps in memory: one
     * {@code $inc} per unit of work, written after the actor documents it covers.
     */
    private void changed() {
        changes.save(CHANGES, changes.unwritten(CHANGES).orElse(0L) + 1);
    }

    @EventHandler
    void on(ActorRegistered e) {
        Document d = new Document("_id", e.actorId().value())
                .append("municipality", e.municipality().value())
                .append("type", e.type().name())
                .append("organisationName", e.organisationName())
                .append("registeredOn", e.effectiveDate().toString());
        if (e.personalData() != null) {
            d.append(
                    "personalData",
                    new Document("keyId", e.personalData().keyId())
                            .append("algorithm", e.personalData().algorithm())
                            .append("ciphertext", e.personalData().ciphertext()));
        }
        documents.save(e.actorId().value(), d);
    }

    /** The actors family answers no endpoint of its own: the network views read it. */
    @org.springframework.context.annotation.Bean
    static ViewFamily actorsFamily() {
        return new ViewFamily(GROUP, java.util.List.of());
    }

    @ResetHandler
    void reset() {
        actors.get().deleteMany(new Document());
    }

    /** The actor documents of these ids that exist: from memory where read before in this generation, the rest in one {@code $in}. */
    private List<Document> documents(Collection<String> actorIds) {
        return read(actorIds).stream().map(Known::document).toList();
    }

    private List<Known> read(Collection<String> actorIds) {
        Document changes = actors.get().find(Filters.eq("_id", CHANGES)).first();
        String generation = views.readGeneration(GROUP) + ":"
                + (changes == null ? 0L : changes.get("count", Number.class).longValue());
        List<Known> docs = new ArrayList<>(actorIds.size());
        List<String> missing = new ArrayList<>();
        for (String id : actorIds instanceof java.util.Set<?> ? actorIds : new java.util.LinkedHashSet<>(actorIds)) {
            Known k = known.get(id);
            if (k == null || !k.generation().equals(generation)) {
                missing.add(id);
            } else {
                docs.add(k);
            }
        }
        if (!missing.isEmpty()) {
            List<Known> fetched = new ArrayList<>(missing.size());
            for (Document d : actors.get().find(Filters.in("_id", missing))) {
                fetched.add(Known.of(generation, d));
            }
            docs.addAll(fetched);
            if (cacheSize > 0) {
                fetched.forEach(k -> known.put(k.document().getString("_id"), k));
                if (known.size() > cacheSize) {
                    forgetSome();
                }
            }
        }
        return docs;
    }

    /** How many actor documents this instance keeps. */
    int kept() {
        return known.size();
    }

    /**
     * Forgets about a quarter of the kept actors, each by chance, so that the cache stays within its bound: a pass over
     * the map once per quarter of the bound in new entries, and no order of use to keep up on every read. An actor
     * forgotten is read again from the store when next needed.
     */
    private void forgetSome() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        known.keySet().removeIf(id -> random.nextInt(4) == 0);
        while (known.size() > cacheSize) { // a small bound can still be over after one pass
            known.keySet().removeIf(id -> random.nextInt(4) == 0);
        }
    }

    /** An actor as research exports see it: never a name or contact detail. */
    public record ActorRecord(
            String actorId,
            ActorType type,
            LocalDate registeredOn,
            boolean erased,
            List<Classification> classifications) {}

    /** Every actor of {@code municipality}, in id order, streamed from the store a batch at a time. */
    public void forEachOf(String municipality, java.util.function.Consumer<ActorRecord> each) {
        for (Document d : actors.get()
                .find(Filters.eq("municipality", municipality))
                .sort(new Document("_id", 1))
                .batchSize(1000)) {
            each.accept(new ActorRecord(
                    d.getString("_id"),
                    ActorType.valueOf(d.getString("type")),
                    LocalDate.parse(d.getString("registeredOn")),
                    d.get("erasedOn") != null,
                    classifications(d)));
        }
    }

    /**
     * The ids of the actors of {@code municipality} whose name contains {@code text} (ignoring case): an
     * organisation's public name always, a person's name only when {@code persons} (the caller may see personal
     * data). A person's name is opened here only to compare it and is never returned, so this is not logged as an
     * access; the persons a caller is then shown are opened again, and logged, when their names are served.
     */
    public java.util.Set<String> withNameContaining(String municipality, String text, boolean persons) {
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        java.util.Set<String> out = new java.util.HashSet<>();
        Map<String, SealedPersonalData> sealed = new HashMap<>();
        for (Document d : actors.get().find(Filters.eq("municipality", municipality))) {
            String name = d.getString("organisationName");
            if (name != null && name.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                out.add(d.getString("_id"));
            }
            Document p = d.get("personalData", Document.class);
            if (persons && p != null && "PERSON".equals(d.getString("type"))) {
                sealed.put(
                        d.getString("_id"),
                        new SealedPersonalData(
                                p.getString("keyId"), p.getString("algorithm"), p.getString("ciphertext")));
            }
        }
        if (!sealed.isEmpty()) {
            Map<String, PersonalData> opened = vault.openAll(sealed.values());
            sealed.forEach((id, value) -> {
                PersonalData data = opened.get(value.keyId());
                if (data != null
                        && data.name() != null
                        && data.name().toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                    out.add(id);
                }
            });
        }
        return out;
    }

    /** An actor's document as stored: its personal data still sealed. */
    public record StoredActor(
            String actorId,
            String municipality,
            ActorType type,
            String organisationName,
            SealedPersonalData personalData,
            String registeredOn,
            String erasedOn) {}

    /** The actor of {@code municipality} with this id, read from the store (not from memory). */
    public java.util.Optional<StoredActor> stored(String municipality, String actorId) {
        Document d = actors.get().find(Filters.eq("_id", actorId)).first();
        if (d == null || !municipality.equals(d.getString("municipality"))) {
            return java.util.Optional.empty();
        }
        Document p = d.get("personalData", Document.class);
        return java.util.Optional.of(new StoredActor(
                actorId,
                municipality,
                ActorType.valueOf(d.getString("type")),
                d.getString("organisationName"),
                p == null
                        ? null
                        : new SealedPersonalData(
                                p.getString("keyId"), p.getString("algorithm"), p.getString("ciphertext")),
                d.getString("registeredOn"),
                d.getString("erasedOn")));
    }

    /** The actors of {@code municipality} among {@code actorIds}, by id; unknown ids are absent. */
    public Map<String, ActorSummary> find(String municipality, Collection<String> actorIds) {
        Map<String, ActorSummary> out = new HashMap<>(actorIds.size() * 4 / 3 + 1);
        if (actorIds.isEmpty()) {
            return out;
        }
        List<Document> docs = new ArrayList<>();
        for (Known k : read(actorIds)) {
            // only this municipality's actors are opened: another municipality's sealed data is never decrypted here
            if (!municipality.equals(k.document().getString("municipality"))) {
                continue;
            }
            if (k.forEveryReader() != null) {
                out.put(k.forEveryReader().actorId(), k.forEveryReader());
            } else {
                docs.add(k.document());
            }
        }
        if (docs.isEmpty()) {
            return out;
        }
        List<SealedPersonalData> sealed = new ArrayList<>();
        for (Document d : docs) {
            Document p = d.get("personalData", Document.class);
            if (p != null) {
                sealed.add(new SealedPersonalData(
                        p.getString("keyId"), p.getString("algorithm"), p.getString("ciphertext")));
            }
        }
        PersonalDataVault.Opened opening = vault.openForReader(municipality, sealed);
        Map<String, PersonalData> opened = opening.byKey();
        for (Document d : docs) {
            String id = d.getString("_id");
            ActorType type = ActorType.valueOf(d.getString("type"));
            Document p = d.get("personalData", Document.class);
            PersonalData data = p == null ? null : opened.get(p.getString("keyId"));
            String name = type == ActorType.ORGANISATION
                    ? d.getString("organisationName")
                    : data == null ? null : data.name();
            boolean withheld = p != null && opening.withheld() && type == ActorType.PERSON;
            boolean erased = d.get("erasedOn") != null || (p != null && data == null && !opening.withheld());
            out.put(id, new ActorSummary(id, type, name, erased, withheld, classifications(d)));
        }
        return out;
    }
}
