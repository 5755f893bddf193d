package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A step of a programme cycle started; it keeps running until the cycle closes. */
@Revision("1")
public record CycleStepStarted(ThemeId themeId, int cycle, CycleStep step, LocalDate effectiveDate)
        implements ThemeEvent {}
