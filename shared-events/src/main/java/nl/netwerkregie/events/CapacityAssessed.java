package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.CapacityQuestion;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** One of the five questions of step 5 was answered for a cycle. */
@Revision("1")
public record CapacityAssessed(
        ThemeId themeId, int cycle, CapacityQuestion question, ProgrammeText answer, LocalDate effectiveDate)
        implements ThemeEvent {}
