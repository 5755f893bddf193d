package nl.netwerkregie.command.aggregates;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the command service loads aggregates ({@code netwerkregie.aggregates.*}).
 *
 * @param snapshotThreshold after loading an aggregate by reading this many events, a snapshot of it is
 *                          taken in the background, so a later load reads the snapshot plus at most about
 *                          this many events
 * @param cacheSize         how many aggregates (themes and actors together) each command-service instance
 *                          keeps in memory, least recently used dropped first; {@code 0} turns the cache off
 * @param snapshotQueue     snapshot requests waiting for the one snapshot thread; more are dropped (the next
 *                          load that crosses the threshold asks again)
 */
@ConfigurationProperties("netwerkregie.aggregates")
public record AggregateSettings(
        @DefaultValue("100") int snapshotThreshold,
        @DefaultValue("2000") int cacheSize,
        @DefaultValue("1000") int snapshotQueue) {
    public AggregateSettings {
        if (snapshotThreshold < 1) {
            throw new IllegalArgumentException("netwerkregie.aggregates.snapshot-threshold must be at least 1");
        }
        if (cacheSize < 0 || snapshotQueue < 1) {
            throw new IllegalArgumentException(
                    "netwerkregie.aggregates.cache-size must not be negative, snapshot-queue at least 1");
        }
    }
}
