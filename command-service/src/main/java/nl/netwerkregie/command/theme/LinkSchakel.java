package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Let a schakel connect more ingredients to the theme. */
public record LinkSchakel(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        ActorId actorId,
        List<IngredientId> ingredientIds,
        LocalDate effectiveDate) {}
