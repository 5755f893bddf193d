package nl.netwerkregie.query.involvement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** How a municipality's themes connect through the people involved in more than one of them, on a date. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "How a municipality's themes connect through the actors involved in more than one of them")
public record ThemeConnections(
        String municipality,
        LocalDate date,

        @Schema(description = "Every pair of themes that share at least one actor, most shared first")
        List<Connection> connections,

        @Schema(description = "The actors involved in two or more themes, schakels first")
        List<SharedActor> actors) {

    public record Connection(
            List<String> themeIds,
            List<String> names,

            @Schema(description = "Actors involved in both") int sharedActors,

            @Schema(description = "Of those, the ones that are a schakel in at least one of the two")
            int sharedSchakels) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SharedActor(
            String actorId,
            String name,
            boolean nameWithheld,

            @Schema(description = "A schakel in at least one of its themes")
            boolean schakel,

            List<ActorList.ThemeRole> themes) {}
}
