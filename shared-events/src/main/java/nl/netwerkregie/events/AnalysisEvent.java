package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.ThemeId;

/**
 * An event in the life of one analysis made with an instrument for a theme: an aggregate of its own
 * ({@link #analysisId}), apart from the theme's stream.
 */
public interface AnalysisEvent {
    AnalysisId analysisId();

    ThemeId themeId();

    /** When it happened; may lie before the moment it was recorded. */
    LocalDate effectiveDate();
}
