package nl.netwerkregie.query.matrix;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.ActivityStatus;

/** One page of a buurt's programme of activities on a date, ordered by period start. */
@Schema(description = "One page of a buurt's programme of activities on a date, ordered by the start of their period")
public record ActivitiesPage(
        String municipality,
        String themeId,
        String buurt,
        LocalDate on,
        int page,
        int pageSize,
        long total,
        List<Activity> activities) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Activity(
            String activityId,
            String name,
            String description,

            @Schema(description = "The attention points it serves")
            List<String> attentionPoints,

            LocalDate start,
            LocalDate end,
            List<Milestone> milestones,
            String workingMethod,

            @Schema(description = "The position that owns it when it runs as a separate project")
            String owner,

            ActivityStatus status,
            LocalDate statusSince,
            LocalDate plannedOn) {}

    public record Milestone(LocalDate date, String what) {}
}
