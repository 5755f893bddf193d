package nl.netwerkregie.query.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Themes", description = "The themes of a municipality and of a buurt")
class DirectoryController {
    static final int MAX_PAGE_SIZE = 500;
    private final ThemeDirectoryProjection directory;

    DirectoryController(ThemeDirectoryProjection directory) {
        this.directory = directory;
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/themes", produces = "application/json")
    @Operation(
            summary = "The themes of a municipality",
            description = "Ordered by name; pages count from 1, pageSize 1 to 500.")
    ThemeList ofMunicipality(
            @PathVariable String municipality,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int pageSize) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        checkPage(in, page, pageSize);
        in.throwIfInvalid();
        List<ThemeSummary> all = directory.summaries(gm.value(), directory.themeIdsOfMunicipality(gm.value()));
        return page(gm.value(), null, all, page, pageSize, "/v1/municipalities/" + gm + "/themes");
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/buurten/{buurt}/themes", produces = "application/json")
    @Operation(
            summary = "The themes currently running in a buurt",
            description = "Ordered by name; pages count from 1, " + "pageSize 1 to 500.")
    ThemeList ofBuurt(
            @PathVariable String municipality,
            @PathVariable String buurt,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int pageSize) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        BuurtCode bu = in.required("buurt", buurt, BuurtCode::new);
        checkPage(in, page, pageSize);
        in.throwIfInvalid();
        if (!bu.belongsTo(gm)) {
            throw new InvalidInputException("buurt", "does not lie in " + gm);
        }
        List<ThemeSummary> all = directory.summaries(gm.value(), directory.themeIdsOfBuurt(bu.value()));
        return page(
                gm.value(), bu.value(), all, page, pageSize, "/v1/municipalities/" + gm + "/buurten/" + bu + "/themes");
    }

    private static void checkPage(Inputs in, int page, int pageSize) {
        if (page < 1) {
            in.reject("page", "must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            in.reject("pageSize", "must be 1 to " + MAX_PAGE_SIZE);
        }
    }

    private static ThemeList page(
            String municipality, String buurt, List<ThemeSummary> all, int page, int pageSize, String path) {
        long totalPages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        int from = (int) Math.min(all.size(), (long) (page - 1) * pageSize);
        int to = Math.min(all.size(), from + pageSize);
        String base = path + "?pageSize=" + pageSize + "&page=";
        return new ThemeList(
                municipality,
                buurt,
                page,
                pageSize,
                all.size(),
                totalPages,
                all.subList(from, to),
                new ThemeList.Links(
                        base + page,
                        base + 1,
                        page > 1 ? base + Math.min(page - 1, totalPages) : null,
                        page < totalPages ? base + (page + 1) : null,
                        base + totalPages));
    }
}
