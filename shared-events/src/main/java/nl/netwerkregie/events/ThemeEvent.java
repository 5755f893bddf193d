package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.ThemeId;

/** An event in the life of one theme; every such event says on which date it took effect. */
public interface ThemeEvent {
    ThemeId themeId();

    /** When it happened in the buurt; may lie before the moment it was recorded. */
    LocalDate effectiveDate();
}
