package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.RegieElement;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Note how the municipality works on one of MOVISIE's elements of regie in the theme, from a date. */
public record NoteRegieElement(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        RegieElement element,
        ProgrammeText note,
        LocalDate effectiveDate) {}
