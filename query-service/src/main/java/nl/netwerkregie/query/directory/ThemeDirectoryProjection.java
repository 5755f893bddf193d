package nl.netwerkregie.query.directory;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.netwerkregie.events.ThemeBuurtenChanged;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.query.projection.BatchedDocuments;
import nl.netwerkregie.query.projection.ViewFamily;
import nl.netwerkregie.query.projection.Views;
import nl.netwerkregie.values.BuurtCode;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Which themes a municipality and a buurt have. Collections: {@code theme_summaries}
 * ({@code _id} = theme id, with every dated name and buurten change), {@code municipality_themes}
 * ({@code _id} = municipality code, {@code themeIds}) and {@code buurt_themes} ({@code _id} = buurt
 * code, {@code themeIds} of the themes currently running there). A list is two or three lookups by
 * {@code _id}. Themes of one municipality may be handled by different segments at once, so the
 * shared lists change only through atomic {@code $addToSet}/{@code $pull}; a unit of work sends them
 * together, before the summaries it changed. Every handler first
 * checks the summary's {@code lastSequence}: a redelivered event changes neither the summary nor the
 * shared lists (otherwise a redelivered {@code ThemeNamed} would put the theme back into a buurt it
 * has since left).
 */
@Component
@ProcessingGroup(ThemeDirectoryProjection.GROUP)
public class ThemeDirectoryProjection {
    public static final String GROUP = "directory";
    private static final Set<Class<?>> DIRECTORY_EVENTS =
            Set.of(ThemeNamed.class, ThemeRenamed.class, ThemeBuurtenChanged.class);
    private final java.util.function.Supplier<MongoCollection<Document>> summaries;
    private final java.util.function.Supplier<MongoCollection<Document>> municipalities;
    private final java.util.function.Supplier<MongoCollection<Document>> buurten;
    /** The summaries, written once per unit of work, after the shared lists. */
    private final BatchedDocuments<Document> summaryDocuments;
    /** The shared lists' atomic updates, sent together when the unit of work commits. */
    private final BatchedDocuments<Document> municipalityLists;

    private final BatchedDocuments<Document> buurtLists;

    ThemeDirectoryProjection(Views views) {
        this.summaries = views.collection(GROUP, "theme_summaries", Indexes.ascending("municipality"));
        this.municipalities = views.collection(GROUP, "municipality_themes");
        this.buurten = views.collection(GROUP, "buurt_themes");
        this.summaryDocuments = new BatchedDocuments<Document>(summaries, d -> d, d -> d, 1)
                .prefetching(m -> DIRECTORY_EVENTS.contains(m.getPayloadType())
                        ? ((nl.netwerkregie.events.ThemeEvent) m.getPayload())
                                .themeId()
                                .value()
                        : null);
        this.municipalityLists = new BatchedDocuments<>(municipalities, d -> d, d -> d);
        this.buurtLists = new BatchedDocuments<>(buurten, d -> d, d -> d);
    }

    @EventHandler
    void on(ThemeNamed e, @SequenceNumber long seq) {
        String id = e.themeId().value();
        Document existing = summaryDocuments.find(id).orElse(null);
        if (existing != null && seq <= lastSequence(existing)) {
            return; // a redelivery: the buurt lists were synced when it was first applied
        }
        // the shared lists first, the summary (with its lastSequence) last: a crash in between redoes both
        municipalityLists.enqueue(new UpdateOneModel<>(
                Filters.eq("_id", e.municipality().value()),
                Updates.combine(
                        Updates.set("municipality", e.municipality().value()), Updates.addToSet("themeIds", id)),
                new UpdateOptions().upsert(true)));
        syncBuurten(id, e.municipality().value(), Set.of(), new HashSet<>(codes(e.buurten())));
        summaryDocuments.save(
                id,
                new Document("_id", id)
                        .append("municipality", e.municipality().value())
                        .append("namedOn", e.effectiveDate().toString())
                        .append(
                                "developmentStart",
                                e.developmentPeriod().start().toString())
                        .append("developmentEnd", e.developmentPeriod().end().toString())
                        .append(
                                "names",
                                List.of(dated(e.effectiveDate(), seq, e.name().value())))
                        .append("buurten", List.of(dated(e.effectiveDate(), seq, codes(e.buurten()))))
                        .append("lastSequence", seq));
    }

