package nl.netwerkregie.command.actor;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Correct an actor's name or contact details; the corrected value arrives sealed with the actor's own key.
 * {@code named}: whether the new value holds a name (a person's must; an organisation's name is public and never in it).
 */
public record RectifyPersonalData(
        @TargetAggregateIdentifier ActorId actorId,
        MunicipalityCode municipality,
        SealedPersonalData personalData,
        boolean named,
        LocalDate effectiveDate) {}
