package nl.netwerkregie.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVStore;

/**
 * An H2 file backend that commits the MVStore before it answers a command that may have changed
 * something, so an acknowledged write is in the file (handed to the operating system) when the
 * client hears of it and survives a {@code kill -9} of this process. H2's own background commit runs
 * about once a second, which left up to a second of acknowledged writes in memory only.
 *
 * <p>Commits are grouped: every write takes a ticket when it is done, and waits until a commit that
 * started after its ticket has finished. One commit serves all writes that finished while the
 * previous commit was running, so concurrent clients share the cost.
 *
 * <p>The file is not forced to the disk on every commit ({@code fsync}); a power failure can still
 * lose what the operating system had not written out yet (see the README).
 */
final class DurableH2Backend extends H2Backend {
    /** Commands that never change the store; every other command is committed before it is answered. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "serverstatus", "getlasterror",
            "endsessions", "killcursors", "dbstats", "collstats", "whatsmyuri", "getparameter", "connectionstatus",
            "hostinfo", "getcmdlineopts", "explain", "getfreemonitoringstatus", "getlog", "saslstart", "saslcontinue");

    private final MVStore store;
    private final AtomicLong finishedWrites = new AtomicLong();
    private final Object commitLock = new Object();
    private long committedWrites;

    DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            if (mayWrite(command, query)) {
                awaitCommit(finishedWrites.incrementAndGet());
            }
        }
    }

    private void awaitCommit(long ticket) {
        synchronized (commitLock) {
            if (committedWrites >= ticket) {
                return; // a commit that started after this write finished has completed
            }
            long covered = finishedWrites.get();
            store.commit();
            committedWrites = covered;
        }
    }

    private static boolean mayWrite(String command, Document query) {
        String name = command.toLowerCase(java.util.Locale.ROOT);
        if (name.equals("aggregate")) {
            Object pipeline = query.get("pipeline");
            return pipeline instanceof List<?> stages && stages.stream().anyMatch(stage ->
                    stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return !READS.contains(name);
    }
}
