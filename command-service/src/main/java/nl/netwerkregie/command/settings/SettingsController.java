package nl.netwerkregie.command.settings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.command.CommandDispatch;
import nl.netwerkregie.command.CommandDispatch.Recording;
import nl.netwerkregie.command.Recorded;
import nl.netwerkregie.command.settings.MunicipalitySettings.DefinedScale;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.JudgementScale;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ScaleLevel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The settings of a municipality: the chain its new stelselmatrices start from and its judgement scales. */
@RestController
@RequestMapping("/v1/municipalities/{municipality}/settings")
@Tag(
        name = "Settings",
        description = "A municipality's default chain of positions of responsibility and its judgement scales")
class SettingsController {
    private final CommandDispatch dispatch;

    SettingsController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    record Link(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ChainPosition.PATTERN)
            String position,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String name) {}

    record ChainRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(minItems = 1, maxItems = MunicipalitySettings.MAX_CHAIN)
            List<Link> chain,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record Level(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "10")
            Integer level,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String label,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String meaning) {}

    record ScaleRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(minItems = 2, maxItems = JudgementScale.MAX_LEVELS)
            List<Level> levels,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ResearchPublicationRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "true: published for research from the effective date; false: withdrawn")
            Boolean published,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PutMapping("/research-publication")
    @Operation(
            summary = "Publish the municipality's data for research, or withdraw it",
            description = "From the effective date researchers' tokens open this municipality's views (pseudonymised: "
                    + "no names or contact details, no history); withdrawn, they get 403 again. For administrators.")
    Recorded changeResearchPublication(
            @PathVariable String municipality,
            @RequestBody ResearchPublicationRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        Boolean published = in.required("published", body.published(), p -> p);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new ChangeResearchPublication(gm, published, rec.effectiveDate()), rec);
        return Recorded.ofSettings(gm.value(), null, version);
    }

    /** The longest citation of the source of a recoding. */
    static final int MAX_SOURCE = 500;
    /** The most codes a buurt may be split into. */
    static final int MAX_INTO = 20;

    record RecodingRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(
                    minItems = 1,
                    maxItems = MAX_INTO,
                    schema = @Schema(type = "string", pattern = nl.netwerkregie.values.BuurtCode.PATTERN))
            List<String> into,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = MAX_SOURCE,
                    description = "where the change is documented, e.g. the CBS publication of the year's changes")
            String source,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PutMapping("/buurt-recodings/{buurt}")
    @Operation(
            summary = "Record a CBS recoding of a buurt",
            description = "From the effective date the buurt's CBS code became the codes in `into` (one: renamed or "
                    + "merged into it; several: split), as documented in `source`. Research comparisons roll an old "
                    + "code into today's code when the chain of recodings leads to exactly one; a split buurt keeps its "
                    + "last single code. For administrators. Rules: buurt-outside-municipality, buurt-recoded-already, "
                    + "recoding-cycle.")
    Recorded recodeBuurt(
            @PathVariable String municipality,
            @PathVariable String buurt,
            @RequestBody RecodingRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        nl.netwerkregie.values.BuurtCode old = in.required("buurt", buurt, nl.netwerkregie.values.BuurtCode::new);
        List<nl.netwerkregie.values.BuurtCode> into =
                in.list("into", body.into(), nl.netwerkregie.values.BuurtCode::new, 1, MAX_INTO);
        if (into != null && new java.util.HashSet<>(into).size() != into.size()) {
            in.reject("into", "must not name a code twice");
        }
        String source =
                in.required("source", body.source(), s -> nl.netwerkregie.values.Texts.require(s, MAX_SOURCE, false));
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new RecodeBuurt(gm, old, into, source, rec.effectiveDate()), rec);
        return Recorded.ofSettings(gm.value(), null, version);
    }

    @PutMapping("/default-chain")
    @Operation(
            summary = "Change the default chain",
            description = "The positions of responsibility, in chain order, that matrices set up from the effective "
                    + "date on start from. Matrices already set up keep their own chain.")
    Recorded changeDefaultChain(
            @PathVariable String municipality, @RequestBody ChainRequest body, HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        List<ChainLink> chain = in.list(
                "chain",
                body.chain(),
                l -> new ChainLink(
                        l.position() == null ? null : new ChainPosition(l.position()),
                        l.name() == null ? null : new Label(l.name())),
                1,
                MunicipalitySettings.MAX_CHAIN);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new ChangeDefaultChain(gm, chain, rec.effectiveDate()), rec);
        return Recorded.ofSettings(gm.value(), null, version);
    }

    @PostMapping("/judgement-scales")
    @Operation(
            summary = "Define a judgement scale",
            description = "The municipality's own scale for judging stelselmatrix cells, in force from the effective "
                    + "date: 2 to 10 levels numbered 1 (lowest) to n, each with a label and its meaning. It gets the "
                    + "next version number (the standard scale is version 1); judgements keep the version they were "
                    + "made on.")
    ResponseEntity<Recorded> defineScale(
            @PathVariable String municipality, @RequestBody ScaleRequest body, HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        List<ScaleLevel> levels = in.list(
                "levels",
                body.levels(),
                l -> new ScaleLevel(
                        l.level() == null ? 0 : l.level(),
                        l.label() == null ? null : new Label(l.label()),
                        l.meaning() == null ? null : new ProgrammeText(l.meaning())),
                2,
                JudgementScale.MAX_LEVELS);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        DefinedScale defined =
                (DefinedScale) dispatch.sendForResult(new DefineJudgementScale(gm, levels, rec.effectiveDate()), rec);
        return ResponseEntity.created(
                        URI.create("/v1/municipalities/" + gm + "/settings/judgement-scales/" + defined.scaleVersion()))
                .body(Recorded.ofSettings(gm.value(), defined.scaleVersion(), defined.version()));
    }
}
