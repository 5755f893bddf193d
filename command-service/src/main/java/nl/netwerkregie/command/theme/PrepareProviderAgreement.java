package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an agreement with a provider of facilities prepared in step 5. */
public record PrepareProviderAgreement(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        ActorId provider,
        ProgrammeText agreement,
        LocalDate effectiveDate) {}
