package nl.netwerkregie.query.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.query.programme.CycleView;
import nl.netwerkregie.query.programme.ProgrammeDirectory;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/municipalities/{municipality}/themes/{themeId}")
@Tag(name = "Network of involvement", description = "The network on any date and how positions shifted")
class NetworkController {
    private final NetworkViews views;
    private final ProgrammeDirectory programmes;
    private final Clock clock;

    NetworkController(NetworkViews views, ProgrammeDirectory programmes, Clock clock) {
        this.views = views;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping(value = "/network", produces = "application/json")
    @Operation(
            summary = "The network on a date",
            description = "The theme as named on that date, the ingredients "
                    + "present, the actors with the positions they held, the schakel links, contacts and harvests.")
    NetworkView network(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(
                            description = "a programme cycle: the network at the end of its development period, or "
                                    + "today while it runs; not together with date")
                    @RequestParam(required = false)
                    Integer cycle) {
        Key k = key(municipality, themeId);
        LocalDate today = LocalDate.now(clock);
        if (cycle != null) {
            if (date != null) {
                throw new InvalidInputException("cycle", "cannot be combined with date");
            }
            CycleView.Period period = programmes.periodOf(k.municipality(), k.themeId(), cycle);
            date = period.end().isAfter(today) ? today : period.end();
        }
        return views.networkOn(k.municipality(), k.themeId(), date == null ? today : date);
    }

    @GetMapping(value = "/network.svg", produces = "image/svg+xml")
    @Operation(
            summary = "The network on a date, drawn",
            description = "An SVG picture: the theme in the core, the five "
                    + "positions as rings from the core outward (1 initiators innermost).")
    String networkSvg(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) Integer cycle) {
        return NetworkSvg.render(network(municipality, themeId, date, cycle));
    }

    @GetMapping(value = "/position-shifts", produces = "application/json")
    @Operation(
            summary = "How positions shifted between two dates",
            description = "Per actor the positions on 'from', on "
                    + "'to' and every change after 'from' up to and including 'to'; per position how many actors entered and left "
                    + "it; and a from-position x to-position table. A cell counts the actors who held the row's position on "
                    + "'from' and the column's on 'to' (NONE: no position at all); an actor holding several positions counts "
                    + "in every cell of its pairs.")
    ShiftsView shifts(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(description = "the first date (YYYY-MM-DD); required without cycle")
                    @RequestParam(required = false)
                    LocalDate from,
            @Parameter(description = "the last date (YYYY-MM-DD); required without cycle")
                    @RequestParam(required = false)
                    LocalDate to,
            @Parameter(
                            description = "a programme cycle: from the start of its development period to its end, "
                                    + "or today while it runs; not together with from and to")
                    @RequestParam(required = false)
                    Integer cycle) {
        Key k = key(municipality, themeId);
        if (cycle != null) {
            if (from != null || to != null) {
                throw new InvalidInputException("cycle", "cannot be combined with from and to");
            }
            CycleView.Period period = programmes.periodOf(k.municipality(), k.themeId(), cycle);
            LocalDate today = LocalDate.now(clock);
            from = period.start();
            to = period.end().isAfter(today) ? today : period.end();
        } else {
            Inputs in = new Inputs();
            in.required("from", from, d -> d);
            in.required("to", to, d -> d);
            in.throwIfInvalid();
        }
        return views.shiftsBetween(k.municipality(), k.themeId(), from, to);
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
