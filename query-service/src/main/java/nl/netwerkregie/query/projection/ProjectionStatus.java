package nl.netwerkregie.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The state of one view family's processor: whether it runs, rebuilds, and has caught up with the
 * event store, per segment this instance has claimed.
 */
public record ProjectionStatus(
        @Schema(
                description =
                        "The view family: its processing group and event processor (network, history, directory, actors, programme)")
        String processor,

        @Schema(description = "Whether the processor runs in this instance")
        boolean running,

        @Schema(
                description =
                        "Whether a rebuild of this family runs; readers keep reading its previous generation meanwhile")
        boolean replaying,

        @Schema(description = "Whether every segment this instance has claimed has handled every event in the store")
        boolean caughtUp,

        @Schema(description = "The segments this instance has claimed; the others are claimed by other instances")
        List<Segment> segments,

        @Schema(description = "The generation of this family's views readers use now")
        int generation,

        @Schema(description = "The generation a rebuild is building; absent when no rebuild runs")
        Integer rebuildingGeneration,

        @Schema(
                description =
                        "The global position the rebuild must pass before readers switch to it (the head of the event "
                                + "store when it started); absent when no rebuild runs")
        Long rebuildTarget) {

    public record Segment(
            @Schema(description = "Events of one theme or actor always go to the same segment")
            int segmentId,

            @Schema(description = "Whether this segment has handled every event in the store")
            boolean caughtUp,

            @Schema(
                    description =
                            "Whether this segment is replaying and has not reached the end of the event store yet")
            boolean replaying,

            @Schema(
                    description = "Global position of the last event this segment has passed: the event store numbers "
                            + "every event, without holes except where a position was abandoned")
            Long position) {}
}
