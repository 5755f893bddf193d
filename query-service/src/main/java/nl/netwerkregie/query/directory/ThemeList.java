package nl.netwerkregie.query.directory;

import java.util.List;

/** One page of themes, ordered by name; {@code buurt} is set when the list is of a buurt. */
public record ThemeList(
        String municipality,
        String buurt,
        int page,
        int pageSize,
        long total,
        long totalPages,
        List<ThemeSummary> themes,
        Links links) {

    /** Relative links; {@code prev} and {@code next} are {@code null} at the ends. */
    public record Links(String self, String first, String prev, String next, String last) {}
}
