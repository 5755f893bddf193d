package nl.netwerkregie.query.projection;

import java.util.List;

/**
 * The state of the processor that builds the views: whether it runs, replays, and has caught up
 * with the event store, per segment this instance has claimed.
 */
public record ProjectionStatus(String processor, boolean running, boolean replaying, boolean caughtUp,
                               List<Segment> segments) {

    public record Segment(int segmentId, boolean caughtUp, boolean replaying, Long position) {
    }
}
