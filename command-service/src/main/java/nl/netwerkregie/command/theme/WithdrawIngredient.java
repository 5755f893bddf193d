package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take an ingredient out of the theme's network from the effective date on. */
public record WithdrawIngredient(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        IngredientId ingredientId,
        LocalDate effectiveDate) {}
