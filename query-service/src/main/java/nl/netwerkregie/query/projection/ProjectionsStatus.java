package nl.netwerkregie.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The state of every view family in this query-service instance. */
public record ProjectionsStatus(
        @Schema(description = "One entry per view family, by name")
        List<ProjectionStatus> families,

        @Schema(description = "Reads waiting in this instance for a view family to include their consistency token")
        int waitingReads) {}
