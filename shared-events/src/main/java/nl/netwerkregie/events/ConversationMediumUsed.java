package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ConversationMedium;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.WebLink;
import org.axonframework.serialization.Revision;

/** The broad conversation of a cycle used a medium: what appeared, where, and an optional link. */
@Revision("1")
public record ConversationMediumUsed(
        ThemeId themeId,
        int cycle,
        ConversationMedium medium,
        ProgrammeText description,
        WebLink link,
        LocalDate effectiveDate)
        implements ThemeEvent {}
