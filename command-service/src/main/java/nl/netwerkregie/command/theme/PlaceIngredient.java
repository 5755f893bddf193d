package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Say from a date which buurt of the municipality an ingredient belongs to ({@code buurt} null: none). */
public record PlaceIngredient(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        IngredientId ingredientId,
        BuurtCode buurt,
        LocalDate effectiveDate) {}
