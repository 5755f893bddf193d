package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.RegieElement;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** From its effective date, how the municipality works on one of MOVISIE's elements of regie in the theme. */
@Revision("1")
public record RegieElementNoted(ThemeId themeId, RegieElement element, ProgrammeText note, LocalDate effectiveDate)
        implements ThemeEvent {}
