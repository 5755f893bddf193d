package nl.netwerkregie.query.involvement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Sector;
import nl.netwerkregie.values.ThemeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Actors across themes",
        description = "A municipality's actors with the themes they take part in, and how themes connect through them")
class ActorsController {
    /** The most actors on one page. */
    static final int MAX_PAGE_SIZE = 500;
    /** The longest text searched for in names. */
    static final int MAX_NAME_QUERY = 100;

    private final ActorsAcrossThemes across;
    private final Clock clock;

    ActorsController(ActorsAcrossThemes across, Clock clock) {
        this.across = across;
        this.clock = clock;
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/actors", produces = "application/json")
    @Operation(
            summary = "The municipality's actors and the themes they take part in",
            description = "Every actor registered by the date, with its sector and buurt then and each theme it holds "
                    + "a position in or is a schakel of then. Filters: `name` (part of a name, ignoring case: an "
                    + "organisation's name for everyone, a person's only for callers who may see personal data), "
                    + "`sector`, `buurt` (its classification on the date), `theme` (involved in it), `involved` (in any "
                    + "theme or in none). Ordered by registration date, then id. A person's name only for callers who "
                    + "may see personal data (logged); else `nameWithheld`. Pages count from 1, pageSize 1 to 500.")
    ActorList actors(
            @PathVariable String municipality,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(
                            description = "part of a name, 2 to 100 characters",
                            schema = @Schema(type = "string", minLength = 2, maxLength = MAX_NAME_QUERY))
                    @RequestParam(required = false)
                    String name,
            @Parameter(description = "the sector on the date") @RequestParam(required = false) Sector sector,
            @Parameter(description = "the buurt on the date (BU + 8 digits)") @RequestParam(required = false)
                    String buurt,
            @Parameter(description = "a theme the actor is involved in on the date") @RequestParam(required = false)
                    String theme,
            @Parameter(description = "true: involved in some theme on the date; false: in none")
                    @RequestParam(required = false)
                    Boolean involved,
            @Parameter(description = "the page, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "actors per page, 1 to 500") @RequestParam(defaultValue = "50") int pageSize) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        String text = in.optional("name", name, n -> {
            String t = n.strip();
            if (t.length() < 2 || t.length() > MAX_NAME_QUERY) {
                throw new IllegalArgumentException("must be 2 to " + MAX_NAME_QUERY + " characters");
            }
            return t;
        });
        String b = in.optional("buurt", buurt, v -> new BuurtCode(v).value());
        String t = in.optional("theme", theme, v -> new ThemeId(v).value());
        if (page < 1) {
            in.reject("page", "must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            in.reject("pageSize", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        in.throwIfInvalid();
        return across.list(
                gm.value(),
                date == null ? LocalDate.now(clock) : date,
                new ActorsAcrossThemes.Filter(text, sector, b, t, involved),
                page,
                pageSize);
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/theme-connections", produces = "application/json")
    @Operation(
            summary = "How the municipality's themes connect through the actors they share",
            description = "On the date: every pair of themes that share at least one involved actor (a position or a "
                    + "schakel), with how many of those are a schakel in one of the two, most shared first; and the "
                    + "actors involved in two or more themes, with their role in each, schakels first.")
    ThemeConnections connections(
            @PathVariable String municipality,
            @Parameter(description = "the date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        in.throwIfInvalid();
        return across.connections(gm.value(), date == null ? LocalDate.now(clock) : date);
    }
}
