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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/municipalities/{municipality}/themes/{themeId}/cycles")
@Tag(name = "Programme cycles", description = "A theme's programme cycles on any date, side by side or one by one")
class ProgrammeController {
    private final ProgrammeViews views;
    private final Clock clock;

    private final nl.netwerkregie.query.projection.KnownAt known;

    ProgrammeController(ProgrammeViews views, Clock clock, nl.netwerkregie.query.projection.KnownAt known) {
        this.views = views;
        this.clock = clock;
        this.known = known;
    }

    @GetMapping(produces = "application/json")
    @Operation(
            summary = "The theme's programme cycles side by side on a date",
            description = "Every cycle started by the date with its period, name, state, highest step and practice "
                    + "agreements, so that a previous cycle's practice running beside the current programme shows; "
                    + "the theme's recurrence and the themes it is aligned with.")
    CyclesView cycles(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Key k = key(municipality, themeId);
        return views.cyclesOn(k.municipality(), k.themeId(), date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping(value = "/{cycle}", produces = "application/json")
    @Operation(
            summary = "A programme cycle on a date",
            description = "The steps started and when, with the instruments used; the broad conversation; the "
                    + "programme line of meeting moments planned and held; the manifestation and its harvest; step 5; "
                    + "the practice agreements and whether they run; the state. Only what had taken effect by the date. "
                    + "With knownAt: the cycle as the system knew it at that recording time (facts recorded later, "
                    + "back-dated ones included, left out).")
    CycleView cycle(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the cycle number, from 1") @PathVariable int cycle,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(
                            description =
                                    "a recording time (ISO-8601 with offset, or a date: the end of that day in the "
                                            + "Netherlands): the cycle as known then",
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", maxLength = 40))
                    @RequestParam(required = false)
                    String knownAt) {
        Key k = key(municipality, themeId);
        java.time.Instant asKnown = nl.netwerkregie.query.projection.KnownAt.parse(knownAt);
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        if (asKnown != null) {
            long upTo = known.lastSequenceRecordedBy(k.themeId(), asKnown);
            return views.cycleOn(k.municipality(), k.themeId(), cycle, on, upTo);
        }
        return views.cycleOn(k.municipality(), k.themeId(), cycle, on);
    }

    @GetMapping(value = "/{cycle}/programme-line.svg", produces = "image/svg+xml")
    @Operation(
            summary = "A cycle's programme line, drawn",
            description = "An SVG timeline: start, meeting moments (filled when held), the manifestation, the end, "
                    + "and the date asked marked as today.")
    String programmeLine(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestParam(required = false) LocalDate date) {
        return ProgrammeLineSvg.render(cycle(municipality, themeId, cycle, date, null));
    }

    private record Key(String municipality, String themeId) {}

    private static Key key(String municipality, String themeId) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        in.throwIfInvalid();
        return new Key(gm.value(), id.value());
    }
}
