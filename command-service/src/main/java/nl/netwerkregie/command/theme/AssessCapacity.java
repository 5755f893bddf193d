package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.CapacityQuestion;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Answer one of the five questions of step 5. */
public record AssessCapacity(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        CapacityQuestion question,
        ProgrammeText answer,
        LocalDate effectiveDate) {}
