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
 * started after its ticket has reached the file. One commit serves all writes that finished while the
 * previous commit was being written, so concurrent clients share its cost.
 *
 * <p>A commit is taken between two writes ({@link #startCommitBetweenWrites}): what a crash leaves is the store
 * as it was after some acknowledged or unacknowledged write, never half of one. Taking it is short (H2 takes the
 * root of every map); encoding and writing its pages runs in H2's serialization and save threads while the next
 * writes are applied. That is sound because the store never changes a stored document in place
 * ({@link KeyedH2Collection#changing}): the pages a commit took keep the documents as they were.
 *
 * <p>A write that asks not to wait for the journal ({@code writeConcern: {j: false}}, as MongoDB
 * allows) is answered once applied; the next commit takes it along, because commits cover every write
 * finished before them: the one a later journalled write waits for, or the housekeeping commit that
 * runs every 200 ms while such writes are pending.
 *
 * <p>A read that asks for {@code readConcern: {level: "majority"}} (data that cannot be rolled back) never returns
 * what a crash could still take back ({@link CommittedReads}): a {@code find} leaves out the documents of inserts no
 * commit holds yet, as MongoDB answers from the last majority-committed state; after any other uncommitted write to
 * its collection it is answered only once a commit holds that write. Other reads see every applied write at once,
 * committed or not, as MongoDB's "local" reads do.
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
    /** Held while a commit is started (and while a compaction runs): one at a time, in ticket order. */
    private final Object commitLock = new Object();
    /** The ticket of the last write that a commit holding it has finished writing to the file. */
    private long committedWrites;
    /** The ticket of the last write the most recently started commit covers, and that commit's MVStore version. */
    private long startedWrites;

    private long startedVersion = -1;
    /** The last MVStore version known to be in the file. */
    private volatile long writtenVersion = -1;

    private final java.util.concurrent.ExecutorService serializationThread;
    private final java.util.concurrent.ExecutorService saveThread;

    private final java.util.concurrent.ScheduledExecutorService housekeeping;

    DurableH2Backend(MVStore store, boolean commitEachWrite) {
        super(store);
        this.store = store;
        this.commitEachWrite = commitEachWrite;
        if (commitEachWrite) {
            serializationThread = h2Thread(store, "serializationExecutor");
            saveThread = h2Thread(store, "bufferSaveExecutor");
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
            serializationThread = null;
            saveThread = null;
        }
    }

    /** The live bytes one round of compaction rewrites at most (4 MiB a second, more than writes under load free). */
    private static final int COMPACTION_BYTES = 4 * 1024 * 1024;

    /** Rewrites the live pages of mostly empty chunks, so the space of old chunks can be reused. */
    private void compact() {
        try {
            if (!store.isClosed() && store.getFillRate() < 80) {
                compactAndCommit();
            }
        } catch (RuntimeException e) {
            // the next round tries again; a failed compaction loses nothing
        }
    }

    /**
     * One round of compaction, then a commit of what it moved. Under the commit lock: while a compaction holds the
     * MVStore's store lock, a commit in another thread may return without storing anything, and the writes it was to
     * cover would be acknowledged without being in the file. The commit here stores nothing when nothing is unsaved,
     * also while a commit started earlier is still being encoded or written: the writes that commit holds count as
     * committed only once the file holds every commit started so far.
     */
    void compactAndCommit() {
        long covered;
        synchronized (commitLock) {
            store.compact(80, COMPACTION_BYTES);
            covered = commitBetweenWrites();
        }
        // outside the lock: reads and other commits go on meanwhile
        awaitEveryStartedCommitWritten();
        synchronized (commitLock) {
            committedWrites = Math.max(committedWrites, covered);
            committedReads.committed(committedWrites);
            startedWrites = Math.max(startedWrites, covered);
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

    /**
     * Lets a compaction or commit under way finish before closing: interrupting it (as {@code shutdownNow} does) can
     * interrupt H2 inside a file operation, which closes the file's channel; H2 then fails the closing commit and its
     * immediate close waits for the close already under way in the same thread, for ever.
     */
    @Override
    public void close() {
        if (housekeeping != null) {
            housekeeping.shutdown();
            try {
                if (!housekeeping.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    housekeeping.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
            if (commitEachWrite
                    && CommittedReads.readsCommitted(query)
                    && !committedReads.leaveOutUncommittedInserts(
                            database, command, query, answer, committedWrites())) {
                // what this read saw is answered only once a commit holds it
                awaitCommit(committedReads.lastWriteTo(database, command, query));
            }
            return answer;
        }
        long ticket;
        Document answer;
        synchronized (writeLock) {
            ticket = appliedWrites.incrementAndGet();
            if (commitEachWrite) {
                committedReads.wrote(database, command, query, ticket);
            }
            // findAndModify answers with the stored document itself: copied before the next write replaces it
            answer = KeyedH2Collection.changing(() -> super.handleCommand(channel, database, command, query))
                    .cloneDeeply();
        }
        if (commitEachWrite && !WriteCommands.unjournaled(query)) {
            awaitCommit(ticket);
        }
        return answer;
    }

    /**
     * Returns once a commit that started after the write with this ticket was applied has reached the file. A commit
     * is started between two writes ({@link #startCommitBetweenWrites}) and written to the file by H2's serialization
     * thread while the next writes are applied: writes wait for the write lock only while a commit collects the roots
     * of the maps, not while it encodes and writes their pages. One commit is under way at a time: the next starts
     * when the last has reached the file, and covers every write applied meanwhile, so a commit's fixed cost (its
     * chunk's metadata, the paths to the roots of the maps) is shared by as many writes as possible.
     */
    private void awaitCommit(long ticket) {
        long version;
        long covered;
        while (true) {
            long underWay;
            synchronized (commitLock) {
                if (committedWrites >= ticket) {
                    return; // a commit that started after this write finished has reached the file
                }
                if (startedWrites >= ticket || written(startedVersion)) {
                    if (startedWrites < ticket) {
                        startCommitBetweenWrites();
                    }
                    version = startedVersion;
                    covered = startedWrites;
                    break;
                }
                underWay = startedVersion;
            }
            // the commit under way does not hold this write: the next one will, once this one is in the file
            awaitWritten(underWay);
        }
        awaitWritten(version);
        synchronized (commitLock) {
            committedWrites = Math.max(committedWrites, covered);
            committedReads.committed(committedWrites);
        }
    }

    /**
     * Starts a commit of every write applied so far, between two writes: H2 takes the root of every map at once
     * and hands the encoding and writing of their pages to its serialization thread. The documents those roots
     * hold are never changed in place ({@link KeyedH2Collection#changing}), so what the thread writes is the
     * store exactly as it was at this moment, however many writes follow meanwhile.
     */
    private void startCommitBetweenWrites() {
        synchronized (writeLock) {
            long covered = appliedWrites.get();
            if (store.hasUnsavedChanges()) {
                long version = store.tryCommit();
                if (version < 0) {
                    version = store.commit(); // another store operation holds H2's lock: commit in this thread
                }
                if (version >= 0) {
                    startedVersion = version;
                }
            }
            // with nothing unsaved, every applied write is in the last started commit
            startedWrites = covered;
        }
    }

    private boolean written(long version) {
        return writtenVersion >= version;
    }

    /** Waits until the file holds the commit of this MVStore version (or a later one), chunk and store header. */
    private void awaitWritten(long version) {
        if (written(version)) {
            return;
        }
        awaitEveryStartedCommitWritten();
        synchronized (commitLock) {
            writtenVersion = Math.max(writtenVersion, version);
        }
    }

    /**
     * Returns once the file holds every commit started before the call: H2 encodes commits in one thread and writes
     * them in another, each taking its tasks in order, so once a task handed to the first and then one handed to the
     * second have run, every commit started before them is in the file.
     */
    private void awaitEveryStartedCommitWritten() {
        try {
            serializationThread.submit(() -> {}).get();
            saveThread.submit(() -> {}).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a commit", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            failIfClosed();
            throw new IllegalStateException("the commit could not be waited for", e);
        }
        failIfClosed();
    }

    /** The thread that encodes commits, in order (for the store's tests, which hold it up). */
    java.util.concurrent.ThreadPoolExecutor serializationThread() {
        return (java.util.concurrent.ThreadPoolExecutor) serializationThread;
    }

    /** The thread that writes encoded commits to the file, in order (for the store's tests, which hold it up). */
    java.util.concurrent.ThreadPoolExecutor saveThread() {
        return (java.util.concurrent.ThreadPoolExecutor) saveThread;
    }

    /** One of the two threads of H2's file store that encode and write commits, in order. */
    private static java.util.concurrent.ExecutorService h2Thread(MVStore store, String field) {
        try {
            java.lang.reflect.Field f = org.h2.mvstore.FileStore.class.getDeclaredField(field);
            f.setAccessible(true);
            Object executor = f.get(store.getFileStore());
            if (executor == null) {
                throw new IllegalStateException("H2's " + field + " runs only beside its background writer");
            }
            return (java.util.concurrent.ExecutorService) executor;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this H2 version keeps no " + field, e);
        }
    }

    private void failIfClosed() {
        if (store.isClosed()) {
            throw new IllegalStateException("the store was closed before the commit reached its file");
        }
    }

    /**
     * Commits the MVStore while no write is being applied, in this thread, and returns the ticket of the last write it
     * covers (for a compaction, whose rewritten pages no write waits for).
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
