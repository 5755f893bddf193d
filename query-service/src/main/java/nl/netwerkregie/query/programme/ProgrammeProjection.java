package nl.netwerkregie.query.programme;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.netwerkregie.events.CapacityAssessed;
import nl.netwerkregie.events.ConversationMediumUsed;
import nl.netwerkregie.events.ConversationMethodUsed;
import nl.netwerkregie.events.CycleStepStarted;
import nl.netwerkregie.events.DevelopmentPeriodCorrected;
import nl.netwerkregie.events.EventTypes;
import nl.netwerkregie.events.FacilityNeeded;
import nl.netwerkregie.events.GovernmentAlignmentRecorded;
import nl.netwerkregie.events.ManifestationHarvestRecorded;
import nl.netwerkregie.events.ManifestationHeld;
import nl.netwerkregie.events.MeetingMomentHeld;
import nl.netwerkregie.events.MeetingMomentPlanned;
import nl.netwerkregie.events.PracticeAgreementMade;
import nl.netwerkregie.events.PracticeAgreementsFixed;
import nl.netwerkregie.events.ProgrammeCycleClosed;
import nl.netwerkregie.events.ProgrammeCycleStarted;
import nl.netwerkregie.events.ProviderAgreementPrepared;
import nl.netwerkregie.events.RemarkHeard;
import nl.netwerkregie.events.StepInstrumentUsed;
import nl.netwerkregie.events.ThemeAligned;
import nl.netwerkregie.events.ThemeAlignmentEnded;
import nl.netwerkregie.events.ThemeEvent;
import nl.netwerkregie.events.ThemeLetGo;
import nl.netwerkregie.events.ThemeNamed;
import nl.netwerkregie.events.ThemeRecurrenceChanged;
import nl.netwerkregie.events.ThemeRenamed;
import nl.netwerkregie.query.projection.BatchedDocuments;
import nl.netwerkregie.query.projection.ViewFamily;
import nl.netwerkregie.query.projection.Views;
import nl.netwerkregie.values.StoredForm;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The regieprogramma of every theme, the view family {@code programme}. Collection
 * {@code theme_programmes}: one document per theme ({@code _id} = theme id) with its municipality, the
 * sequence number of the last event applied and the programme's facts, appended in recording order,
 * each with its sequence number, event type, effective date and payload. Nothing is rewritten in place,
 * so a back-dated fact is one more entry, a redelivered event (sequence not above {@code lastSequence})
 * changes nothing, and a later bitemporal read has the recording order it needs. A read on a date is one
 * lookup by {@code _id} and a fold of the facts dated on or before it ({@link ProgrammeViews}): a
 * programme has tens to hundreds of facts, however many events the theme's network has.
 */
@Component
@ProcessingGroup(ProgrammeProjection.GROUP)
public class ProgrammeProjection {
    public static final String GROUP = "programme";
    public static final String COLLECTION = "theme_programmes";

    /** The events a programme is made of; every other theme event is passed over. */
    static final Set<Class<?>> FACTS = Set.of(
            ThemeNamed.class,
            ThemeRenamed.class,
            ProgrammeCycleStarted.class,
            DevelopmentPeriodCorrected.class,
            CycleStepStarted.class,
            StepInstrumentUsed.class,
            ConversationMediumUsed.class,
            RemarkHeard.class,
            ConversationMethodUsed.class,
            MeetingMomentPlanned.class,
            MeetingMomentHeld.class,
            ManifestationHeld.class,
            ManifestationHarvestRecorded.class,
            CapacityAssessed.class,
            FacilityNeeded.class,
            GovernmentAlignmentRecorded.class,
            ProviderAgreementPrepared.class,
            PracticeAgreementMade.class,
            PracticeAgreementsFixed.class,
            ProgrammeCycleClosed.class,
            ThemeLetGo.class,
            ThemeAligned.class,
            ThemeAlignmentEnded.class,
            ThemeRecurrenceChanged.class);

    /** Programmes read back, by generation and theme; an entry is used only while its last sequence is current. */
    private static final int CACHED_PROGRAMMES = 500;

