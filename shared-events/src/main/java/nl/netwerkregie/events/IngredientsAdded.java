package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AnalysisSession;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.serialization.Revision;

/**
 * Ingredients were written down for a theme's network analysis. {@code writtenBy} and
 * {@code session} are optional ({@code null} when not known).
 *
 * <p>Revision 2: an ingredient may name a person ({@code person}) and carry its text sealed with that
 * person's key ({@code sealedText}); revision 1 had neither (both read as {@code null}).
 */
@Revision("2")
public record IngredientsAdded(
        ThemeId themeId,
        List<Ingredient> ingredients,
        ActorId writtenBy,
        AnalysisSession session,
        LocalDate effectiveDate)
        implements ThemeEvent {}
