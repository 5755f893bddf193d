package nl.netwerkregie.query.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.values.RegieRole;
import nl.netwerkregie.values.ZelfscanSector;

/** A region as it stood on a date: its members, the sectors it covers and its scan moments opened by then. */
@Schema(name = "Region")
public record RegionView(
        String regionId,
        String name,

        @Schema(description = "the member municipality that defined it")
        String definedBy,

        LocalDate definedOn,
        List<String> members,
        List<ZelfscanSector> sectors,
        LocalDate date,

        @Schema(description = "the scan moments opened on or before the date, in order")
        List<ScanMoment> zelfscans) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ScanMoment")
    public record ScanMoment(
            int scan,
            String title,
            String openedBy,
            LocalDate openedOn,

            @Schema(description = "absent while open on the date")
            LocalDate closedOn,

            @Schema(description = "the answers dated on or before the date")
            int answers) {}

    /** The regions a municipality is a member of, on a date. */
    @Schema(name = "Regions")
    public record Regions(String municipality, LocalDate date, List<RegionView> regions) {}

    /** The results of one scan moment on a date: per role the number of scores, the median and the distribution. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ZelfscanResults")
    public record Results(
            String regionId,
            int scan,
            String title,
            LocalDate openedOn,
            LocalDate closedOn,
            LocalDate date,

            @Schema(description = "the sector the results are limited to, when asked")
            ZelfscanSector sector,

            @Schema(description = "the member municipality the results are limited to, when asked")
            String municipality,

            @Schema(description = "the respondents counted") int respondents,

            @Schema(description = "respondents per member municipality")
            java.util.Map<String, Integer> respondentsByMunicipality,

            @Schema(description = "respondents per sector; NONE for those who named none")
            java.util.Map<String, Integer> respondentsBySector,

            @Schema(description = "the four roles, in the zelfscan's order")
            List<RoleResult> roles) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ZelfscanRoleResult")
    public record RoleResult(
            RegieRole role,

            @Schema(description = "the Dutch name: ontwerper, kwartiermaker, verbinder, dirigent")
            String term,

            @Schema(description = "how many respondents scored the role")
            int n,

            @Schema(description = "the median level (1-5; between two levels for an even n); absent when n is 0")
            Double median,

            @Schema(description = "the mean level, to two decimals; absent when n is 0")
            Double mean,

            @Schema(description = "per level 1 to 5: its label, how many scored it and their share of n")
            List<LevelCount> distribution,

            @Schema(description = "the actors named as filling the role, most named first")
            List<Filler> filledBy) {}

    @Schema(name = "ZelfscanLevelCount")
    public record LevelCount(int level, String label, int count, double share) {}

    @Schema(name = "ZelfscanFiller")
    public record Filler(String actorId, String municipality, int named) {}

    /** The change of each role between two scan moments. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ZelfscanChanges")
    public record Changes(
            String regionId,
            int from,
            int to,
            LocalDate date,
            ZelfscanSector sector,
            String municipality,
            List<RoleChange> roles) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ZelfscanRoleChange")
    public record RoleChange(
            RegieRole role,
            String term,
            RoleResult from,
            RoleResult to,

            @Schema(description = "the median of `to` minus that of `from`; absent when either has no scores")
            Double medianChange,

            @Schema(description = "the mean of `to` minus that of `from`, to two decimals")
            Double meanChange,

            @Schema(description = "per level: its share in `from` and in `to`, and the change of the share")
            List<LevelChange> distribution) {}

    @Schema(name = "ZelfscanLevelChange")
    public record LevelChange(int level, String label, double from, double to, double change) {}
}
