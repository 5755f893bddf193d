package nl.netwerkregie.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.h2.mvstore.MVStore;

/**
 * The in-process MongoDB wire-protocol server used where no MongoDB runs: the default run of the
 * system (as its own process, so that both services reach one store over a {@code mongodb://} URI)
 * and the tests (inside the test JVM).
 *
 * <p>With a data file the server keeps its data in an H2 MVStore file across restarts; only one
 * process can open that file at a time. Without one it keeps everything in memory.
 */
public final class EmbeddedStore implements AutoCloseable {
    private final MongoServer server;
    private final MongoBackend backend;
    private final InetSocketAddress address;

    private EmbeddedStore(MongoBackend backend, String host, int port) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        // A write waits for its commit on the connection's event-loop thread, and every connection of
        // a thread waits with it; Netty's default of two threads per core made reads queue behind commits.
        server.bind(new InetSocketAddress(host, port), 1, WORKER_THREADS);
        this.address = server.getLocalAddress();
    }

    /** The backend that serves this store (for the store's tests). */
    MongoBackend backend() {
        return backend;
    }

    /** Threads that serve connections; each connection is served by one of them. */
    private static final int WORKER_THREADS = 64;

    /** The MVStore page cache of a file store, in MiB; H2's own default of 16 MiB makes every scan of a large store read the file. */
    public static final int DEFAULT_CACHE_MB = 512;

    /** Starts a store that keeps its data in {@code dataFile}, listening on loopback; port 0 picks a free port. */
    public static EmbeddedStore onFile(Path dataFile, int port) {
        return onFile(dataFile, port, DEFAULT_CACHE_MB, true);
    }

    /**
     * As {@link #onFile(Path, int)}, with a page cache of {@code cacheMb} MiB. With {@code commitEachWrite}
     * every write is in the file before it is acknowledged ({@link DurableH2Backend}); without it H2
     * commits in the background about once a second (only for measuring what durability costs).
     */
    public static EmbeddedStore onFile(Path dataFile, int port, int cacheMb, boolean commitEachWrite) {
        try {
            Path parent = dataFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MVStore file = openFile(dataFile, cacheMb, commitEachWrite);
        return new EmbeddedStore(new DurableH2Backend(file, commitEachWrite), "127.0.0.1", port);
    }

    /** The H2 file as the store opens it: with {@code commitEachWrite}, only the backend ever commits it. */
    static MVStore openFile(Path dataFile, int cacheMb, boolean commitEachWrite) {
        MVStore.Builder builder = new MVStore.Builder()
                .fileName(dataFile.toAbsolutePath().toString())
                .cacheSize(cacheMb);
        if (commitEachWrite) {
            // the backend commits itself, between two writes, and hands each commit's encoding and writing to H2's
            // serialization and save threads, which exist only beside H2's background writer; that writer commits
            // on its own only after a delay no store reaches (about 25 days without any commit), so in effect never
            builder.autoCommitDisabled();
            builder.autoCompactFillRate(0); // the backend compacts, a little every second
            // and H2 never commits on its own: by default a write that finds more than the buffer (up to 19 MiB)
            // unsaved commits inside itself, half applied, or alongside another thread's write, which would store
            // a token without the views it covers (see DurableH2Backend#commitBetweenWrites)
            builder.autoCommitBufferSize(0);
            MVStore store = builder.open();
            store.setAutoCommitDelay(Integer.MAX_VALUE);
            return store;
        }
        return builder.open();
    }

    /** Starts a store that keeps everything in memory, listening on loopback; port 0 picks a free port. */
    public static EmbeddedStore inMemory(int port) {
        return new EmbeddedStore(new AtomicMemoryBackend(), "127.0.0.1", port);
    }

    /** The URI clients connect with, e.g. {@code mongodb://127.0.0.1:27017}. */
    public String uri() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    /** Stops listening, then closes the backend, which writes an H2 store's pending changes to its file. */
    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }

    /**
     * Runs the store as its own process until it is stopped (Ctrl-C or SIGTERM).
     * Arguments: {@code --port N} (default 27017), {@code --data FILE} (default {@code data/netwerkregie.mv}),
     * {@code --cache-mb N} (default 512), {@code --memory} to keep nothing on disk, {@code --lazy-commit}
     * to let H2 commit in the background instead of before each acknowledgement (loses recent writes on a crash).
     */
    /**
     * Switches off Netty's checks, on every byte a buffer reads or writes, that the buffer was not released and that
     * the index lies within it, unless set otherwise on the command line. The server encodes every answer and, on every
     * commit, every document of every page it writes as BSON through such buffers one value at a time: the checks were
     * a third of the store's time under the benchmark's command load. They find misuse of a buffer; the server's and
     * this store's use of them is covered by their tests, which run with the checks on.
     */
    static void withoutBufferChecks() {
        for (String check : List.of("io.netty.buffer.checkAccessible", "io.netty.buffer.checkBounds")) {
            if (System.getProperty(check) == null) {
                System.setProperty(check, "false");
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        withoutBufferChecks();
        int port = 27017;
        Path data = Path.of("data", "netwerkregie.mv");
        boolean memory = false;
        int cacheMb = DEFAULT_CACHE_MB;
        boolean commitEachWrite = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--memory" -> memory = true;
                case "--cache-mb" -> cacheMb = Integer.parseInt(args[++i]);
                case "--lazy-commit" -> commitEachWrite = false;
                default ->
                    throw new IllegalArgumentException("unknown argument " + args[i]
                            + " (use --port N, --data FILE, --cache-mb N, --memory, --lazy-commit)");
            }
        }
        EmbeddedStore store = memory ? inMemory(port) : onFile(data, port, cacheMb, commitEachWrite);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            store.close();
                            stopped.countDown();
                        },
                        "embedded-store-shutdown"));
        System.out.println("Embedded store listening on " + store.uri()
                + (memory
                        ? " (in memory)"
                        : " (data in " + data.toAbsolutePath()
                                + (commitEachWrite
                                        ? ", each write committed before it is acknowledged)"
                                        : ", committed lazily)")));
        stopped.await();
    }
}
