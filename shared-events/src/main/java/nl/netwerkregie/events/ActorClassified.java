package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Sector;
import org.axonframework.serialization.Revision;

/**
 * From {@code effectiveDate} on, the actor belongs to {@code sector} and, when {@code buurt} is given, to that
 * buurt of its municipality ({@code null}: to no buurt in particular). A later classification replaces it from
 * its own date; an earlier one keeps its dates, so researchers read who held a position in which sector on any
 * date.
 */
@Revision("1")
public record ActorClassified(
        ActorId actorId, MunicipalityCode municipality, Sector sector, BuurtCode buurt, LocalDate effectiveDate) {}
