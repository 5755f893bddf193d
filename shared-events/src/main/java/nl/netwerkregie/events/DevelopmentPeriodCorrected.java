package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** The development period of a programme cycle was corrected; the reason is in the metadata. */
@Revision("1")
public record DevelopmentPeriodCorrected(
        ThemeId themeId, int cycle, DevelopmentPeriod developmentPeriod, LocalDate effectiveDate)
        implements ThemeEvent {}
