package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.InfluenceSource;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** From its effective date, the sources of influence {@code actorId} brings to the theme, with a note. */
@Revision("1")
public record InfluenceSourcesNoted(
        ThemeId themeId, ActorId actorId, List<InfluenceSource> sources, ProgrammeText note, LocalDate effectiveDate)
        implements ThemeEvent {}
