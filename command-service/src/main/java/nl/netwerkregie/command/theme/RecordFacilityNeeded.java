package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a facility step 5 found still needed, and how its means are generated. */
public record RecordFacilityNeeded(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        ProgrammeText facility,
        ProgrammeText means,
        LocalDate effectiveDate) {}
