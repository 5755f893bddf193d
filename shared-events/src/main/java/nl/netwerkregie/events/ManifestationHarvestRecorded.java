package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** The harvest of a manifestation moment: the networks, initiatives and examples it showed. */
@Revision("1")
public record ManifestationHarvestRecorded(ThemeId themeId, List<HarvestItem> items, LocalDate effectiveDate)
        implements ThemeEvent {}
