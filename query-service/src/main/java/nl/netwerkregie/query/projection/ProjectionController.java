package nl.netwerkregie.query.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Projections",
        description = "The view families, each built by its own processor, and their rebuilds from the event store")
class ProjectionController {
    private static final String FAMILY = "view family: network, history, directory or actors";
    private final ViewRebuilds rebuilds;
    private final Views views;
    private final ViewFamilies families;
    private final ConsistencyGate gate;

    ProjectionController(ViewRebuilds rebuilds, Views views, ViewFamilies families, ConsistencyGate gate) {
        this.rebuilds = rebuilds;
        this.views = views;
        this.families = families;
        this.gate = gate;
    }

    @GetMapping(value = "/v1/projections", produces = "application/json")
    @Operation(
            summary = "The state of every view family",
            description = "Per view family: whether its processor runs, "
                    + "which generation of its views readers use, whether a rebuild is building the next one; and how many reads "
                    + "wait for a consistency token in this instance.")
    ProjectionsStatus status() {
        return new ProjectionsStatus(
                families.groups().stream().map(this::statusOf).toList(), gate.waiting());
    }

    @GetMapping(value = "/v1/projections/{family}", produces = "application/json")
    @Operation(summary = "The state of one view family")
    ProjectionStatus family(@Parameter(description = FAMILY) @PathVariable String family) {
        return statusOf(known(family));
    }

    @PostMapping(value = "/v1/projections/replays", produces = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Rebuild every view family from the event store",
            description =
                    "Starts a rebuild of each "
                            + "family that is not rebuilding already (see the rebuild of one family); answers the state of all.")
    ProjectionsStatus replay() {
        families.groups().forEach(rebuilds::startRebuild);
        return status();
    }

    @PostMapping(value = "/v1/projections/{family}/replays", produces = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Rebuild one view family from the event store",
            description = "Builds the next generation of "
                    + "the family's views from the start of the event store while readers keep reading the current one; once the "
                    + "new generation has caught up with the event store as it was when the rebuild started, readers switch to "
                    + "it. Commands recorded meanwhile appear in this family's views at that switch. The other families go on "
                    + "untouched. A request while the family's rebuild runs starts nothing and answers the running rebuild's "
                    + "status. Works with any number of query-service instances.")
    ProjectionStatus replayFamily(@Parameter(description = FAMILY) @PathVariable String family) {
        rebuilds.startRebuild(known(family));
        return statusOf(family);
    }

    private String known(String family) {
        if (!families.contains(family)) {
            throw new UnknownResourceException("view family", family, "family");
        }
        return family;
    }

    private ProjectionStatus statusOf(String group) {
        Views.State state = views.state(group);
        java.util.Optional<StreamingEventProcessor> processor = rebuilds.processor(group);
        if (processor.isEmpty()) { // a read-only instance builds nothing
            return new ProjectionStatus(
                    group,
                    false,
                    state.building() != null,
                    false,
                    List.of(),
                    state.active(),
                    state.building(),
                    state.building() == null ? null : state.target());
        }
        StreamingEventProcessor p = processor.get();
        List<ProjectionStatus.Segment> segments = new ArrayList<>();
        boolean caughtUp = true;
        for (EventTrackerStatus s : p.processingStatus().values()) {
            segments.add(new ProjectionStatus.Segment(
                    s.getSegment().getSegmentId(),
                    s.isCaughtUp(),
                    false,
                    s.getCurrentPosition().isPresent() ? s.getCurrentPosition().getAsLong() : null));
            caughtUp &= s.isCaughtUp();
        }
        segments.sort(java.util.Comparator.comparingInt(ProjectionStatus.Segment::segmentId));
        return new ProjectionStatus(
                p.getName(),
                p.isRunning(),
                state.building() != null,
                caughtUp && !segments.isEmpty(),
                segments,
                state.active(),
                state.building(),
                state.building() == null ? null : state.target());
    }
}
