package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Place;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the manifestation moment of step 4: where, and who took part. */
public record RecordManifestation(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        int cycle,
        Place place,
        List<ActorId> participants,
        LocalDate effectiveDate) {}
