package nl.netwerkregie.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The state of the processor that builds the views: whether it runs, replays, and has caught up
 * with the event store, per segment this instance has claimed.
 */
public record ProjectionStatus(
        @Schema(description = "Name of the event processor that builds every view") String processor,
        @Schema(description = "Whether the processor runs in this instance") boolean running,
        @Schema(description = "Whether a replay is rebuilding the views and has not reached the end of the event store yet; "
                + "while true, the views are incomplete") boolean replaying,
        @Schema(description = "Whether every segment this instance has claimed has handled every event in the store") boolean caughtUp,
        @Schema(description = "The segments this instance has claimed; the others are claimed by other instances") List<Segment> segments) {

    public record Segment(
            @Schema(description = "Events of one theme or actor always go to the same segment") int segmentId,
            @Schema(description = "Whether this segment has handled every event in the store") boolean caughtUp,
            @Schema(description = "Whether this segment is replaying and has not reached the end of the event store yet") boolean replaying,
            @Schema(description = "Global position of the last event this segment has passed: the event store numbers "
                    + "every event, without holes except where a position was abandoned") Long position) {
    }
}
