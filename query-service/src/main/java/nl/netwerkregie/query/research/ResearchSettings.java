package nl.netwerkregie.query.research;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The research exports ({@code netwerkregie.research.*}).
 *
 * @param minCellSize the fewest people a buurt × sector group must hold for a person's buurt to be exported;
 *     below it the person's buurt is left empty ({@code buurt_suppressed}); at least 1
 * @param licence the Open Definition identifier of the licence the exports are published under
 * @param licencePath where that licence is published
 * @param comparisonCacheThemes themes whose comparison rows each instance keeps in memory, used again while
 *     nothing they were computed from has changed; {@code 0} for none
 * @param comparisonAheadSeconds how often each instance computes ahead the comparison rows of the municipalities
 *     published for research, so that a request finds them ready (only themes that changed are computed again);
 *     {@code 0} never
 */
@ConfigurationProperties("netwerkregie.research")
public record ResearchSettings(
        @DefaultValue("5") int minCellSize,
        @DefaultValue("CC-BY-4.0") String licence,

        @DefaultValue("https://creativecommons.org/licenses/by/4.0/")
        String licencePath,

        @DefaultValue("10000") int comparisonCacheThemes,
        @DefaultValue("15") int comparisonAheadSeconds) {
    public ResearchSettings {
        if (comparisonCacheThemes < 0) {
            throw new IllegalArgumentException("netwerkregie.research.comparison-cache-themes must not be negative");
        }
        if (comparisonAheadSeconds < 0) {
            throw new IllegalArgumentException("netwerkregie.research.comparison-ahead-seconds must not be negative");
        }
        if (minCellSize < 1) {
            throw new IllegalArgumentException("netwerkregie.research.min-cell-size must be at least 1");
        }
    }
}
