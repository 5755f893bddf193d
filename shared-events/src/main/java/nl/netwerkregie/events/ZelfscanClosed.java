package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegionId;
import org.axonframework.serialization.Revision;

/** Scan moment {@code scan} was closed by a member: no answer dated after {@code effectiveDate} counts in it. */
@Revision("1")
public record ZelfscanClosed(RegionId regionId, int scan, MunicipalityCode municipality, LocalDate effectiveDate)
        implements RegionEvent {}
