package nl.netwerkregie.platform.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The event store of both services ({@code netwerkregie.event-store.*}), each setting with its one default.
 *
 * @param engine       {@code global-sequence} (ours, ADR 0004) or {@code axon-mongo} (Axon's, for comparison);
 *                     blank means the default
 * @param gapTimeout   how long a taken position may stay empty before readers mark it abandoned
 * @param batchSize    events per fetch of a processor, and the largest window of an aggregate load
 * @param fetchDelayMs how often a service polls for events another process appended; a poll that finds
 *                     nothing is one key lookup of the counter
 */
@ConfigurationProperties("netwerkregie.event-store")
public record EventStoreSettings(
        @DefaultValue(GLOBAL_SEQUENCE) String engine,
        @DefaultValue("60s") Duration gapTimeout,
        @DefaultValue("1000") int batchSize,
        @DefaultValue("20") long fetchDelayMs) {
    public static final String GLOBAL_SEQUENCE = "global-sequence";
    public static final String AXON_MONGO = "axon-mongo";

    public EventStoreSettings {
        engine = engine == null || engine.isBlank() ? GLOBAL_SEQUENCE : engine.strip();
        if (!engine.equals(GLOBAL_SEQUENCE) && !engine.equals(AXON_MONGO)) {
            throw new IllegalArgumentException(
                    "netwerkregie.event-store.engine must be " + GLOBAL_SEQUENCE + " or " + AXON_MONGO);
        }
    }
}
