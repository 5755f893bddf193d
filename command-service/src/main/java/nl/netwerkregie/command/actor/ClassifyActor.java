package nl.netwerkregie.command.actor;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Sector;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Say from a date which sector an actor belongs to and, optionally, which buurt of its municipality. */
public record ClassifyActor(
        @TargetAggregateIdentifier ActorId actorId,
        MunicipalityCode municipality,
        Sector sector,
        BuurtCode buurt,
        LocalDate effectiveDate) {}
