package nl.netwerkregie.query.programme;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.netwerkregie.events.CapacityAssessed;
import nl.netwerkregie.events.ConversationMediumUsed;
import nl.netwerkregie.events.ConversationMethodUsed;
import nl.netwerkregie.events.CycleStepStarted;
import nl.netwerkregie.events.DevelopmentPeriodCorrected;
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
import nl.netwerkregie.query.projection.FactLog;
import nl.netwerkregie.query.projection.ViewFamily;
import nl.netwerkregie.query.projection.Views;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The regieprogramma of every theme, the view family {@code programme}. Collection
 * {@code theme_programmes}: a {@link FactLog} per theme ({@code _id} = theme id, field municipality): the
 * programme's facts appended in recording order, so a back-dated fact is one more entry and a redelivered
 * event changes nothing. A read on a date is one lookup by {@code _id} and a fold of the facts dated on or
 * before it ({@link ProgrammeViews}): a programme has tens to hundreds of facts, however many events the
 * theme's network has.
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
            nl.netwerkregie.events.HarvestItemRetracted.class,
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
            ThemeRecurrenceChanged.class,
            nl.netwerkregie.events.ParticipationRungChosen.class,
            nl.netwerkregie.events.InfluenceSourcesNoted.class,
            nl.netwerkregie.events.RegieElementNoted.class,
            nl.netwerkregie.events.OwnRoleDescribed.class,
            nl.netwerkregie.events.PhaseRegieDescribed.class);

    /** Programmes kept in memory, read again only when their last sequence moved. */
    private static final int CACHED_PROGRAMMES = 500;

    private final FactLog programmes;

    ProgrammeProjection(Views views, ObjectMapper json) {
        this.programmes = new FactLog(GROUP, COLLECTION, views, json, CACHED_PROGRAMMES);
    }

    @Bean
    static ViewFamily programmeFamily() {
        return new ViewFamily(
                GROUP,
                List.of(
                        "/v1/municipalities/{municipality}/themes/{themeId}/cycles",
                        "/v1/municipalities/{municipality}/themes/{themeId}/cycles/{cycle}",
                        "/v1/municipalities/{municipality}/themes/{themeId}/cycles/{cycle}/programme-line.svg",
                        "/v1/municipalities/{municipality}/themes/{themeId}/participation-ladder",
                        "/v1/municipalities/{municipality}/themes/{themeId}/regie"));
    }

    @EventHandler
    void on(ThemeEvent event, @SequenceNumber long seq) {
        if (!FACTS.contains(event.getClass())) {
            return;
        }
        String themeId = event.themeId().value();
        Document fields = new Document();
        if (event instanceof ThemeNamed named) {
            fields.append("municipality", named.municipality().value());
        } else if (!programmes.exists(themeId)) {
            return; // a theme is always named first
        }
        programmes.append(themeId, fields, seq, event.effectiveDate(), event);
    }

    @ResetHandler
    void reset() {
        programmes.reset();
    }

    /**
     * The stored facts of a theme's programme, read back as the events they were made from, in recording
     * order; from memory while the document's last sequence is unchanged ({@link FactLog}).
     */
    Optional<StoredProgramme> find(String themeId) {
        return programmes.find(themeId).map(ProgrammeProjection::stored);
    }

    /** The stored programmes of {@code themeIds} that exist, by theme, read as {@link #find} reads one. */
    java.util.Map<String, StoredProgramme> findAll(java.util.Collection<String> themeIds) {
        java.util.Map<String, StoredProgramme> out = new java.util.HashMap<>();
        programmes.findAll(themeIds).forEach((id, f) -> out.put(id, stored(f)));
        return out;
    }

    private static StoredProgramme stored(FactLog.Facts f) {
        return new StoredProgramme(
                f.fields().getString("municipality"),
                f.lastSequence(),
                f.events(),
                f.facts().stream().map(FactLog.Fact::sequence).toList());
    }

    /** A theme's programme as stored: its municipality, the last event applied, and its facts in recording order. */
    record StoredProgramme(String municipality, long lastSequence, List<Object> events, List<Long> sequences) {}
}
