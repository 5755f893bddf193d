package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A programme cycle was closed. */
@Revision("1")
public record ProgrammeCycleClosed(ThemeId themeId, int cycle, LocalDate effectiveDate) implements ThemeEvent {}
