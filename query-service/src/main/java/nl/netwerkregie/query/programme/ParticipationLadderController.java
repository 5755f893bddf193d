package nl.netwerkregie.query.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Participation ladder",
        description = "How the municipality takes part in a theme on any date: its rung per subject and the sources of "
                + "influence of the parties")
class ParticipationLadderController {
    private final ProgrammeViews views;
    private final Clock clock;

    ParticipationLadderController(ProgrammeViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GetMapping(
            value = "/v1/municipalities/{municipality}/themes/{themeId}/participation-ladder",
            produces = "application/json")
    @Operation(
            summary = "The municipality's rungs on the participation ladder on a date",
            description = "Per subject of the theme the rung held on the date (LET_GO, FACILITATE, STIMULATE, DIRECT, "
                    + "REGULATE, from the bottom) with its meaning, since when, why and who decided, and every rung of "
                    + "the subject up to the date; per party its sources of influence then. Only what had taken "
                    + "effect by the date; a back-dated choice takes its place in time.")
    ParticipationLadderView ladder(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        in.throwIfInvalid();
        return views.ladderOn(gm.value(), id.value(), date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/themes/{themeId}/regie", produces = "application/json")
    @Operation(
            summary = "How the municipality takes the regie of the theme on a date, in MOVISIE's terms",
            description = "Each of the four elements it works on (A DEVELOP_A_VISION, B CHERISH_THE_NETWORK, C "
                    + "NAME_YOUR_OWN_ROLE, D VARY_THE_APPROACH) with its note; its own role per level "
                    + "(ADMINISTRATIVE_AND_POLICY, INTERNAL_INTEGRAL_STEERING, TOWARD_THE_PARTNERS, "
                    + "CHAIN_STEERING_IN_EXECUTION); per phase (JOINT_POLICY_VISION, SPATIAL_PLANS_AND_DESIGN, "
                    + "EXECUTION) what it has regie on and the skills it stresses. Each as it stood on the date, with "
                    + "its earlier versions; only what had taken effect by the date.")
    RegieView regie(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        in.throwIfInvalid();
        return views.regieOn(gm.value(), id.value(), date == null ? LocalDate.now(clock) : date);
    }
}
