package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.RegieLevel;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** From its effective date, the municipality's own role in the theme at one level (MOVISIE's second schema). */
@Revision("1")
public record OwnRoleDescribed(ThemeId themeId, RegieLevel level, ProgrammeText role, LocalDate effectiveDate)
        implements ThemeEvent {}
