package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take back item {@code item} (from 0) of the manifestation harvest recorded as event {@code sequence}, because
 * {@code why}; with a {@code replacement} the corrected item is recorded in its place as a harvest of one item of
 * the same cycle, on the harvest's own date.
 */
public record RetractHarvestItem(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        long sequence,
        int item,
        String why,
        HarvestItem replacement,
        LocalDate effectiveDate) {}
