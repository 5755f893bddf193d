package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.PatternPart;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that an instrument was used in a started step; in step 2, with the part of the pattern it built. */
public record RecordStepInstrument(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        CycleStep step,
        Instrument instrument,
        PatternPart patternPart,
        LocalDate effectiveDate) {}
