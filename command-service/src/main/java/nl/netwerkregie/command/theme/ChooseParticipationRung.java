package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ParticipationRung;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the municipality on a rung of the participation ladder for a subject of the theme, as decided by these actors. */
public record ChooseParticipationRung(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        Label subject,
        ParticipationRung rung,
        ProgrammeText reason,
        List<ActorId> decidedBy,
        LocalDate effectiveDate) {}
