package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record what a manifestation moment showed: networks, initiatives, examples. */
public record RecordManifestationHarvest(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        List<HarvestItem> items,
        LocalDate effectiveDate) {}
