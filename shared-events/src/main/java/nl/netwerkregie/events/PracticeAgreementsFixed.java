package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** The practice agreements of a cycle were fixed: the new practice runs for their periods. */
@Revision("1")
public record PracticeAgreementsFixed(ThemeId themeId, int cycle, LocalDate effectiveDate) implements ThemeEvent {}
