package nl.netwerkregie.command.actor;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase a person's personal data: destroy the actor's key and record that it was erased. */
public record ErasePersonalData(
        @TargetAggregateIdentifier ActorId actorId, MunicipalityCode municipality, LocalDate effectiveDate) {}
