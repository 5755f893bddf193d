package nl.netwerkregie.query.research;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open research exports: a municipality's Data Package and a theme's dynamic GEXF graph. */
@RestController
@Tag(name = "Research")
class ResearchExportController {
    /** The pattern of a study's name. */
    static final String STUDY = "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$";

    private final DataPackageExport dataPackage;
    private final GexfExport gexf;
    private final Clock clock;

    ResearchExportController(DataPackageExport dataPackage, GexfExport gexf, Clock clock) {
        this.dataPackage = dataPackage;
        this.gexf = gexf;
        this.clock = clock;
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/research/data-package", produces = "application/zip")
    @Operation(
            summary = "Export the municipality's research data as a Data Package",
            description = "A Frictionless Data Package 2.0 as a zip: datapackage.json (a Table Schema per table, the "
                    + "as-of date, the time it was made, each table's rows, bytes and SHA-256, the licence) and tidy "
                    + "CSV tables: actors, classifications, themes, cycles, positions (spells), schakels, ingredients, "
                    + "links (spells), judgements (per cycle end), responsibilities, indicators and buurt_cycles (the "
                    + "comparison). Actors appear under pseudonyms — new in every export, or stable within a named "
                    + "`study` — never with a name, contact detail or free text; a person's buurt is left out when "
                    + "fewer than the minimum cell size (5 by default) of people share its buurt and sector. Facts "
                    + "effective after `date` are left out. Streamed, one theme at a time.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the zip, streamed",
                            content =
                                    @Content(
                                            mediaType = "application/zip",
                                            schema = @Schema(type = "string", format = "binary"))))
    void dataPackage(
            @PathVariable String municipality,
            @Parameter(description = "the as-of date (YYYY-MM-DD); today when absent") @RequestParam(required = false)
                    LocalDate date,
            @Parameter(
                            description = "a study's name (letters, digits, space . _ -; at most 100): pseudonyms "
                                    + "stay the same in every export of that study",
                            schema = @Schema(type = "string", pattern = STUDY, maxLength = 100))
                    @RequestParam(required = false)
                    String study,
            HttpServletResponse response)
            throws IOException {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        String s = in.optional("study", study, ResearchExportController::study);
        in.throwIfInvalid();
        LocalDate asOf = date == null ? LocalDate.now(clock) : date;
        response.setStatus(200);
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"netwerkregie-" + gm.value() + "-" + asOf + ".zip\"");
        dataPackage.write(gm.value(), asOf, s, response.getOutputStream());
    }

    @GetMapping(
            value = "/v1/municipalities/{municipality}/themes/{themeId}/network.gexf",
            produces = "application/gexf+xml")
    @Operation(
            summary = "The theme's network as a dynamic GEXF 1.3 graph",
            description = "For Gephi's timeline: actors (under pseudonyms, as in the Data Package: new per export or "
                    + "stable within a `study`) and ingredients are nodes, schakel links undirected edges, each with "
                    + "its spells (GEXF intervals include their last day); per actor a dynamic boolean attribute per "
                    + "position and its sector over time. No names, texts or visual data.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the graph",
                            content = @Content(mediaType = "application/gexf+xml", schema = @Schema(type = "string"))))
    void network(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Parameter(
                            description = "a study's name: pseudonyms stay the same in every export of that study",
                            schema = @Schema(type = "string", pattern = STUDY, maxLength = 100))
                    @RequestParam(required = false)
                    String study,
            HttpServletResponse response)
            throws IOException {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        String s = in.optional("study", study, ResearchExportController::study);
        in.throwIfInvalid();
        java.util.function.Consumer<java.io.OutputStream> graph = gexf.graph(gm.value(), id.value(), s);
        response.setStatus(200);
        response.setContentType("application/gexf+xml");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"network-" + id.value() + ".gexf\"");
        graph.accept(response.getOutputStream());
    }

    private static String study(String raw) {
        if (!raw.matches(STUDY)) {
            throw new IllegalArgumentException(
                    "must be 1 to 100 letters, digits, spaces, dots, underscores or hyphens, starting with a letter or digit");
        }
        return raw;
    }
}
