package nl.netwerkregie.platform.store;

import com.mongodb.event.ConnectionPoolClearedEvent;
import com.mongodb.event.ConnectionPoolListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts how often the client dropped its connections to the store. The driver clears its pool when a
 * connection fails or its monitor finds the store unreachable, as when the store process restarts or a
 * replica set elects another primary; every connection after that reaches the store as it came back.
 *
 * <p>A write acknowledged before such a reset may not have survived it: a view written without waiting for
 * the journal is gone if the store was killed before its next commit, while a token written afterwards
 * reaches the restarted store. A view family's batch therefore compares the count at its first view write
 * with the count before its token is written, and is handled again when they differ (ADR 0018).
 */
public final class StoreConnections implements ConnectionPoolListener {
    private final AtomicLong resets = new AtomicLong();

    @Override
    public void connectionPoolCleared(ConnectionPoolClearedEvent event) {
        resets.incrementAndGet();
    }

    /** How many times the connections were dropped since the client started. */
    public long resets() {
        return resets.get();
    }
}
