package nl.netwerkregie.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * An H2 file backend that commits the MVStore before it answers a command that changed something,
 * so an acknowledged write is in the file (written to the operating system) when the client hears
 * of it and survives a {@code kill -9} of this process. H2's own background commit runs about once
 * a second, which left up to a second of acknowledged writes in memory only.
 *
 * <p>The file is not forced to the disk on every commit ({@code fsync}); a power failure can still
 * lose what the operating system had not written out yet (see the README).
 */
final class DurableH2Backend extends H2Backend {
    private final MVStore store;

    DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // reads leave nothing unsaved, so this costs only for commands that changed the store
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        }
    }
}
