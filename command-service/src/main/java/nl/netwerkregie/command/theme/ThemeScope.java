package nl.netwerkregie.command.theme;

import java.time.LocalDate;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;

/**
 * What every part of a theme checks first: that a command is for this municipality's theme and not
 * dated before the theme was named. Fixed when the theme is named; shared by the theme and its members.
 */
record ThemeScope(ThemeId themeId, MunicipalityCode municipality, LocalDate namedOn) {

    /** A command for another municipality's theme is answered as if the theme did not exist. */
    void require(MunicipalityCode requested, LocalDate effectiveDate) {
        if (!municipality.equals(requested)) {
            throw new UnknownResourceException("theme", themeId.value(), "themeId");
        }
        if (effectiveDate.isBefore(namedOn)) {
            throw new RuleViolationException(
                    "before-theme-named", "effectiveDate", "the theme was only named on " + namedOn);
        }
    }
}
