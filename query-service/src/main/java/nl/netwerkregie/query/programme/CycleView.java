package nl.netwerkregie.query.programme;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.CapacityQuestion;
import nl.netwerkregie.values.ConversationMedium;
import nl.netwerkregie.values.ConversationMethod;
import nl.netwerkregie.values.CycleState;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.PatternPart;

/**
 * A programme cycle as it stood on a date: everything recorded in it with an effective date on or
 * before that date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A programme cycle as it stood on a date")
public record CycleView(
        String municipality,
        String themeId,
        @Schema(description = "The date the view is for") LocalDate on,
        int cycle,

        @Schema(description = "The theme's name in this cycle")
        String name,

        Period developmentPeriod,
        CycleState state,

        @Schema(description = "When the cycle started: the theme's naming for cycle 1")
        LocalDate startedOn,

        @Schema(description = "The steps started by the date, in order; a started step runs until the cycle closes")
        List<Step> steps,

        Conversation conversation,
        ProgrammeLine programmeLine,
        Manifestation manifestation,
        StepFive stepFive,
        List<PracticeAgreement> practiceAgreements,
        LocalDate practiceAgreementsFixedOn,
        LocalDate closedOn) {

    /** This view with {@code c} as its broad conversation. */
    CycleView withConversation(Conversation c) {
        return new CycleView(
                municipality,
                themeId,
                on,
                cycle,
                name,
                developmentPeriod,
                state,
                startedOn,
                steps,
                c,
                programmeLine,
                manifestation,
                stepFive,
                practiceAgreements,
                practiceAgreementsFixedOn,
                closedOn);
    }

    public record Period(LocalDate start, LocalDate end) {}

    public record Step(int step, CycleStep name, LocalDate startedOn, List<InstrumentUse> instruments) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InstrumentUse(Instrument instrument, PatternPart patternPart, LocalDate date) {}

    public record Conversation(List<Medium> media, List<Remark> remarks, List<Method> methods) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Medium(ConversationMedium medium, String description, String link, LocalDate date) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * A remark heard. One heard from a person is stored sealed with that person's key: its {@code text} is
     * {@code null} with {@code textWithheld} true for a caller who may not see personal data, and {@code null}
     * with {@code erased} true once the person was erased.
     */
    public record Remark(
            String text,
            @Schema(description = "The actor who said it") String heardFrom,
            boolean textWithheld,
            boolean erased,
            LocalDate date,

            @com.fasterxml.jackson.annotation.JsonIgnore @Schema(hidden = true)
            nl.netwerkregie.values.SealedPersonalData sealedText) {

        /** This remark with its sealed text opened ({@code text}), withheld, or gone with its erased key. */
        Remark opened(String text, boolean withheld) {
            return new Remark(text, heardFrom, withheld, text == null && !withheld, date, null);
        }
    }

    public record Method(ConversationMethod method, String description, LocalDate date) {}

    /** The programme line: its start, its meeting moments (planned and held) and the manifestation, and its end. */
    public record ProgrammeLine(LocalDate start, LocalDate end, List<MeetingMoment> meetingMoments) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MeetingMoment(
            String meetingId,
            LocalDate date,
            String place,
            LocalDate preparationStart,
            String invitation,
            List<String> invited,
            @Schema(description = "When it was planned") LocalDate plannedOn,
            boolean held,
            List<String> cameTogether,
            String outcome) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Manifestation(LocalDate date, String place, List<String> participants, List<Harvest> harvests) {}

    /** A harvest: its date, its event's sequence number (by which a correction names it) and its items standing. */
    public record Harvest(
            LocalDate date, long sequence, List<nl.netwerkregie.query.projection.HarvestItemView> items) {}

    public record StepFive(
            List<Answer> capacityAssessment,
            List<Facility> facilities,
            List<Dated> governmentAlignment,
            List<ProviderAgreement> providerAgreements) {}

    public record Answer(CapacityQuestion question, String answer, LocalDate date) {}

    public record Facility(String facility, String means, LocalDate date) {}

    public record Dated(String text, LocalDate date) {}

    public record ProviderAgreement(String provider, String agreement, LocalDate date) {}

    public record PracticeAgreement(
            String agreementId,
            @Schema(description = "The party (an actor)") String party,
            String what,
            Period period,
            LocalDate madeOn,

            @Schema(description = "Whether the agreement is fixed and its period holds the date: the practice runs")
            boolean running) {}
}
