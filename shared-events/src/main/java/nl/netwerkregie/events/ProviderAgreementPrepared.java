package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** Step 5 of a cycle prepared an agreement with a provider of facilities. */
@Revision("1")
public record ProviderAgreementPrepared(
        ThemeId themeId, int cycle, ActorId provider, ProgrammeText agreement, LocalDate effectiveDate)
        implements ThemeEvent {}
