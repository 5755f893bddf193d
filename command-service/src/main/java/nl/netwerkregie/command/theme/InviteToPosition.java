package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Invite an actor to take another position in the theme's network. */
public record InviteToPosition(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ActorId actorId,
        Position position,
        LocalDate effectiveDate) {}
