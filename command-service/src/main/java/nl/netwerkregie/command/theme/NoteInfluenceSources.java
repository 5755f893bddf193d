package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.InfluenceSource;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Note the sources of influence a party brings to the theme (none: it brings none any more). */
public record NoteInfluenceSources(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ActorId actorId,
        List<InfluenceSource> sources,
        ProgrammeText note,
        LocalDate effectiveDate) {}