    @EventHandler
    void on(ThemeRenamed e, @SequenceNumber long seq) {
        Document s = summaryDocuments.find(e.themeId().value()).orElse(null);
        if (s == null || seq <= lastSequence(s)) {
            return;
        }
        List<Document> names = new ArrayList<>(s.getList("names", Document.class));
        names.add(dated(e.effectiveDate(), seq, e.name().value()));
        s.put("names", names);
        s.put("lastSequence", seq);
        summaryDocuments.save(e.themeId().value(), s);
    }

    @EventHandler
    void on(ThemeBuurtenChanged e, @SequenceNumber long seq) {
        Document s = summaryDocuments.find(e.themeId().value()).orElse(null);
        if (s == null || seq <= lastSequence(s)) {
            return;
        }
        Set<String> before = new HashSet<>(current(s, "buurten", List.class).orElse(List.of()));
        List<Document> changes = new ArrayList<>(s.getList("buurten", Document.class));
        changes.add(dated(e.effectiveDate(), seq, codes(e.buurten())));
        Set<String> after = new HashSet<>(
                current(new Document("buurten", changes), "buurten", List.class).orElse(List.of()));
        syncBuurten(e.themeId().value(), s.getString("municipality"), before, after);
        s.put("buurten", changes);
        s.put("lastSequence", seq);
        summaryDocuments.save(e.themeId().value(), s);
    }

    @org.springframework.context.annotation.Bean
    static ViewFamily directoryFamily() {
        return new ViewFamily(
                GROUP,
                java.util.List.of(
                        "/v1/municipalities/{municipality}/themes",
                        "/v1/municipalities/{municipality}/buurten/{buurt}/themes"));
    }

    @ResetHandler
    void reset() {
        summaries.get().deleteMany(new Document());
        municipalities.get().deleteMany(new Document());
        buurten.get().deleteMany(new Document());
    }

    public List<String> themeIdsOfMunicipality(String municipality) {
        return ids(municipalities.get().find(Filters.eq("_id", municipality)).first());
    }

    public List<String> themeIdsOfBuurt(String buurt) {
        return ids(buurten.get().find(Filters.eq("_id", buurt)).first());
    }

    /** The summaries of these themes in {@code municipality}, ordered by name. */
    @SuppressWarnings("unchecked")
    public List<ThemeSummary> summaries(String municipality, List<String> themeIds) {
        List<ThemeSummary> out = new ArrayList<>();
        if (themeIds.isEmpty()) {
            return out;
        }
        for (Document d : summaries.get().find(Filters.in("_id", themeIds))) {
            if (!municipality.equals(d.getString("municipality"))) {
                continue;
            }
            out.add(new ThemeSummary(
                    d.getString("_id"),
                    municipality,
                    current(d, "names", String.class).orElse(null),
                    (List<String>) current(d, "buurten", List.class).orElse(List.of()),
                    LocalDate.parse(d.getString("namedOn")),
                    LocalDate.parse(d.getString("developmentStart")),
                    LocalDate.parse(d.getString("developmentEnd"))));
        }
        out.sort(Comparator.comparing(ThemeSummary::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(ThemeSummary::themeId));
        return out;
    }

    private void syncBuurten(String themeId, String municipality, Set<String> before, Set<String> after) {
        for (String b : before) {
            if (!after.contains(b)) {
                buurtLists.enqueue(new UpdateOneModel<>(Filters.eq("_id", b), Updates.pull("themeIds", themeId)));
            }
        }
        for (String b : after) {
            buurtLists.enqueue(new UpdateOneModel<>(
                    Filters.eq("_id", b),
                    Updates.combine(Updates.set("municipality", municipality), Updates.addToSet("themeIds", themeId)),
                    new UpdateOptions().upsert(true)));
        }
    }

    /** The value of the latest change (by effective date, then sequence) in the dated list {@code field}. */
    private static <T> Optional<T> current(Document summary, String field, Class<T> type) {
        return summary.getList(field, Document.class).stream()
                .max(Comparator.comparing((Document d) -> d.getString("date"))
                        .thenComparingLong(d -> ((Number) d.get("seq")).longValue()))
                .map(d -> d.get("value", type));
    }

    private static Document dated(LocalDate date, long seq, Object value) {
        return new Document("date", date.toString()).append("seq", seq).append("value", value);
    }

    private static long lastSequence(Document d) {
        return ((Number) d.get("lastSequence")).longValue();
    }

    private static List<String> codes(List<BuurtCode> codes) {
        return codes.stream().map(BuurtCode::value).toList();
    }

    private static List<String> ids(Document d) {
        return d == null ? List.of() : d.getList("themeIds", String.class);
    }
}
