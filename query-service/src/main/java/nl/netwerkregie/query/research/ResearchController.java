package nl.netwerkregie.query.research;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.platform.security.Account;
import nl.netwerkregie.platform.security.ResearchPublications;
import nl.netwerkregie.platform.security.ResearchScope;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Research",
        description = "For researchers: buurten compared across successive programme cycles, across the municipalities "
                + "that published their data for research")
class ResearchController {
    /** The most rows on one page of the comparison. */
    static final int MAX_PAGE_SIZE = 1000;
    /** The most municipalities one comparison may name. */
    static final int MAX_MUNICIPALITIES = 50;

    private final ResearchComparison comparison;
    private final ObjectProvider<ResearchPublications> publications;
    private final Clock clock;

    ResearchController(ResearchComparison comparison, ObjectProvider<ResearchPublications> publications, Clock clock) {
        this.comparison = comparison;
        this.publications = publications;
        this.clock = clock;
    }

    @GetMapping(value = "/v1/research/comparison", produces = "application/json")
    @Operation(
            summary = "Buurten compared across programme cycles",
            description = "One row per municipality × theme × buurt × cycle, aligned by cycle number (cycle 1 of one "
                    + "buurt beside cycle 1 of another, whatever the years): the network at the cycle's start and end "
                    + "(actors per position, entries, exits, turnover, actors that stayed from the previous cycle), "
                    + "graph metrics at the end (JGraphT: degree, betweenness, density, components), who holds the "
                    + "initiator and partner positions by sector, the stelselmatrix (judgements, the responsibility "
                    + "shift measure, phases, activities done) and the wijkprofiel indicators of the cycle's years. "
                    + "An actor counts in the buurt it is classified in on the date; unplaced, in the theme's buurt when "
                    + "it runs in one, else in a row without buurt. Old buurt codes roll into today's through the "
                    + "municipality's recodings. Counts only, no actor. Municipalities: those asked for, or every one "
                    + "the token covers (a researcher: only those published for research today); one the token may "
                    + "not read is refused with 403 naming `municipality`. Pages count from 1, pageSize 1 to 1000.")
    ComparisonView compare(
            @Parameter(description = "a municipality code (GM + 4 digits); repeat for several, at most 50")
                    @RequestParam(required = false)
                    List<String> municipality,
            @Parameter(description = "a theme id") @RequestParam(required = false) String theme,
            @Parameter(description = "a buurt by its code of today (BU + 8 digits)") @RequestParam(required = false)
                    String buurt,
            @Parameter(description = "a cycle number, from 1") @RequestParam(required = false) Integer cycle,
            @Parameter(description = "the page, from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "rows per page, 1 to 1000") @RequestParam(defaultValue = "100") int pageSize) {
        Inputs in = new Inputs();
        List<String> gms = municipality == null
                ? List.of()
                : in.list("municipality", municipality, m -> new MunicipalityCode(m).value(), 0, MAX_MUNICIPALITIES);
        String themeId = in.optional("theme", theme, t -> new ThemeId(t).value());
        String buurtCode = in.optional("buurt", buurt, b -> new BuurtCode(b).value());
        if (cycle != null && cycle < 1) {
            in.reject("cycle", "must be 1 or more");
        }
        if (page < 1) {
            in.reject("page", "must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            in.reject("pageSize", "must be from 1 to " + MAX_PAGE_SIZE);
        }
        in.throwIfInvalid();
        LocalDate today = LocalDate.now(clock);
        Account account = Account.current().orElseThrow();
        List<String> readable =
                ResearchScope.readable(account, gms, publications.getIfAvailable(), today, "municipality");
        List<ComparisonView.Row> rows = comparison.rows(readable, themeId, buurtCode, cycle, today);
        long first = (long) (page - 1) * pageSize;
        List<ComparisonView.Row> slice = first >= rows.size()
                ? List.of()
                : rows.subList((int) first, (int) Math.min(rows.size(), first + pageSize));
        return new ComparisonView(readable, themeId, buurtCode, cycle, page, pageSize, rows.size(), slice);
    }
}
