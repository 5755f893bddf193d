package nl.netwerkregie.command.theme;

import java.util.Optional;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;

/**
 * Tells an aggregate what it may know of other themes: whether they exist, in which municipality, and
 * the {@link ThemeFacts} rules that span aggregates need. Resolved as a command-handler parameter.
 */
public interface ThemeDirectory {
    /** The theme's facts as recorded now; empty when no such theme exists. Blocks on the store. */
    Optional<ThemeFacts> facts(ThemeId themeId);

    /** The municipality the theme was named for; empty when no such theme exists. */
    default Optional<MunicipalityCode> municipalityOf(ThemeId themeId) {
        return facts(themeId).map(ThemeFacts::municipality);
    }
}
