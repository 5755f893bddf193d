package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import org.axonframework.serialization.Revision;

/**
 * A person's personal data was erased (the GDPR's right to erasure): the actor's key was destroyed, so
 * its name and contact details are unreadable in every event, view and export. The actor stays in the
 * networks it took part in, shown as erased.
 */
@Revision("1")
public record PersonalDataErased(ActorId actorId, MunicipalityCode municipality, LocalDate effectiveDate) {}
