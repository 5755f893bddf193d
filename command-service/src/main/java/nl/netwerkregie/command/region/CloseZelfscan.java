package nl.netwerkregie.command.region;

import java.time.LocalDate;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close a scan moment: answers dated after the closing date are refused. */
public record CloseZelfscan(
        @TargetAggregateIdentifier RegionId regionId,
        int scan,
        MunicipalityCode municipality,
        LocalDate effectiveDate) {}
