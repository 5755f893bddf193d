package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** Step 5 of a cycle recorded its alignment with the local government. */
@Revision("1")
public record GovernmentAlignmentRecorded(ThemeId themeId, int cycle, ProgrammeText alignment, LocalDate effectiveDate)
        implements ThemeEvent {}
