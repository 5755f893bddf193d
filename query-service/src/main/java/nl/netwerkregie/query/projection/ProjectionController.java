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
    private final ViewRebuilds rebuilds;
    private final Views views;
    private final ConsistencyGate gate;

    ProjectionController(EventProcessingConfiguration processing, ViewRebuilds rebuilds, Views views, ConsistencyGate gate) {
        this.processing = processing;
        this.rebuilds = rebuilds;
        this.views = views;
        this.gate = gate;
    }

    @GetMapping(value = "/v1/projections", produces = "application/json")
    @Operation(summary = "The state of the views", description = "Whether the processor that builds every view runs, "
            + "which generation of the views readers use, whether a rebuild is building the next one, and how many reads "
            + "wait for a consistency token in this instance.")
    ProjectionStatus status() {
        StreamingEventProcessor p = processor();
        List<ProjectionStatus.Segment> segments = new ArrayList<>();
        boolean caughtUp = true;
        for (EventTrackerStatus s : p.processingStatus().values()) {
            segments.add(new ProjectionStatus.Segment(s.getSegment().getSegmentId(), s.isCaughtUp(), false,
                    s.getCurrentPosition().isPresent() ? s.getCurrentPosition().getAsLong() : null));
            caughtUp &= s.isCaughtUp();
        }
        Views.State state = views.state();
        return new ProjectionStatus(p.getName(), p.isRunning(), state.building() != null,
                caughtUp && !segments.isEmpty(), segments, state.active(), state.building(),
                state.building() == null ? null : state.target(), gate.waiting());
    }

    @PostMapping(value = "/v1/projections/replays", produces = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild every view from the event store", description = "Builds the next generation of every "
            + "view from the start of the event store while readers keep reading the current one; once the new generation "
            + "has caught up with the event store as it was when the rebuild started, readers switch to it. Commands "
            + "recorded meanwhile appear in the views at that switch. A request while a rebuild runs starts nothing and "
            + "answers the running rebuild's status. Works with any number of query-service instances.")
    ProjectionStatus replay() {
        rebuilds.startRebuild();
        return status();
    }

    private StreamingEventProcessor processor() {
        return rebuilds.processor();
    }
}
