package nl.netwerkregie.command.matrix;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.netwerkregie.command.CommandDispatch;
import nl.netwerkregie.command.CommandDispatch.Recording;
import nl.netwerkregie.command.Recorded;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainLink;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.Ids;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MatrixElement;
import nl.netwerkregie.values.MeasurementPeriod;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.NetworkStrategy;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ResponsibilityId;
import nl.netwerkregie.values.ResponsibilityKind;
import nl.netwerkregie.values.ThemeId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stelselmatrix of a theme in a buurt: its chain of positions of responsibility, its cells (own
 * strength, network strategies, attention points, judgements per period) and its ledger of concrete
 * responsibilities.
 */
@RestController
@RequestMapping("/v1/municipalities/{municipality}/themes/{themeId}/matrices")
@Tag(
        name = "Stelselmatrix",
        description = "Set up and work the stelselmatrix of a theme in a buurt: positions of responsibility × "
                + "elements, attention points, judgements per period and the responsibility ledger")
class MatrixController {
    /** The most positions a reorder names, and the most strategies a cell names. */
    static final int MAX_LIST = 20;

    private final CommandDispatch dispatch;

    MatrixController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    record SetUpRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = BuurtCode.PATTERN)
            String buurt,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record AddPositionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ChainPosition.PATTERN)
            String position,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String name,

            @Schema(
                    pattern = ChainPosition.PATTERN,
                    description = "The position the new one comes before in the chain; left out, at the end")
            String before,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record RenamePositionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String name,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ReorderRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(
                    minItems = 1,
                    maxItems = MAX_LIST,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = ChainPosition.PATTERN))
            List<String> order,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record DatedRequest(
            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record DescribeCellRequest(
            @Schema(
                    maxLength = ProgrammeText.MAX,
                    description = "The own strength of the position for the element; required without strategies")
            String ownStrength,

            @ArraySchema(maxItems = MAX_LIST, uniqueItems = true)
            List<NetworkStrategy> strategies,

            @ArraySchema(
                    maxItems = MAX_LIST,
                    uniqueItems = true,
                    schema = @Schema(type = "string", maxLength = Label.MAX))
            List<String> otherStrategies,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record TextRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String text,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ResolveRequest(
            @Schema(maxLength = ProgrammeText.MAX, description = "How the attention point was resolved")
            String how,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ReasonRequired(
            LocalDate effectiveDate,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = CommandDispatch.MAX_REASON,
                    description = "Why; required")
            String reason) {}

    record MeasurementPeriodRequest(
            @Schema(minimum = "1", description = "A programme cycle of the theme; or give start and end")
            Integer cycle,

            @Schema(description = "The first day of a period the municipality sets")
            LocalDate start,

            @Schema(description = "The last day of a period the municipality sets")
            LocalDate end) {}

    record JudgeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            MeasurementPeriodRequest period,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "1",
                    maximum = "10",
                    description = "A level of the judgement scale in force on the measurement moment. The standard "
                            + "scale (version 1): 1 Niet gedragen (the position does not take the element up), 2 "
                            + "Beginnend (taken up now and then, with much support), 3 Deels gedragen (regularly, still "
                            + "dependent on support), 4 Grotendeels gedragen (largely carried, support on request), 5 "
                            + "Volledig gedragen (carried and organised by the position, passed on to others). A "
                            + "municipality's own scales: GET /municipalities/{municipality}/settings.")
            Integer level,

            @Schema(maxLength = ProgrammeText.MAX) String note,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(
                    minItems = 1,
                    maxItems = Stelselmatrix.MAX_ACTORS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> judgedBy,

            @Schema(description = "The measurement moment; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record TakeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ResponsibilityKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ChainPosition.PATTERN)
            String position,

            @ArraySchema(
                    maxItems = Stelselmatrix.MAX_ACTORS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> through,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record MoveRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ChainPosition.PATTERN)
            String from,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = ChainPosition.PATTERN)
            String to,

            @ArraySchema(
                    maxItems = Stelselmatrix.MAX_ACTORS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> through,

            LocalDate effectiveDate,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = CommandDispatch.MAX_REASON,
                    description = "Why it moved; required")
            String reason) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Set up the stelselmatrix of the theme in a buurt",
            description = "The theme must run in the buurt on the effective date; one matrix per theme and buurt. "
                    + "Its chain is the municipality's default chain in force on that date (the standard eight "
                    + "positions unless the municipality changed it).")
    ResponseEntity<Recorded> setUp(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody SetUpRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId theme = in.required("themeId", themeId, ThemeId::new);
        BuurtCode buurt = in.required("buurt", body.buurt(), BuurtCode::new);
        if (gm != null && buurt != null && !buurt.belongsTo(gm)) {
            in.reject("buurt", "must be a buurt of municipality " + gm);
        }
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        MatrixAddress m = new MatrixAddress(gm, theme, buurt);
        long version = dispatch.send(new SetUpStelselmatrix(m, rec.effectiveDate()), rec);
        return ResponseEntity.created(URI.create(path(m)))
                .body(Recorded.ofMatrix(theme.value(), buurt.value(), null, null, version));
    }

    @PostMapping("/{buurt}/positions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a position of responsibility to the chain",
            description = "A new code, before another position in force or at the end of the chain.")
    Recorded addPosition(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @RequestBody AddPositionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ChainPosition position = in.required("position", body.position(), ChainPosition::new);
        Label name = in.required("name", body.name(), Label::new);
        ChainPosition before = in.optional("before", body.before(), ChainPosition::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return matrix(
                m,
                dispatch.send(
                        new AddChainPosition(m, new ChainLink(position, name), before, rec.effectiveDate()), rec));
    }

    @PutMapping("/{buurt}/positions/{position}/name")
    @Operation(summary = "Rename a position of the chain", description = "From the effective date on.")
    Recorded renamePosition(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String position,
            @RequestBody RenamePositionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ChainPosition p = in.required("position", position, ChainPosition::new);
        Label name = in.required("name", body.name(), Label::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return matrix(m, dispatch.send(new RenameChainPosition(m, p, name, rec.effectiveDate()), rec));
    }

    @PutMapping("/{buurt}/chain")
    @Operation(
            summary = "Reorder the chain",
            description = "Names every position in force on the effective date, once, in chain order from the "
                    + "household outward.")
    Recorded reorder(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @RequestBody ReorderRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        List<ChainPosition> order = in.list("order", body.order(), ChainPosition::new, 1, MAX_LIST);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return matrix(m, dispatch.send(new ReorderChain(m, order, rec.effectiveDate()), rec));
    }

    @PostMapping("/{buurt}/positions/{position}/retirement")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Retire a position from the chain",
            description = "From the effective date on; refused while it carries a responsibility on or after it.")
    Recorded retirePosition(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String position,
            @RequestBody DatedRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ChainPosition p = in.required("position", position, ChainPosition::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return matrix(m, dispatch.send(new RetireChainPosition(m, p, rec.effectiveDate()), rec));
    }

    @PutMapping("/{buurt}/cells/{position}/{element}")
    @Operation(
            summary = "Describe a cell",
            description = "The own strength of the position for the element and the network strategies that connect "
                    + "to it (the four of the handbook and free ones); replaces the description from the effective "
                    + "date on.")
    Recorded describeCell(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String position,
            @PathVariable String element,
            @RequestBody DescribeCellRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ChainPosition p = in.required("position", position, ChainPosition::new);
        MatrixElement e = in.required("element", element, MatrixController::element);
        ProgrammeText ownStrength = in.optional("ownStrength", body.ownStrength(), ProgrammeText::new);
        List<NetworkStrategy> strategies = in.list("strategies", body.strategies(), s -> s, 0, MAX_LIST);
        List<Label> others = in.list("otherStrategies", body.otherStrategies(), Label::new, 0, MAX_LIST);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return matrix(
                m, dispatch.send(new DescribeCell(m, p, e, ownStrength, strategies, others, rec.effectiveDate()), rec));
    }

    @PostMapping("/{buurt}/cells/{position}/{element}/attention-points")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an attention point to a cell")
    Recorded addAttentionPoint(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String position,
            @PathVariable String element,
            @RequestBody TextRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ChainPosition p = in.required("position", position, ChainPosition::new);
        MatrixElement e = in.required("element", element, MatrixController::element);
        ProgrammeText text = in.required("text", body.text(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        AttentionPointId id = AttentionPointId.generate();
        long version = dispatch.send(new AddAttentionPoint(m, id, p, e, text, rec.effectiveDate()), rec);
        return Recorded.ofMatrix(m.themeId().value(), m.buurt().value(), id.value(), null, version);
    }

    @PutMapping("/{buurt}/attention-points/{attentionPointId}")
    @Operation(summary = "Revise an open attention point", description = "Its text from the effective date on.")
    Recorded reviseAttentionPoint(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String attentionPointId,
            @RequestBody TextRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        AttentionPointId id = in.required("attentionPointId", attentionPointId, AttentionPointId::new);
        ProgrammeText text = in.required("text", body.text(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return attentionPoint(m, id, dispatch.send(new ReviseAttentionPoint(m, id, text, rec.effectiveDate()), rec));
    }

    @PostMapping("/{buurt}/attention-points/{attentionPointId}/resolution")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Resolve an open attention point", description = "Not before its latest revision.")
    Recorded resolveAttentionPoint(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String attentionPointId,
            @RequestBody ResolveRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        AttentionPointId id = in.required("attentionPointId", attentionPointId, AttentionPointId::new);
        ProgrammeText how = in.optional("how", body.how(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return attentionPoint(m, id, dispatch.send(new ResolveAttentionPoint(m, id, how, rec.effectiveDate()), rec));
    }

    @PostMapping("/{buurt}/attention-points/{attentionPointId}/dropping")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Drop an open attention point unresolved", description = "A reason is required.")
    Recorded dropAttentionPoint(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String attentionPointId,
            @RequestBody ReasonRequired body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        AttentionPointId id = in.required("attentionPointId", attentionPointId, AttentionPointId::new);
        ProgrammeText reason = in.required("reason", body.reason(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return attentionPoint(m, id, dispatch.send(new DropAttentionPoint(m, id, reason, rec.effectiveDate()), rec));
    }

    @PostMapping("/{buurt}/cells/{position}/{element}/judgements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Judge a cell for a period",
            description = "At a measurement moment (the effective date) inside the period (a cycle of the theme, or "
                    + "start and end), how far the position carries the element: a level of the judgement scale in "
                    + "force on that date, which the judgement keeps. Judged anew each period; the latest judgement "
                    + "up to a date is the cell's judgement on that date.")
    Recorded judge(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String position,
            @PathVariable String element,
            @RequestBody JudgeRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ChainPosition p = in.required("position", position, ChainPosition::new);
        MatrixElement e = in.required("element", element, MatrixController::element);
        MeasurementPeriod period =
                in.required("period", body.period(), x -> new MeasurementPeriod(x.cycle(), x.start(), x.end()));
        Integer level = in.required("level", body.level(), l -> l);
        ProgrammeText note = in.optional("note", body.note(), ProgrammeText::new);
        List<ActorId> judgedBy = in.list("judgedBy", body.judgedBy(), ActorId::new, 1, Stelselmatrix.MAX_ACTORS);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return matrix(
                m, dispatch.send(new JudgeCell(m, p, e, period, level, note, judgedBy, rec.effectiveDate()), rec));
    }

    record JudgementReplacement(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "1",
                    maximum = "10",
                    description = "a level of the judgement scale in force on the replacement's measurement moment")
            Integer level,

            @Schema(maxLength = ProgrammeText.MAX) String note,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(
                    minItems = 1,
                    maxItems = Stelselmatrix.MAX_ACTORS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> judgedBy,

            @Schema(description = "the measurement moment as corrected; that of the judgement taken back when absent")
            LocalDate effectiveDate) {}

    record JudgementRetractionRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = nl.netwerkregie.command.Corrections.MAX_WHY,
                    description = "why the judgement is taken back: kept in the event itself")
            String why,

            @Schema(description = "the corrected judgement of the same cell and period, if any")
            JudgementReplacement replacement,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{buurt}/judgements/{sequence}/retraction")
    @Operation(
            summary = "Take back or correct a judgement of a cell",
            description = "Names the judgement by its event's sequence number in the matrix's history and says why "
                    + "(CellJudgementRetracted); the cell's judgement before it applies again. With a replacement the "
                    + "same cell is judged anew for the same period in its place, in the same command, with the rules "
                    + "of a judgement. Views apply it; the history and reads with knownAt show both. Rules: an unknown "
                    + "judgement (404), judgement-retracted, and for the replacement those of a judgement.")
    Recorded retractJudgement(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable long sequence,
            @RequestBody JudgementRetractionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        if (sequence < 0) {
            in.reject("sequence", "must be 0 or more");
        }
        String why = nl.netwerkregie.command.Corrections.why(in, body.why());
        JudgementReplacement r = body.replacement();
        Integer level = r == null ? null : in.required("replacement.level", r.level(), l -> l);
        ProgrammeText note = r == null ? null : in.optional("replacement.note", r.note(), ProgrammeText::new);
        List<ActorId> judgedBy = r == null
                ? null
                : in.list("replacement.judgedBy", r.judgedBy(), ActorId::new, 1, Stelselmatrix.MAX_ACTORS);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return matrix(
                m,
                dispatch.send(
                        new RetractCellJudgement(
                                m,
                                sequence,
                                why,
                                level,
                                note,
                                judgedBy,
                                r == null ? null : r.effectiveDate(),
                                rec.effectiveDate()),
                        rec));
    }

    @PostMapping("/{buurt}/responsibilities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Enter a responsibility in the ledger",
            description = "A named, concrete responsibility (a TASK, or a FACILITY the buurt organises itself) "
                    + "carried by a position from the effective date, optionally through actors who hold a position "
                    + "in the theme's network on that date.")
    Recorded take(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @RequestBody TakeRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ResponsibilityKind kind = in.required("kind", body.kind(), k -> k);
        Label name = in.required("name", body.name(), Label::new);
        ChainPosition position = in.required("position", body.position(), ChainPosition::new);
        List<ActorId> through = in.list("through", body.through(), ActorId::new, 0, Stelselmatrix.MAX_ACTORS);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        ResponsibilityId id = ResponsibilityId.generate();
        long version =
                dispatch.send(new TakeResponsibility(m, id, kind, name, position, through, rec.effectiveDate()), rec);
        return Recorded.ofMatrix(m.themeId().value(), m.buurt().value(), null, id.value(), version);
    }

    @PostMapping("/{buurt}/responsibilities/{responsibilityId}/moves")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Move a responsibility to another position",
            description = "From the position that carries it on the effective date (toward resident and buurt, or "
                    + "back), through actors of the theme's network, for a reason.")
    Recorded move(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String responsibilityId,
            @RequestBody MoveRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ResponsibilityId id = in.required("responsibilityId", responsibilityId, ResponsibilityId::new);
        ChainPosition from = in.required("from", body.from(), ChainPosition::new);
        ChainPosition to = in.required("to", body.to(), ChainPosition::new);
        List<ActorId> through = in.list("through", body.through(), ActorId::new, 0, Stelselmatrix.MAX_ACTORS);
        ProgrammeText reason = in.required("reason", body.reason(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version =
                dispatch.send(new MoveResponsibility(m, id, from, to, through, reason, rec.effectiveDate()), rec);
        return Recorded.ofMatrix(m.themeId().value(), m.buurt().value(), null, id.value(), version);
    }

    @PostMapping("/{buurt}/responsibilities/{responsibilityId}/disappearance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record that a responsibility disappeared",
            description = "Nobody carries it from the effective date on (for instance: the schakels carrying it "
                    + "left); a reason is required; not before a later move.")
    Recorded disappear(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String responsibilityId,
            @RequestBody ReasonRequired body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ResponsibilityId id = in.required("responsibilityId", responsibilityId, ResponsibilityId::new);
        ProgrammeText reason = in.required("reason", body.reason(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new RecordResponsibilityDisappeared(m, id, reason, rec.effectiveDate()), rec);
        return Recorded.ofMatrix(m.themeId().value(), m.buurt().value(), null, id.value(), version);
    }

    private static MatrixAddress address(Inputs in, String municipality, String themeId, String buurt) {
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId theme = in.required("themeId", themeId, ThemeId::new);
        BuurtCode b = in.required("buurt", buurt, BuurtCode::new);
        return gm == null || theme == null || b == null ? null : new MatrixAddress(gm, theme, b);
    }

    static MatrixElement element(String raw) {
        try {
            return MatrixElement.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of " + Arrays.toString(MatrixElement.values()));
        }
    }

    private static String path(MatrixAddress m) {
        return "/v1/municipalities/" + m.municipality() + "/themes/" + m.themeId() + "/matrices/" + m.buurt();
    }

    private static Recorded matrix(MatrixAddress m, long version) {
        return Recorded.ofMatrix(m.themeId().value(), m.buurt().value(), null, null, version);
    }

    private static Recorded attentionPoint(MatrixAddress m, AttentionPointId id, long version) {
        return Recorded.ofMatrix(m.themeId().value(), m.buurt().value(), id.value(), null, version);
    }
}
