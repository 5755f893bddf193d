package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * The harvest of the manifestation moment of a programme cycle: the networks, initiatives and examples
 * it showed. Revision 1 had no cycle: every harvest then belonged to cycle 1 (its 1-to-2
 * upcaster writes that down).
 */
@Revision("2")
public record ManifestationHarvestRecorded(ThemeId themeId, int cycle, List<HarvestItem> items, LocalDate effectiveDate)
        implements ThemeEvent {}
