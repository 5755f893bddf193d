package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** A schakel no longer connects these ingredients to the theme. */
@Revision("1")
public record SchakelUnlinked(
        ThemeId themeId, ActorId actorId, List<IngredientId> ingredientIds, LocalDate effectiveDate)
        implements ThemeEvent {}
