package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ConversationMethod;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A conversation method was used in the broad conversation of a cycle. */
@Revision("1")
public record ConversationMethodUsed(
        ThemeId themeId, int cycle, ConversationMethod method, ProgrammeText description, LocalDate effectiveDate)
        implements ThemeEvent {}
