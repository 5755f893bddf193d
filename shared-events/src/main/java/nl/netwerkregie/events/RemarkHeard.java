package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A remark or statement was heard in the broad conversation of a cycle, optionally from an actor. */
@Revision("1")
public record RemarkHeard(ThemeId themeId, int cycle, ProgrammeText text, ActorId heardFrom, LocalDate effectiveDate)
        implements ThemeEvent {}
