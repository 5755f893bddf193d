package nl.netwerkregie.query.projection;

import java.util.List;

/**
 * A family of views built by one processing group: its own processor, tokens, progress, lag metric,
 * generations and rebuild, so that a slow, failed or rebuilding family leaves the others untouched.
 * Each feature declares its family as a bean.
 *
 * @param group     the processing group and processor name, e.g. {@code network}
 * @param readPaths the read endpoints this family answers, as Spring path patterns
 *                  ({@code /v1/municipalities/{municipality}/themes/{themeId}/network}); a consistency
 *                  token on one of them waits for this family
 */
public record ViewFamily(String group, List<String> readPaths) {
    public ViewFamily {
        readPaths = List.copyOf(readPaths);
    }
}
