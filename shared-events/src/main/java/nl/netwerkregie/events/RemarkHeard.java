package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.SealedPersonalData;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * A remark or statement was heard in the broad conversation of a cycle, optionally from an actor.
 *
 * <p>A remark heard from a person says what that person said, so its text is stored only sealed with the
 * person's key ({@code sealedText}, {@code text} then {@code null}) and an erasure of the person reaches it.
 * A remark heard from no one in particular, or from an actor without personal data (an organisation without
 * contact details), keeps a plain {@code text}. Revision 2 added {@code sealedText}; revision 1 always had a
 * plain text.
 */
@Revision("2")
public record RemarkHeard(
        ThemeId themeId,
        int cycle,
        ProgrammeText text,
        SealedPersonalData sealedText,
        ActorId heardFrom,
        LocalDate effectiveDate)
        implements ThemeEvent {}
