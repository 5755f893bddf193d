package nl.netwerkregie.eventstore;

import java.util.List;
import java.util.Objects;
import org.bson.Document;

/**
 * Recomputes the hash chain of one aggregate's commits (see {@link EventCommits}) and names the first
 * event that breaks it. Pure: it reads nothing itself, so a tool can run it over an export as well.
 */
public final class EventChain {

    private EventChain() {}

    /** What can be wrong with a stored stream. */
    public enum ProblemKind {
        /** An event's content no longer matches the hash it was stored with. */
        ALTERED,
        /** A sequence number is absent: an event was removed (or the chain it continues is gone). */
        MISSING,
        /** An event has no valid place in the chain: a repeated sequence number, or no hash after the chain began, or a commit that does not continue the chain. */
        INSERTED
    }

    /**
     * The first event that breaks the chain.
     *
     * @param position the global position of the commit that holds it
     */
    public record Problem(
            ProblemKind kind,
            long sequenceNumber,
            String eventIdentifier,
            String payloadType,
            long position,
            String detail) {}

    /**
     * The outcome of a verification.
     *
     * @param events          events read
     * @param unchainedEvents events at the start of the stream recorded before the chain existed (not covered)
     * @param chainedFrom     the sequence number where the chain begins, or {@code null} when no event is chained
     * @param headSequence    the last event's sequence number, or {@code -1} for an empty stream
     * @param headHash        the chain's hash after its last event, or {@code null}
     * @param problem         the first problem found, or {@code null} when the chain is intact
     */
    public record Verification(
            long events, long unchainedEvents, Long chainedFrom, long headSequence, String headHash, Problem problem) {
        public boolean intact() {
            return problem == null;
        }
    }

    /** Verifies {@code commits} of {@code aggregateIdentifier}, in the order of their first sequence numbers. */
    public static Verification verify(String aggregateIdentifier, List<Document> commits) {
        Verifier verifier = new Verifier(aggregateIdentifier);
        for (Document commit : commits) {
            if (!verifier.accept(commit)) {
                break;
            }
        }
        return verifier.result();
    }

    /**
     * Verifies a stream one commit at a time, in the order of their first sequence numbers, so a reader that
     * streams the commits (an export) holds only the chain's head. A commit is taken whole ({@link #accept}) or
     * event by event ({@link #begin}, {@link #event}, {@link #end}), so a reader holds one event of a large commit at
     * a time. After the first problem it takes no more.
     */
    public static final class Verifier {
        private final String aggregateIdentifier;
        private long expected;
        private long read;
        private long unchained;
        private Long chainedFrom;
        private String hash;
        private Problem problem;

        // the commit being taken event by event
        private long position;
        private boolean hashed;
        private String continues;
        private String commitHash;
        private int index;
        private Document lastEvent;

        public Verifier(String aggregateIdentifier) {
            this.aggregateIdentifier = aggregateIdentifier;
        }

        /** Takes the next commit with its events; false once a problem has been found (this one or an earlier). */
        public boolean accept(Document commit) {
            begin(commit);
            for (Document event : EventCommits.events(commit)) {
                if (!event(event)) {
                    return false;
                }
            }
            return end();
        }

        /** Starts the next commit: its fields, whether or not its events are in it (they are not read here). */
        public void begin(Document commit) {
            position = EventCommits.lastPosition(commit);
            hashed = commit.containsKey(EventCommits.HASH);
            continues = commit.getString(EventCommits.PREVIOUS_HASH);
            commitHash = commit.getString(EventCommits.HASH);
            index = 0;
            lastEvent = null;
        }

        /** Takes the next event of the commit begun; false once a problem has been found. */
        public boolean event(Document event) {
            if (problem != null) {
                return false;
            }
            long sequence = event.get(EventCommits.SEQUENCE, Number.class).longValue();
            if (sequence > expected) {
                problem = problem(
                        ProblemKind.MISSING,
                        expected,
                        null,
                        position,
                        "sequence numbers " + expected + ".." + (sequence - 1) + " are absent");
                return false;
            }
            if (sequence < expected) {
                problem =
                        problem(ProblemKind.INSERTED, event, position, "sequence number " + sequence + " occurs twice");
                return false;
            }
            if (index == 0) {
                problem = continuity(event, hashed, continues, chainedFrom != null, hash, position);
                if (problem != null) {
                    return false;
                }
            }
            String stored = event.getString(EventCommits.HASH);
            if (stored == null) {
                if (chainedFrom != null || hashed) {
                    problem =
                            problem(ProblemKind.INSERTED, event, position, "an event without a hash inside the chain");
                    return false;
                }
                unchained++;
            } else {
                if (chainedFrom == null) {
                    chainedFrom = sequence;
                }
                String computed = EventCommits.chain(hash, EventCommits.canonical(aggregateIdentifier, event));
                if (!computed.equals(stored)) {
                    problem = problem(
                            ProblemKind.ALTERED,
                            event,
                            position,
                            "its content does not match the hash it was recorded with");
                    return false;
                }
                hash = computed;
            }
            read++;
            expected++;
            index++;
            lastEvent = event;
            return true;
        }

        /** Ends the commit begun: it held events, and its own hash is its last event's; false once a problem has been found. */
        public boolean end() {
            if (problem != null) {
                return false;
            }
            if (index == 0) {
                problem = problem(ProblemKind.MISSING, expected, null, position, "a commit without events");
                return false;
            }
            if (hashed && !Objects.equals(commitHash, hash)) {
                problem = problem(
                        ProblemKind.ALTERED, lastEvent, position, "the commit's hash does not match its events");
                return false;
            }
            return true;
        }

        public Verification result() {
            return new Verification(read, unchained, chainedFrom, expected - 1, hash, problem);
        }
    }

    /** Whether a commit whose first event is in its place continues the chain of the events before it. */
    private static Problem continuity(
            Document firstEvent, boolean hashed, String continues, boolean chained, String hash, long position) {
        if (hashed && chained && !Objects.equals(continues, hash)) {
            return problem(
                    ProblemKind.INSERTED,
                    firstEvent,
                    position,
                    "this commit does not continue the chain of the events before it");
        }
        if (hashed && !chained && continues != null) {
            return problem(
                    ProblemKind.MISSING,
                    firstEvent,
                    position,
                    "this commit continues a chain whose earlier events are not in the store");
        }
        return null;
    }

    private static Problem problem(ProblemKind kind, Document event, long position, String detail) {
        return new Problem(
                kind,
                event.get(EventCommits.SEQUENCE, Number.class).longValue(),
                event.getString(EventCommits.EVENT_IDENTIFIER),
                event.getString(EventCommits.PAYLOAD_TYPE),
                position,
                detail);
    }

    private static Problem problem(ProblemKind kind, long sequence, String payloadType, long position, String detail) {
        return new Problem(kind, sequence, null, payloadType, position, detail);
    }
}
