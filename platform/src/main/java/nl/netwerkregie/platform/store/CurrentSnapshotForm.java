package nl.netwerkregie.platform.store;

import java.util.Objects;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedType;

/**
 * Which snapshots an aggregate may be loaded from: only those written in its current form. An aggregate
 * class states its snapshot form with {@code @Revision}; a snapshot stored under another revision (or
 * under a class that no longer exists) is passed over, and the aggregate is read from its events
 * instead. A release that changes an aggregate's state raises its revision, so no snapshot of the old
 * form is ever read into the new one (the stream is the truth; snapshots are a cache).
 */
final class CurrentSnapshotForm {
    static final SnapshotFilter FILTER =
            snapshot -> isCurrent(snapshot.getPayload().getType());

    private CurrentSnapshotForm() {}

    static boolean isCurrent(SerializedType type) {
        try {
            Class<?> aggregate =
                    Class.forName(type.getName(), false, Thread.currentThread().getContextClassLoader());
            Revision revision = aggregate.getAnnotation(Revision.class);
            return Objects.equals(revision == null ? null : revision.value(), type.getRevision());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
