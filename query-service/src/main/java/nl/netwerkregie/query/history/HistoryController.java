package nl.netwerkregie.query.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.query.projection.ThemeVersionHeader;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "History", description = "Every event of a theme, in order, with who recorded it, when and why")
class HistoryController {
    static final int MAX_PAGE_SIZE = 500;
    private final ThemeHistoryProjection history;

    HistoryController(ThemeHistoryProjection history) {
        this.history = history;
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/themes/{themeId}/history", produces = "application/json")
    @Operation(
            summary = "A theme's history, paged",
            description = "Every event in the order it was recorded, with "
                    + "its effective date, recording time, who recorded it, the reason and the correlation id. Pages count "
                    + "from 1; pageSize is 1 to 500 (default 50).")
    HistoryPage history(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int pageSize) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        if (page < 1) {
            in.reject("page", "must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            in.reject("pageSize", "must be 1 to " + MAX_PAGE_SIZE);
        }
        in.throwIfInvalid();
        ThemeHistoryProjection.Head head = history.head(
                        id.value(),
                        ThemeVersionHeader.versionRead(ThemeHistoryProjection.GROUP, id.value())
                                .orElse(-1))
                .filter(h -> h.municipality().equals(gm.value()))
                .orElseThrow(() -> new UnknownResourceException("theme", themeId, "themeId"));
        long totalPages = Math.max(1, (head.events() + pageSize - 1) / pageSize);
        long from = (long) (page - 1) * pageSize;
        long to = Math.min(head.events(), from + pageSize);
        String base = "/v1/municipalities/" + gm + "/themes/" + id + "/history?pageSize=" + pageSize + "&page=";
        return new HistoryPage(
                gm.value(),
                id.value(),
                page,
                pageSize,
                head.events(),
                totalPages,
                from < to ? history.range(id.value(), from, to) : java.util.List.of(),
                new HistoryPage.PageLinks(
                        base + page,
                        base + 1,
                        page > 1 ? base + Math.min(page - 1, totalPages) : null,
                        page < totalPages ? base + (page + 1) : null,
                        base + totalPages));
    }
}
