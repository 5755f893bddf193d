package nl.netwerkregie.events;

import java.time.LocalDate;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.serialization.Revision;

/** The next programme cycle of a recurring theme started, with its development period and the theme's name for it. */
@Revision("1")
public record ProgrammeCycleStarted(
        ThemeId themeId, int cycle, DevelopmentPeriod developmentPeriod, ThemeName name, LocalDate effectiveDate)
        implements ThemeEvent {}
