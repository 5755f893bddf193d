package nl.netwerkregie.command.region;

import java.time.LocalDate;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open the next scan moment of the region's zelfscan regieneming, on behalf of a member municipality. */
public record OpenZelfscan(
        @TargetAggregateIdentifier RegionId regionId,
        MunicipalityCode municipality,
        Label title,
        LocalDate effectiveDate) {}
