package nl.netwerkregie.query.instrument;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.AnalysisAuthor;
import nl.netwerkregie.values.CapacityActivity;
import nl.netwerkregie.values.CapacityExtent;
import nl.netwerkregie.values.CapacitySign;
import nl.netwerkregie.values.ContributionKind;
import nl.netwerkregie.values.EnvironmentAngle;
import nl.netwerkregie.values.EnvironmentQuestion;
import nl.netwerkregie.values.EnvironmentRing;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.OwnStrengthKind;
import nl.netwerkregie.values.PatternPart;
import nl.netwerkregie.values.RingVariant;
import nl.netwerkregie.values.TimelineMoment;

/**
 * One analysis as it stood on a date: what it is (instrument, title, who made it, the cycle and step it was made in),
 * its sessions up to the date, and its content as the latest of them left it; only the part of its own instrument is
 * present, and none before its first session.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Analysis")
public record AnalysisView(
        String analysisId,
        String themeId,
        Instrument instrument,
        String title,
        AnalysisAuthor madeBy,

        @Schema(description = "the schakel who made it, with madeBy SCHAKEL")
        String schakel,

        Integer cycle,

        @Schema(description = "the step of the cycle, 1 to 5")
        Integer step,

        LocalDate openedOn,
        LocalDate date,

        @Schema(description = "the sessions dated on or before the date, in date order")
        List<AnalysisSessionView> sessions,

        ThemeAnalysisView themeAnalysis,
        EnvironmentAnalysisView environmentAnalysis,
        CapacityAnalysisView capacityAnalysis,
        PatternResearchView patternResearch) {

    @Schema(name = "AnalysisSession")
    public record AnalysisSessionView(
            @Schema(description = "the session's sequence number in the analysis's stream")
            long sequence,

            LocalDate date,
            List<String> participants) {}

    @Schema(name = "ThemeAnalysis")
    public record ThemeAnalysisView(
            List<NameWordView> nameWords,
            String chosenName,
            String story,
            List<InitiativeView> initiatives,
            List<ContributionView> contributions,
            List<String> firstNetwork,
            List<TimelineEntryView> timeline,
            List<KnowledgeNodeView> knowledgeNodes) {}

    @Schema(name = "NameWord")
    public record NameWordView(String word, String proposedBy) {}

    @Schema(name = "Initiative")
    public record InitiativeView(String description, boolean own, String by) {}

    @Schema(name = "Contribution")
    public record ContributionView(ContributionKind kind, String text, String from) {}

    @Schema(name = "TimelineEntry")
    public record TimelineEntryView(TimelineMoment moment, LocalDate date, String label, String meetingId) {}

    @Schema(name = "KnowledgeNode")
    public record KnowledgeNodeView(String name, String actor, String note) {}

    @Schema(name = "EnvironmentAnalysis")
    public record EnvironmentAnalysisView(
            OwnStrengthView ownStrength,
            RingVariant rings,
            List<RingEntryView> entries,
            List<AngleAnswerView> answers) {}

    @Schema(name = "OwnStrength")
    public record OwnStrengthView(OwnStrengthKind kind, String name, String actor) {}

    @Schema(name = "RingEntry")
    public record RingEntryView(EnvironmentRing ring, String position, String text, String actor) {}

    @Schema(name = "AngleAnswer")
    public record AngleAnswerView(EnvironmentAngle angle, EnvironmentQuestion question, String answer) {}

    @Schema(name = "CapacityAnalysis")
    public record CapacityAnalysisView(List<CapacityCellView> cells, List<CapacitySignView> signs) {}

    @Schema(name = "CapacityCell")
    public record CapacityCellView(PatternPart part, CapacityActivity activity, String description) {}

    @Schema(name = "CapacitySignJudged")
    public record CapacitySignView(CapacitySign question, String answer, CapacityExtent judgement) {}

    @Schema(name = "PatternResearch")
    public record PatternResearchView(
            List<AssociationView> associations, List<ExchangeView> questions, List<String> conclusions) {}

    @Schema(name = "Association")
    public record AssociationView(PatternPart part, String text, String writtenBy) {}

    @Schema(name = "Exchange")
    public record ExchangeView(String question, String answer) {}

    /** The analyses of a theme on a date. */
    @Schema(name = "Analyses")
    public record Analyses(String themeId, LocalDate date, List<AnalysisView> analyses) {}
}
