package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * From {@code effectiveDate} on, an ingredient belongs to {@code buurt} of the theme's municipality
 * ({@code null}: to no buurt in particular), so a theme that runs in several buurten can be split per buurt.
 */
@Revision("1")
public record IngredientPlaced(ThemeId themeId, IngredientId ingredientId, BuurtCode buurt, LocalDate effectiveDate)
        implements ThemeEvent {}
