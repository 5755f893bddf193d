package nl.netwerkregie.command.theme;

import java.util.Optional;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;

/** Tells a theme which other themes exist, and in which municipality; resolved as a command-handler parameter. */
public interface ThemeDirectory {
    /** The municipality the theme was named for; empty when no such theme exists. Blocks on the store. */
    Optional<MunicipalityCode> municipalityOf(ThemeId themeId);
}
