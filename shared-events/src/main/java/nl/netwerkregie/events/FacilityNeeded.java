package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** Step 5 of a cycle found a facility still needed, and how the means for it are generated. */
@Revision("1")
public record FacilityNeeded(
        ThemeId themeId, int cycle, ProgrammeText facility, ProgrammeText means, LocalDate effectiveDate)
        implements ThemeEvent {}
