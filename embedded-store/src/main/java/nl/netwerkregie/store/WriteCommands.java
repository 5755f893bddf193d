package nl.netwerkregie.store;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Which wire-protocol commands may change the store, and why the backends run them one at a time.
 *
 * <p>MongoDB applies each write to a document atomically: two concurrent {@code $inc}s, or two
 * conditional updates of one document, never lose one another. The wire-protocol server reads and
 * then writes a document without a lock, so concurrent updates of one document can be lost (the
 * event store's position counter and the token store's claims both depend on this). The embedded
 * store therefore runs write commands one at a time; reads run alongside them.
 */
final class WriteCommands {
    /** Commands that never change the store. */
    private static final Set<String> READS = Set.of(
            "find",
            "getmore",
            "count",
            "distinct",
            "listcollections",
            "listindexes",
            "listdatabases",
            "hello",
            "ismaster",
            "ping",
            "buildinfo",
            "serverstatus",
            "getlasterror",
            "endsessions",
            "killcursors",
            "dbstats",
            "collstats",
            "whatsmyuri",
            "getparameter",
            "connectionstatus",
            "hostinfo",
            "getcmdlineopts",
            "explain",
            "getfreemonitoringstatus",
            "getlog",
            "saslstart",
            "saslcontinue");

    private WriteCommands() {}

    /**
     * Runs a write command while holding {@code lock}. {@code findAndModify} answers with the stored
     * document itself, so the answer is copied before the next write can change it.
     */
    static Document atomically(Object lock, Supplier<Document> command) {
        synchronized (lock) {
            return command.get().cloneDeeply();
        }
    }

    /** Whether a write command's write concern says explicitly not to wait for the journal. */
    static boolean unjournaled(Document query) {
        return query.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j"));
    }

    static boolean mayWrite(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            Object pipeline = query.get("pipeline");
            return pipeline instanceof List<?> stages
                    && stages.stream()
                            .anyMatch(stage ->
                                    stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
        }
        return !READS.contains(name);
    }
}
