package nl.netwerkregie.query.matrix;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Stelselmatrix",
        description = "The stelselmatrix of a theme in a buurt on any date, its heat map, and the shift of "
                + "responsibility across a cycle or between two dates; a municipality's settings")
class MatrixController {
    private static final String MATRICES = "/v1/municipalities/{municipality}/themes/{themeId}/matrices";
    private final MatrixViews views;
    private final nl.netwerkregie.query.indicators.IndicatorDirectory indicators;
    private final Clock clock;

    private final nl.netwerkregie.query.projection.KnownAt known;

    MatrixController(
            MatrixViews views,
            nl.netwerkregie.query.indicators.IndicatorDirectory indicators,
            Clock clock,
            nl.netwerkregie.query.projection.KnownAt known) {
        this.views = views;
        this.indicators = indicators;
        this.clock = clock;
        this.known = known;
    }

    @GetMapping(value = MATRICES, produces = "application/json")
    @Operation(summary = "The theme's stelselmatrices", description = "One per buurt, with the day it was set up.")
    MatrixList matrices(@PathVariable String municipality, @PathVariable String themeId) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        in.throwIfInvalid();
        return views.list(gm.value(), id.value());
    }

    @GetMapping(value = MATRICES + "/{buurt}", produces = "application/json")
    @Operation(
            summary = "The stelselmatrix on a date",
            description = "The positions in force in chain order; per cell its own strength and network strategies, "
                    + "the attention points open, and the latest judgement with a measurement moment on or before the "
                    + "date, labelled on the scale it was made on; the responsibilities carried. Only what had taken "
                    + "effect by the date. With knownAt: the matrix as the system knew it at that recording time (facts "
                    + "recorded later, back-dated ones included, left out; the scales as known now).")
    MatrixView matrix(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(
                            description =
                                    "a recording time (ISO-8601 with offset, or a date: the end of that day in the "
                                            + "Netherlands): the matrix as known then",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", maxLength = 40))
                    @RequestParam(required = false)
                    String knownAt) {
        Key k = key(municipality, themeId, buurt);
        java.time.Instant asKnown = nl.netwerkregie.query.projection.KnownAt.parse(knownAt);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        if (asKnown != null) {
            long upTo = known.lastSequenceRecordedBy(
                    nl.netwerkregie.events.MatrixEvent.matrixId(new ThemeId(k.themeId()), new BuurtCode(k.buurt())),
                    asKnown);
            return views.matrixOn(k.municipality(), k.themeId(), k.buurt(), on, upTo);
        }
        return views.matrixOn(k.municipality(), k.themeId(), k.buurt(), on);
    }

    @GetMapping(value = MATRICES + "/{buurt}/heat-map.svg", produces = "image/svg+xml")
    @Operation(
            summary = "The stelselmatrix on a date as a heat map",
            description = "An SVG grid of positions × elements, each cell coloured by its judgement's rank on its "
                    + "scale (grey: not judged), with its level and the number of open attention points, and a "
                    + "legend of the scale in force.")
    String heatMap(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        return HeatMapSvg.render(matrix(municipality, themeId, buurt, date, null));
    }

    @GetMapping(value = MATRICES + "/{buurt}/shift", produces = "application/json")
    @Operation(
            summary = "How responsibility shifted across a cycle or between two dates",
            description = "Give `cycle` (from the day before the cycle starts to its last day) or `from` and `to`. "
                    + "Judgements that moved up or down, attention points opened and closed, every responsibility "
                    + "taken, moved or disappeared, per position the net gain, and the measure of how far "
                    + "responsibility moved toward resident and buurt along the chain.")
    ShiftView shift(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @Parameter(description = "a programme cycle of the theme, from 1") @RequestParam(required = false)
                    Integer cycle,
            @Parameter(description = "the first date (YYYY-MM-DD): the matrix as it stood then")
                    @RequestParam(required = false)
                    LocalDate from,
            @Parameter(description = "the second date (YYYY-MM-DD), not before from") @RequestParam(required = false)
                    LocalDate to) {
        Key k = key(municipality, themeId, buurt);
        if (cycle != null && cycle < 1) {
            throw new nl.netwerkregie.platform.domain.InvalidInputException("cycle", "must be 1 or more");
        }
        return views.shift(k.municipality(), k.themeId(), k.buurt(), cycle, from, to);
    }

    /** The largest page of activities or portfolio items. */
    static final int MAX_PAGE_SIZE = 500;

    @GetMapping(value = MATRICES + "/{buurt}/shift.svg", produces = "image/svg+xml")
    @Operation(
            summary = "The shift of responsibility drawn as flows",
            description = "The positions of the chain from the household outward; an arc per pair of positions "
                    + "responsibilities moved between (above toward the household, below away from it), as thick as "
                    + "the number of moves; per position the responsibilities carried on each date, taken and "
                    + "disappeared; the measure. The same parameters as the shift report.")
    String shiftSvg(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @Parameter(description = "a programme cycle of the theme, from 1") @RequestParam(required = false)
                    Integer cycle,
            @Parameter(description = "the first date (YYYY-MM-DD)") @RequestParam(required = false) LocalDate from,
            @Parameter(description = "the second date (YYYY-MM-DD)") @RequestParam(required = false) LocalDate to) {
        return FlowsSvg.render(shift(municipality, themeId, buurt, cycle, from, to));
    }

    @GetMapping(value = MATRICES + "/{buurt}/indicators", produces = "application/json")
    @Operation(
            summary = "The buurt's indicators beside the matrix's judgements",
            description =
                    "The wijkprofiel indicators of the matrix's buurt over time (as `/buurten/{buurt}/indicators`) "
                            + "and, per year from the matrix's set-up on, how many cells were judged at the end of that year "
                            + "and the mean rank of their judgements (0 to 1 on each judgement's own scale).")
    MatrixIndicatorsView indicators(
            @PathVariable String municipality, @PathVariable String themeId, @PathVariable String buurt) {
        Key k = key(municipality, themeId, buurt);
        return views.indicators(
                k.municipality(),
                k.themeId(),
                k.buurt(),
                indicators.series(k.municipality(), k.buurt(), null, null, null));
    }

    @GetMapping(value = MATRICES + "/{buurt}/fragility", produces = "application/json")
    @Operation(
            summary = "How fragile the matrix's responsibilities are on a date",
            description = "The ledger read beside the network of involvement: responsibilities carried through a "
                    + "single actor; those carried through actors who hold no position in the theme's network on the "
                    + "date; and those that disappeared after actors carrying them had left the network.")
    FragilityView fragility(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Key k = key(municipality, themeId, buurt);
        return views.fragilityOn(k.municipality(), k.themeId(), k.buurt(), date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping(value = MATRICES + "/{buurt}/activities", produces = "application/json")
    @Operation(
            summary = "The buurt's programme of activities on a date",
            description =
                    "Ordered by the start of their period; filter by status, by an attention point they serve and "
                            + "by a period they overlap (from, to). Pages count from 1, pageSize 1 to 500.")
    ActivitiesPage activities(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @RequestParam(required = false) nl.netwerkregie.values.ActivityStatus status,
            @Parameter(description = "an attention point id") @RequestParam(required = false) String attentionPoint,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int pageSize) {
        Key k = key(municipality, themeId, buurt);
        Inputs in = new Inputs();
        String point = in.optional(
                "attentionPoint", attentionPoint, p -> new nl.netwerkregie.values.AttentionPointId(p).value());
        checkPage(in, page, pageSize, from, to);
        in.throwIfInvalid();
        return views.activitiesOn(
                k.municipality(),
                k.themeId(),
                k.buurt(),
                date == null ? LocalDate.now(clock) : date,
                status,
                point,
                from,
                to,
                page,
                pageSize);
    }

    @GetMapping(value = MATRICES + "/{buurt}/phases", produces = "application/json")
    @Operation(
            summary = "The phases of building the social system on a date",
            description = "All five phases in order with the date each started, the contracts and learning agreements "
                    + "of phase 3 and whether they run on the date, and the communication plan of the portfolio.")
    PhasesView phases(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Key k = key(municipality, themeId, buurt);
        return views.phasesOn(k.municipality(), k.themeId(), k.buurt(), date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping(value = MATRICES + "/{buurt}/portfolio", produces = "application/json")
    @Operation(
            summary = "The buurtportfolio on a date",
            description = "Its items newest first (withdrawn ones left out from their withdrawal on), filtered by kind "
                    + "and by date (from, to), with the communication plan. Pages count from 1, pageSize 1 to 500.")
    PortfolioPage portfolio(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @RequestParam(required = false) nl.netwerkregie.values.PortfolioKind kind,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int pageSize) {
        Key k = key(municipality, themeId, buurt);
        Inputs in = new Inputs();
        checkPage(in, page, pageSize, from, to);
        in.throwIfInvalid();
        return views.portfolioOn(
                k.municipality(),
                k.themeId(),
                k.buurt(),
                date == null ? LocalDate.now(clock) : date,
                kind,
                from,
                to,
                page,
                pageSize);
    }

    private static void checkPage(Inputs in, int page, int pageSize, LocalDate from, LocalDate to) {
        if (page < 1) {
            in.reject("page", "must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            in.reject("pageSize", "must be 1 to " + MAX_PAGE_SIZE);
        }
        if (from != null && to != null && to.isBefore(from)) {
            in.reject("to", "must not lie before from");
        }
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/settings", produces = "application/json")
    @Operation(
            summary = "A municipality's settings on a date",
            description = "The chain new stelselmatrices start from, the judgement scale in force, and every scale "
                    + "version with its levels (the standard scale is version 1).")
    SettingsView settings(
            @PathVariable String municipality,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        in.throwIfInvalid();
        return views.settingsOn(gm.value(), date == null ? LocalDate.now(clock) : date);
    }

    private record Key(String municipality, String themeId, String buurt) {}

    private static Key key(String municipality, String themeId, String buurt) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        BuurtCode b = in.required("buurt", buurt, BuurtCode::new);
        in.throwIfInvalid();
        return new Key(gm.value(), id.value(), b.value());
    }
}
