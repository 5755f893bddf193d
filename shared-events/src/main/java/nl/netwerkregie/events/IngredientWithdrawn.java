package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** An ingredient no longer belongs to the theme's network from its effective date on. */
@Revision("1")
public record IngredientWithdrawn(ThemeId themeId, IngredientId ingredientId, LocalDate effectiveDate)
        implements ThemeEvent {}
