package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.ZelfscanSector;
import org.axonframework.serialization.Revision;

/**
 * A region was defined by {@code municipality}, one of its {@code members}: a named set of municipalities that work
 * together across the {@code sectors} its zelfscans ask about. Every member reads the region and answers its scans.
 */
@Revision("1")
public record RegionDefined(
        RegionId regionId,
        MunicipalityCode municipality,
        Label name,
        List<MunicipalityCode> members,
        List<ZelfscanSector> sectors,
        LocalDate effectiveDate)
        implements RegionEvent, StreamOpening {

    @Override
    public Set<MunicipalityCode> readableBy() {
        return new LinkedHashSet<>(members);
    }
}
