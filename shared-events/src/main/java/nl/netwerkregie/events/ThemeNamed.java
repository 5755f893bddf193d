package nl.netwerkregie.events;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import org.axonframework.serialization.Revision;

/** A theme was named for a municipality, in one or more of its buurten, with its first programme cycle. */
@Revision("1")
public record ThemeNamed(
        ThemeId themeId,
        MunicipalityCode municipality,
        ThemeName name,
        Story story,
        List<BuurtCode> buurten,
        DevelopmentPeriod developmentPeriod,
        LocalDate effectiveDate)
        implements ThemeEvent {}
