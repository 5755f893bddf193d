package nl.netwerkregie.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVStore;

/**
 * The H2 file backend with MongoDB's atomic single-document writes ({@link WriteCommands}) that, by
 * default, commits the MVStore before it answers a command that may have changed something: an
 * acknowledged write is then in the file (handed to the operating system) when the client hears of
 * it and survives a {@code kill -9} of this process. H2's own background commit runs about once a
 * second, which leaves up to a second of acknowledged writes in memory only ({@code commitEachWrite}
 * false, for measuring what durability costs).
 *
 * <p>Commits are grouped: every write takes a ticket when it is done and waits until a commit that
 * started after its ticket has finished. One commit serves all writes that finished while the
 * previous commit was running, so concurrent clients share its cost.
 *
 * <p>Commits never run alongside a write ({@link #commitBetweenWrites}): what a crash leaves is the
 * store as it was after some acknowledged or unacknowledged write, never half of one.
 *
 * <p>A write that asks not to wait for the journal ({@code writeConcern: {j: false}}, as MongoDB
 * allows) is answered once applied; the next commit takes it along, because commits cover every write
 * finished before them: the one a later journalled write waits for, or the housekeeping commit that
 * runs every 200 ms while such writes are pending.
 *
 * <p>A read that asks for {@code readConcern: {level: "majority"}} (data that cannot be rolled back) is answered
 * only once a commit holds the last write to its collection begun before the read ended ({@link CommittedReads}):
 * its client never acts on a write that a crash could still take back. Other reads see every applied write at
 * once, committed or not, as MongoDB's "local" reads do.
 *
 * <p>The file is not forced to the disk on every commit ({@code fsync}); a power failure can still
 * lose what the operating system had not written out yet (see the README).
 */
final class DurableH2Backend extends H2Backend {
    private final MVStore store;
    private final boolean commitEachWrite;
    private final Object writeLock = new Object();
    /** Writes begun, each under {@link #writeLock}: outside the lock, every one of them has been applied. */
    private final AtomicLong appliedWrites = new AtomicLong();

    private final CommittedReads committedReads = new CommittedReads();
    private final Object commitLock = new Object();
    private long committedWrites;

    private final java.util.concurrent.ScheduledExecutorService housekeeping;

    DurableH2Backend(MVStore store, boolean commitEachWrite) {
        super(store);
        this.store = store;
        this.commitEachWrite = commitEachWrite;
        if (commitEachWrite) {
            // H2's background writer, switched off for these commits, also rewrote sparse chunks
            housekeeping = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "embedded-store-housekeeping");
                thread.setDaemon(true);
                return thread;
            });
            // a little every second rather than much at once: commits wait while a compaction runs
            housekeeping.scheduleWithFixedDelay(this::compact, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
            // writes that did not wait for the journal reach the file within this interval
            housekeeping.scheduleWithFixedDelay(
                    this::commitUnjournalled, 200, 200, java.util.concurrent.TimeUnit.MILLISECONDS);
        } else {
            housekeeping = null;
        }
    }

    /** The live bytes one round of compaction rewrites at most (4 MiB a second, more than writes under load free). */
    private static final int COMPACTION_BYTES = 4 * 1024 * 1024;

    /** Rewrites the live pages of mostly empty chunks, so the space of old chunks can be reused. */
    private void compact() {
        try {
            // under the commit lock: while a compaction holds the MVStore's store lock, a commit in another
            // thread may return without storing anything, and the writes it was to cover would be
            // acknowledged without being in the file
            synchronized (commitLock) {
                if (store.isClosed() || store.getFillRate() >= 80) {
                    return;
                }
                store.compact(80, COMPACTION_BYTES);
                committedWrites = Math.max(committedWrites, commitBetweenWrites());
            }
        } catch (RuntimeException e) {
            // the next round tries again; a failed compaction loses nothing
        }
    }

    private void commitUnjournalled() {
        try {
            if (!store.isClosed() && appliedWrites.get() > committedWrites()) {
                awaitCommit(appliedWrites.get());
            }
        } catch (RuntimeException e) {
            // the next round tries again
        }
    }

    private long committedWrites() {
        synchronized (commitLock) {
            return committedWrites;
        }
    }

    @Override
    public void close() {
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
        super.close();
    }

    @Override
    protected de.bwaldvogel.mongo.MongoDatabase openOrCreateDatabase(String databaseName) {
        return OrderedIndexH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!WriteCommands.mayWrite(command, query)) {
            Document answer =
                    ReplyBatches.answeringFind(command, () -> super.handleCommand(channel, database, command, query));
            if (commitEachWrite && CommittedReads.readsCommitted(query)) {
                // what this read saw is answered only once a commit holds it
                awaitCommit(committedReads.lastWriteTo(database, command, query));
            }
            return answer;
        }
        long ticket;
        Document answer;
        synchronized (writeLock) {
            ticket = appliedWrites.incrementAndGet();
            committedReads.wrote(database, command, query, ticket);
            // findAndModify answers with the stored document itself: copied before the next write changes it
            answer = super.handleCommand(channel, database, command, query).cloneDeeply();
        }
        if (commitEachWrite && !WriteCommands.unjournaled(query)) {
            awaitCommit(ticket);
        }
        return answer;
    }

    private void awaitCommit(long ticket) {
        synchronized (commitLock) {
            if (committedWrites >= ticket) {
                return; // a commit that started after this write finished has completed
            }
            committedWrites = commitBetweenWrites();
        }
    }

    /**
     * Commits the MVStore while no write is being applied, and returns the ticket of the last write it covers.
     * A commit collects the root of each map in turn: alongside a write, it could store the write's change to
     * one map (a view's document) but not to another (its {@code _id} index), or a later write but not an
     * earlier one (a token but not the views it covers). Between writes, a commit holds every finished write
     * completely and no other, so after a crash the store is what it was after some write: a prefix of them.
     */
    private long commitBetweenWrites() {
        synchronized (writeLock) {
            long covered = appliedWrites.get();
            store.commit();
            return covered;
        }
    }
}
