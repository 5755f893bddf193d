package nl.netwerkregie.query.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegieRole;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.ZelfscanSector;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Regions",
        description = "The regions a municipality is a member of and the results of their zelfscan regieneming per "
                + "role and scan moment, and the change between two moments, on any date")
class RegionController {
    private static final String PATH = "/v1/municipalities/{municipality}/regions";
    private static final String MEMBERS_ONLY =
            "Only a member municipality reads a region; to any other it is " + "unknown (404). ";
    private static final String FILTERS = "Limit the answers counted with `sector` (the sector a respondent spoke "
            + "for) and `member` (a member municipality). ";

    private final RegionViews views;
    private final Clock clock;

    RegionController(RegionViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GetMapping(value = PATH, produces = "application/json")
    @Operation(
            summary = "The regions the municipality is a member of, on a date",
            description = "Every region defined by the date that has the municipality among its members, by name, "
                    + "with its scan moments as on the single region.")
    RegionView.Regions regions(
            @PathVariable String municipality,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        in.throwIfInvalid();
        return views.regions(gm.value(), on(date));
    }

    @GetMapping(value = PATH + "/{regionId}", produces = "application/json")
    @Operation(
            summary = "One region on a date",
            description = MEMBERS_ONLY + "Its name, members and sectors, and its scan moments opened by the date: who "
                    + "opened each and when, its closing date once closed by then, and how many answers are dated "
                    + "on or before the date. Defined after the date: 404.")
    RegionView region(
            @PathVariable String municipality,
            @PathVariable String regionId,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        RegionId id = in.required("regionId", regionId, RegionId::new);
        in.throwIfInvalid();
        return views.region(gm.value(), id.value(), on(date));
    }

    @GetMapping(value = PATH + "/{regionId}/zelfscans/{scan}", produces = "application/json")
    @Operation(
            summary = "The results of a scan moment on a date",
            description = MEMBERS_ONLY + FILTERS + "Per role (designer, quartermaster, connector, conductor): how many "
                    + "respondents scored it (n), the median and mean level, the distribution over the five levels "
                    + "(count and share of n) and the actors named as filling it; and the respondents per member "
                    + "municipality and per sector. Only answers dated on or before the date count. A scan moment "
                    + "not opened by the date, or a member that is none: 404.")
    RegionView.Results results(
            @PathVariable String municipality,
            @PathVariable String regionId,
            @Parameter(
                            description = "the scan moment, from 1",
                            schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    @PathVariable
                    int scan,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(description = "only respondents who spoke for this sector") @RequestParam(required = false)
                    ZelfscanSector sector,
            @Parameter(
                            description = "only respondents of this member municipality (GM code)",
                            schema = @Schema(pattern = MunicipalityCode.PATTERN))
                    @RequestParam(required = false)
                    String member) {
        Query q = query(municipality, regionId, member, "scan", scan);
        return views.results(q.gm(), q.region(), scan, on(date), sector, q.member());
    }

    @GetMapping(value = PATH + "/{regionId}/zelfscans/changes", produces = "application/json")
    @Operation(
            summary = "The change per role between two scan moments",
            description = MEMBERS_ONLY + FILTERS + "For each role the results of `from` and of `to` (as on a scan "
                    + "moment), the change of the median and of the mean, and per level the change of its share, "
                    + "both moments as they stood on the date. Either moment not opened by the date: 404.")
    RegionView.Changes changes(
            @PathVariable String municipality,
            @PathVariable String regionId,
            @Parameter(
                            description = "the earlier scan moment",
                            required = true,
                            schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    @RequestParam
                    int from,
            @Parameter(
                            description = "the later scan moment",
                            required = true,
                            schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    @RequestParam
                    int to,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(description = "only respondents who spoke for this sector") @RequestParam(required = false)
                    ZelfscanSector sector,
            @Parameter(
                            description = "only respondents of this member municipality (GM code)",
                            schema = @Schema(pattern = MunicipalityCode.PATTERN))
                    @RequestParam(required = false)
                    String member) {
        Query q = query(municipality, regionId, member, "from", from, "to", to);
        return views.changes(q.gm(), q.region(), from, to, on(date), sector, q.member());
    }

    @GetMapping(value = PATH + "/{regionId}/zelfscans/{scan}/chart.svg", produces = "image/svg+xml")
    @Operation(
            summary = "The results of a scan moment as bar charts",
            description = MEMBERS_ONLY + FILTERS + "An SVG panel per role (or only `role`) with a bar per level, its "
                    + "height the share of the role's respondents, the count above it; with `compareWith`, an "
                    + "earlier scan moment's bars stand grey beside each level.")
    String chart(
            @PathVariable String municipality,
            @PathVariable String regionId,
            @Parameter(
                            description = "the scan moment, from 1",
                            schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    @PathVariable
                    int scan,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(description = "only this role") @RequestParam(required = false) RegieRole role,
            @Parameter(
                            description = "an earlier scan moment to draw beside it",
                            schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    @RequestParam(required = false)
                    Integer compareWith,
            @Parameter(description = "only respondents who spoke for this sector") @RequestParam(required = false)
                    ZelfscanSector sector,
            @Parameter(
                            description = "only respondents of this member municipality (GM code)",
                            schema = @Schema(pattern = MunicipalityCode.PATTERN))
                    @RequestParam(required = false)
                    String member) {
        Query q = query(municipality, regionId, member, "scan", scan, "compareWith", compareWith);
        LocalDate on = on(date);
        RegionView.Results results = views.results(q.gm(), q.region(), scan, on, sector, q.member());
        RegionView.Results earlier =
                compareWith == null ? null : views.results(q.gm(), q.region(), compareWith, on, sector, q.member());
        List<RegionView.RoleResult> roles = results.roles().stream()
                .filter(r -> role == null || r.role() == role)
                .toList();
        return ZelfscanSvg.render(results, earlier, roles);
    }

    private record Query(String gm, String region, String member) {}

    /** The path and filters checked; each scan moment named (by {@code name=value} pairs) must be 1 or more. */
    private static Query query(String municipality, String regionId, String member, Object... moments) {
        Inputs in = new Inputs();
        for (int i = 0; i < moments.length; i += 2) {
            if (moments[i + 1] instanceof Integer n && n < 1) {
                in.reject((String) moments[i], "must be a scan moment, 1 or more");
            }
        }
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        RegionId id = in.required("regionId", regionId, RegionId::new);
        MunicipalityCode of = in.optional("member", member, MunicipalityCode::new);
        in.throwIfInvalid();
        return new Query(gm.value(), id.value(), of == null ? null : of.value());
    }

    private LocalDate on(LocalDate date) {
        return date == null ? LocalDate.now(clock) : date;
    }
}
