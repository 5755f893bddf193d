package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/** An actor became a schakel of the theme, connecting the given ingredients to it. */
@Revision("1")
public record SchakelAdded(ThemeId themeId, ActorId actorId, List<IngredientId> ingredientIds, LocalDate effectiveDate)
        implements ThemeEvent {}
