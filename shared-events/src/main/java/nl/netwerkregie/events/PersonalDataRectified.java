package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
import org.axonframework.serialization.Revision;

/**
 * An actor's name or contact details were corrected (the GDPR's right to rectification): the new value,
 * sealed with the actor's own key, replaces the earlier one from now on; the earlier stays in the history,
 * sealed with the same key, so an erasure reaches both.
 */
@Revision("1")
public record PersonalDataRectified(
        ActorId actorId, MunicipalityCode municipality, SealedPersonalData personalData, LocalDate effectiveDate) {}
