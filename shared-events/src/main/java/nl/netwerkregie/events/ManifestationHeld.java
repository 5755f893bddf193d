package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Place;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** The manifestation moment of a cycle's step 4 was held, where and with whom; the effective date is its day. */
@Revision("1")
public record ManifestationHeld(
        ThemeId themeId, int cycle, Place place, List<ActorId> participants, LocalDate effectiveDate)
        implements ThemeEvent {}
