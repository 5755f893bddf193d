package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record what the manifestation moment of a cycle showed: networks, initiatives, examples. Without a
 * cycle number ({@code null}) it is the harvest of the cycle running on the effective date.
 */
public record RecordManifestationHarvest(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        Integer cycle,
        List<HarvestItem> items,
        LocalDate effectiveDate) {}
