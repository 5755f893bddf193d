package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AnalysisSession;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write down one or more ingredients of the theme's network analysis; {@code writtenBy} and {@code session} are optional. */
public record AddIngredients(
        @TargetAggregateIdentifier ThemeId themeId,
        MunicipalityCode municipality,
        List<Ingredient> ingredients,
        ActorId writtenBy,
        AnalysisSession session,
        LocalDate effectiveDate) {}
