package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a remark or statement heard in the broad conversation of step 3. */
public record RecordRemarkHeard(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        ProgrammeText text,
        ActorId heardFrom,
        LocalDate effectiveDate) {}
