package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.SealedPersonalData;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a remark or statement heard in the broad conversation of step 3: either a plain {@code text} or, when
 * heard from a person, the text sealed with that person's key ({@code sealedText}).
 */
public record RecordRemarkHeard(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        ProgrammeText text,
        SealedPersonalData sealedText,
        ActorId heardFrom,
        LocalDate effectiveDate) {}
