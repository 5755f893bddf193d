package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
import org.axonframework.serialization.Revision;

/**
 * An actor became known in a municipality. An organisation's name is public and kept in
 * {@code organisationName} ({@code null} for a person); a person's name and anyone's contact
 * details are only ever in {@code personalData}, encrypted.
 */
@Revision("1")
public record ActorRegistered(
        ActorId actorId,
        MunicipalityCode municipality,
        ActorType type,
        String organisationName,
        SealedPersonalData personalData,
        LocalDate effectiveDate)
        implements StreamOpening {}
