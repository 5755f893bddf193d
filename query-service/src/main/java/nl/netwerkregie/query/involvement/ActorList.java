package nl.netwerkregie.query.involvement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Sector;

/** One page of a municipality's actors on a date, each with the themes it takes part in then. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One page of a municipality's actors on a date, each with the themes it takes part in then")
public record ActorList(String municipality, LocalDate date, int page, int pageSize, long total, List<Entry> actors) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(
            String actorId,
            ActorType type,

            @Schema(description = "Absent when the person was erased or the caller may not see personal data")
            String name,

            boolean nameWithheld,
            boolean erased,
            LocalDate registeredOn,
            Sector sector,
            String buurt,

            @Schema(description = "The themes it holds a position in or is a schakel of on the date, by name")
            List<ThemeRole> themes) {}

    public record ThemeRole(String themeId, String name, Set<Position> positions, boolean schakel) {
        public ThemeRole {
            positions = Position.canonical(positions);
        }
    }
}
