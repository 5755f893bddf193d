package nl.netwerkregie.values;

import java.util.List;

/**
 * An environment analysis as it stands after one session: the own strength at the centre, the variant of rings drawn
 * around it, what was entered per ring, and the answers to the questions of the four angles.
 */
public record EnvironmentAnalysisContent(
        OwnStrength ownStrength, RingVariant rings, List<RingEntry> entries, List<AngleAnswer> answers) {

    public EnvironmentAnalysisContent {
        entries = Lists.copy(entries);
        answers = Lists.copy(answers);
    }

    /** The own strength at the centre: what it is, a name for it and, when it is one, the actor. */
    public record OwnStrength(OwnStrengthKind kind, Label name, ActorId actor) {}

    /**
     * One entry in a ring: with the book's rings {@code ring} names it, with the stelsel variant {@code position}
     * names the position of the chain of responsibility; an actor may be named.
     */
    public record RingEntry(EnvironmentRing ring, Label position, ProgrammeText text, ActorId actor) {}

    /** The answer to one question asked from one angle. */
    public record AngleAnswer(EnvironmentAngle angle, EnvironmentQuestion question, ProgrammeText answer) {}
}