    private final Supplier<MongoCollection<Document>> programmes;
    private final BatchedDocuments<Document> documents;
    private final ObjectMapper json;
    private final Views views;
    private final Map<String, StoredProgramme> read =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, StoredProgramme> eldest) {
                    return size() > CACHED_PROGRAMMES;
                }
            });

    ProgrammeProjection(Views views, ObjectMapper json) {
        this.programmes = views.collection(GROUP, COLLECTION);
        this.documents = new BatchedDocuments<>(programmes, d -> d, d -> d);
        this.json = json;
        this.views = views;
    }

    @Bean
    static ViewFamily programmeFamily() {
        return new ViewFamily(
                GROUP,
                List.of(
                        "/v1/municipalities/{municipality}/themes/{themeId}/cycles",
                        "/v1/municipalities/{municipality}/themes/{themeId}/cycles/{cycle}",
                        "/v1/municipalities/{municipality}/themes/{themeId}/cycles/{cycle}/programme-line.svg"));
    }

    @EventHandler
    @SuppressWarnings("unchecked")
    void on(ThemeEvent event, @SequenceNumber long seq) {
        if (!FACTS.contains(event.getClass())) {
            return;
        }
        String themeId = event.themeId().value();
        Document programme = documents.find(themeId).orElse(null);
        if (programme == null) {
            if (!(event instanceof ThemeNamed named)) {
                return; // a theme is always named first
            }
            programme = new Document("_id", themeId)
                    .append("municipality", named.municipality().value())
                    .append("lastSequence", -1L)
                    .append("facts", new ArrayList<Document>());
        }
        if (seq <= programme.get("lastSequence", Number.class).longValue()) {
            return; // redelivered
        }
        List<Document> facts = new ArrayList<>(programme.getList("facts", Document.class));
        facts.add(new Document("seq", seq)
                .append("type", EventTypes.nameOf(event.getClass()).orElseThrow())
                .append("date", event.effectiveDate().toString())
                .append("data", new Document(json.convertValue(event, Map.class))));
        documents.save(
                themeId,
                new Document("_id", themeId)
                        .append("municipality", programme.getString("municipality"))
                        .append("lastSequence", seq)
                        .append("facts", facts));
    }

    @ResetHandler
    void reset() {
        programmes.get().deleteMany(new Document());
        read.clear();
    }

    /**
     * The stored facts of a theme's programme, read back as the events they were made from, in recording
     * order. A programme read before is answered from memory once a lookup of its last sequence (a small
     * projection of the document) shows nothing was appended since; otherwise the document is read whole.
     */
    Optional<StoredProgramme> find(String themeId) {
        Document head = programmes
                .get()
                .find(new Document("_id", themeId))
                .projection(new Document("lastSequence", 1))
                .first();
        if (head == null) {
            return Optional.empty();
        }
        String key = views.readGeneration(GROUP) + ":" + themeId;
        StoredProgramme cached = read.get(key);
        if (cached != null
                && cached.lastSequence()
                        == head.get("lastSequence", Number.class).longValue()) {
            return Optional.of(cached);
        }
        Optional<StoredProgramme> loaded = load(themeId);
        loaded.ifPresent(p -> read.put(key, p));
        return loaded;
    }

    private Optional<StoredProgramme> load(String themeId) {
        Document d = programmes.get().find(new Document("_id", themeId)).first();
        if (d == null) {
            return Optional.empty();
        }
        List<Object> events = new ArrayList<>();
        for (Document fact : d.getList("facts", Document.class)) {
            Class<?> type = EventTypes.forName(fact.getString("type")).orElse(null);
            if (type != null) {
                // stored facts are read as recorded, without today's input rules
                events.add(StoredForm.read(() -> json.convertValue(fact.get("data", Document.class), type)));
            }
        }
        return Optional.of(new StoredProgramme(
                d.getString("municipality"), d.get("lastSequence", Number.class).longValue(), List.copyOf(events)));
    }

    /** A theme's programme as stored: its municipality, the last event applied, and its facts in recording order. */
    record StoredProgramme(String municipality, long lastSequence, List<Object> events) {}
}
