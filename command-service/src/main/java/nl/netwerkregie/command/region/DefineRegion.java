package nl.netwerkregie.command.region;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.ZelfscanSector;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Define a region: a named set of municipalities, the defining one among them, and the sectors its zelfscans cover. */
public record DefineRegion(
        @TargetAggregateIdentifier RegionId regionId,
        MunicipalityCode municipality,
        Label name,
        List<MunicipalityCode> members,
        List<ZelfscanSector> sectors,
        LocalDate effectiveDate) {}
