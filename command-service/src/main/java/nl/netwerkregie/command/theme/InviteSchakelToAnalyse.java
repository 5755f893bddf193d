package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Invite a schakel to make a network analysis of its own. */
public record InviteSchakelToAnalyse(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ActorId actorId,
        LocalDate effectiveDate) {}
