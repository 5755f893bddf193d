package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegionId;
import org.axonframework.serialization.Revision;

/** Scan moment {@code scan} (1, 2, ... in order) of the zelfscan regieneming was opened for the region by a member. */
@Revision("1")
public record ZelfscanOpened(
        RegionId regionId, int scan, MunicipalityCode municipality, Label title, LocalDate effectiveDate)
        implements RegionEvent {}
