package nl.netwerkregie.query.directory;

import java.time.LocalDate;
import java.util.List;

/** A theme as listed: its current name and buurten (the latest by effective date) and its first cycle. */
public record ThemeSummary(
        String themeId,
        String municipality,
        String name,
        List<String> buurten,
        LocalDate namedOn,
        LocalDate developmentStart,
        LocalDate developmentEnd) {}
