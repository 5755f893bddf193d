package nl.netwerkregie.values;

import java.time.LocalDate;
import java.util.List;

/**
 * A theme analysis as it stands after one session: the name brainstorm (words proposed, by whom) and the name
 * chosen, the story, the initiatives already running and one's own, what was heard and gathered (remarks,
 * statements, ideas, activities, examples), a first small network (actors of the network of involvement), the
 * timeline from the start through meeting moments to the manifestation, and the knowledge nodes. Every part may be
 * empty; lists are never {@code null}.
 */
public record ThemeAnalysisContent(
        List<NameWord> nameWords,
        ThemeName chosenName,
        Story story,
        List<Initiative> initiatives,
        List<Contribution> contributions,
        List<ActorId> firstNetwork,
        List<TimelineEntry> timeline,
        List<KnowledgeNode> knowledgeNodes) {

    public ThemeAnalysisContent {
        nameWords = Lists.copy(nameWords);
        initiatives = Lists.copy(initiatives);
        contributions = Lists.copy(contributions);
        firstNetwork = Lists.copy(firstNetwork);
        timeline = Lists.copy(timeline);
        knowledgeNodes = Lists.copy(knowledgeNodes);
    }

    /** A word proposed in the name brainstorm, and by whom (absent: not noted). */
    public record NameWord(Label word, ActorId proposedBy) {}

    /** An initiative around the theme: one already running (of {@code by}) or one's own ({@code own}). */
    public record Initiative(ProgrammeText description, boolean own, ActorId by) {}

    /** Something heard or gathered, and from whom (absent: not noted). */
    public record Contribution(ContributionKind kind, ProgrammeText text, ActorId from) {}

    /** A moment on the timeline; a meeting moment may name the one planned on the cycle's programme line. */
    public record TimelineEntry(TimelineMoment moment, LocalDate date, Label label, MeetingId meetingId) {}

    /** Where knowledge of the theme is found: a name, optionally the actor, and a note. */
    public record KnowledgeNode(Label name, ActorId actor, ProgrammeText note) {}
}
