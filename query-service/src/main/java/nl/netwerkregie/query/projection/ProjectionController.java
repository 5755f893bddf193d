package nl.netwerkregie.query.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Projections", description = "The state of the views and their rebuild from the event store")
class ProjectionController {
    private final EventProcessingConfiguration processing;
    private final ProjectionProgress progress;

    ProjectionController(EventProcessingConfiguration processing, ProjectionProgress progress) {
        this.processing = processing;
        this.progress = progress;
    }

    @GetMapping(value = "/v1/projections", produces = "application/json")
    @Operation(summary = "The state of the views", description = "Whether the processor that builds every view runs, "
            + "replays, and has caught up with the event store.")
    ProjectionStatus status() {
        StreamingEventProcessor p = processor();
        List<ProjectionStatus.Segment> segments = new ArrayList<>();
        boolean caughtUp = true;
        boolean replaying = false;
        for (EventTrackerStatus s : p.processingStatus().values()) {
            // Axon ends a replay at the first event after the point of the reset; a segment that has
            // replayed up to the head has rebuilt its views, so it no longer counts as replaying
            boolean segmentReplaying = s.isReplaying() && !s.isCaughtUp();
            segments.add(new ProjectionStatus.Segment(s.getSegment().getSegmentId(), s.isCaughtUp(), segmentReplaying,
                    s.getCurrentPosition().isPresent() ? s.getCurrentPosition().getAsLong() : null));
            caughtUp &= s.isCaughtUp();
            replaying |= segmentReplaying;
        }
        return new ProjectionStatus(p.getName(), p.isRunning(), replaying,
                caughtUp && !segments.isEmpty(), segments);
    }

    @PostMapping(value = "/v1/projections/replays", produces = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild every view from the event store", description = "Stops the processor, clears every "
            + "view, resets its position to the start of the event store and starts it again. Views are incomplete "
            + "until the status reports caughtUp again.")
    ProjectionStatus replay() {
        StreamingEventProcessor p = processor();
        p.shutDown();
        progress.clear();
        p.resetTokens();
        p.start();
        return status();
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(Projections.GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no streaming processor " + Projections.GROUP));
    }
}
