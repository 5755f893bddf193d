package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.PatternPart;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** An instrument was used in a step of a programme cycle; in step 2, with the part of the pattern it built. */
@Revision("1")
public record StepInstrumentUsed(
        ThemeId themeId,
        int cycle,
        CycleStep step,
        Instrument instrument,
        PatternPart patternPart,
        LocalDate effectiveDate)
        implements ThemeEvent {}
