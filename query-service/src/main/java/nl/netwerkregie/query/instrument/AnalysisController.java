package nl.netwerkregie.query.instrument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Instruments",
        description = "Theme analyses, environment analyses, capacity analyses and pattern research of a theme on any "
                + "date, per theme and per cycle")
class AnalysisController {
    private static final String PATH = "/v1/municipalities/{municipality}/themes/{themeId}/analyses";
    private final AnalysisViews views;
    private final Clock clock;

    AnalysisController(AnalysisViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GetMapping(value = PATH, produces = "application/json")
    @Operation(
            summary = "The theme's analyses on a date",
            description = "Every analysis opened by the date, by opening date, each as its latest session by then left "
                    + "it (see the single analysis). Filter by instrument and by cycle for the analyses of one cycle.")
    AnalysisView.Analyses analyses(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(description = "only analyses with this instrument") @RequestParam(required = false)
                    Instrument instrument,
            @Parameter(description = "only analyses made in this programme cycle") @RequestParam(required = false)
                    Integer cycle) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        if (cycle != null && cycle < 1) {
            in.reject("cycle", "must be 1 or more");
        }
        in.throwIfInvalid();
        return views.ofTheme(gm.value(), id.value(), date == null ? LocalDate.now(clock) : date, instrument, cycle);
    }

    @GetMapping(value = PATH + "/{analysisId}", produces = "application/json")
    @Operation(
            summary = "One analysis on a date",
            description =
                    "What it is (instrument, title, who made it, the cycle and step), its sessions dated on or "
                            + "before the date with their participants, and its content as the latest of those sessions "
                            + "recorded it (a back-dated session takes its place by date; of two sessions on one date the one "
                            + "recorded later stands): `themeAnalysis`, `environmentAnalysis`, `capacityAnalysis` or "
                            + "`patternResearch`, after its instrument. Unknown, of another theme, or opened after the date: 404.")
    AnalysisView analysis(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String analysisId,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        AnalysisId analysis = in.required("analysisId", analysisId, AnalysisId::new);
        in.throwIfInvalid();
        return views.on(gm.value(), id.value(), analysis.value(), date == null ? LocalDate.now(clock) : date);
    }
}
