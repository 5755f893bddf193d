package nl.netwerkregie.query.history;

import java.util.List;

/**
 * One page of a theme's history, oldest event first: the same paging shape as every list ({@code page},
 * {@code pageSize}, {@code total}, {@code totalPages}, {@code links}).
 */
public record HistoryPage(
        String municipality,
        String themeId,
        int page,
        int pageSize,
        long total,
        long totalPages,
        List<HistoryEntry> events,
        PageLinks links) {

    /** Relative links; {@code prev} and {@code next} are {@code null} at the ends. */
    public record PageLinks(String self, String first, String prev, String next, String last) {}
}
