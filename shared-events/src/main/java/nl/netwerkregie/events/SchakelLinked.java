package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A schakel now also connects these ingredients to the theme. */
@Revision("1")
public record SchakelLinked(ThemeId themeId, ActorId actorId, List<IngredientId> ingredientIds, LocalDate effectiveDate)
        implements ThemeEvent {}
