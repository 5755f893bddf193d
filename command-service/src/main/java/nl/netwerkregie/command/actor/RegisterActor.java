package nl.netwerkregie.command.actor;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Register a person or an organisation as an actor of a municipality. A person's name and contact
 * details arrive already sealed; an organisation's name is public.
 */
public record RegisterActor(
        @TargetAggregateIdentifier ActorId actorId,
        MunicipalityCode municipality,
        ActorType type,
        String organisationName,
        SealedPersonalData personalData,
        LocalDate effectiveDate) {}
