package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.Set;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An actor takes and/or leaves positions of involvement on the effective date. */
public record ShiftPosition(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ActorId actorId,
        Set<Position> take,
        Set<Position> leave,
        LocalDate effectiveDate) {}
