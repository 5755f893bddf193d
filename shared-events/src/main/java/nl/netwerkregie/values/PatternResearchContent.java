package nl.netwerkregie.values;

import java.util.List;

/**
 * Pattern research as it stands after one session: the associations a group wrote per part of the pattern, and the
 * conversation that followed (questions asked with what was said, and the conclusions drawn).
 */
public record PatternResearchContent(
        List<Association> associations, List<Exchange> questions, List<ProgrammeText> conclusions) {

    public PatternResearchContent {
        associations = Lists.copy(associations);
        questions = Lists.copy(questions);
        conclusions = Lists.copy(conclusions);
    }

    /** An association written at one part of the pattern, and by whom (absent: not noted). */
    public record Association(PatternPart part, Label text, ActorId writtenBy) {}

    /** A question asked in the conversation and what was said. */
    public record Exchange(ProgrammeText question, ProgrammeText answer) {}
}
