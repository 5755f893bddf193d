package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the alignment of step 5 with the local government. */
public record RecordGovernmentAlignment(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        ProgrammeText alignment,
        LocalDate effectiveDate) {}
