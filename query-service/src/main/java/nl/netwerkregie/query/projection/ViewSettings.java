package nl.netwerkregie.query.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each view family's processor runs ({@code netwerkregie.views.*}).
 *
 * @param segments  segments a family's processor is made with when it has no tokens yet (a new store, a rebuilt
 *                  family); the events of one theme or actor always go to one segment, in order. One by default: on
 *                  two cores the nine families already run side by side, and every further segment is a unit of
 *                  work, a token write and a coordinator check per event more (measured, BENCHMARKS.md run AC).
 *                  An instance claims every segment it can, so tokens made with another count keep working
 * @param batchSize events handled in one unit of work, whose view writes go to the store in one bulk write
 * @param networkCacheSize theme networks each instance keeps parsed in memory between reads (checked against
 *                  the family's progress on every read); {@code 0} for none
 * @param actorCacheSize actor documents each instance keeps in memory once read (they never change; personal
 *                  data stays sealed in them); {@code 0} for none
 * @param batchIntervalMs the least time between two batches of one family once it has caught up: the events that
 *                  arrive meanwhile are handled together, in one unit of work (one write of the views, the progress and
 *                  the token); it adds at most this much to the projection lag; {@code 0} for none
 * @param processEvents whether this instance builds views; {@code false} makes a read-only instance that serves
 *                  the views other instances build, claims no segments and holds no tokens
 */
@ConfigurationProperties("netwerkregie.views")
public record ViewSettings(
        @DefaultValue("1") int segments,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("50") int networkCacheSize,
        @DefaultValue("100000") int actorCacheSize,
        @DefaultValue("50") long batchIntervalMs,
        @DefaultValue("true") boolean processEvents) {
    public ViewSettings {
        if (networkCacheSize < 0 || actorCacheSize < 0 || batchIntervalMs < 0) {
            throw new IllegalArgumentException(
                    "netwerkregie.views.network-cache-size, actor-cache-size and batch-interval-ms must not be negative");
        }
        if (segments < 1 || batchSize < 1) {
            throw new IllegalArgumentException("netwerkregie.views.segments and batch-size must be at least 1");
        }
    }
}
