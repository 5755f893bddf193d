package nl.netwerkregie.command.matrix;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.command.CommandDispatch;
import nl.netwerkregie.command.CommandDispatch.Recording;
import nl.netwerkregie.command.Recorded;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.ActivityId;
import nl.netwerkregie.values.ActivityStatus;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AgreementKind;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.AttentionPointId;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.ChainPosition;
import nl.netwerkregie.values.Ids;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.Milestone;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.PortfolioItemId;
import nl.netwerkregie.values.PortfolioKind;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.PublicationMedium;
import nl.netwerkregie.values.SystemPhase;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.WebLink;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What is built on the stelselmatrix of a theme in a buurt: the programme of activities that serves its
 * attention points, the five phases of building the social system (with the contracts and learning
 * agreements of phase 3), and the buurtportfolio under its communication plan.
 */
@RestController
@RequestMapping("/v1/municipalities/{municipality}/themes/{themeId}/matrices/{buurt}")
@Tag(
        name = "Stelselmatrix",
        description = "Set up and work the stelselmatrix of a theme in a buurt: positions of responsibility × "
                + "elements, attention points, judgements per period and the responsibility ledger")
class BuurtProgrammeController {
    /** The most attention points, milestones, channels or audiences a command names. */
    static final int MAX_LIST = 50;

    private final CommandDispatch dispatch;

    BuurtProgrammeController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    record Period(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate start,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate end) {}

    record MilestoneBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate date,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String what) {}

    record PlanActivityRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String name,

            @Schema(maxLength = ProgrammeText.MAX) String description,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(
                    minItems = 1,
                    maxItems = MAX_LIST,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> attentionPoints,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Period period,

            @ArraySchema(maxItems = MAX_LIST) List<MilestoneBody> milestones,

            @Schema(
                    maxLength = Label.MAX,
                    description = "A working method used, e.g. Triple P or the zelfredzaamheidsmatrix")
            String workingMethod,

            @Schema(
                    pattern = ChainPosition.PATTERN,
                    description = "The position that owns the activity when it runs as a separate project")
            String owner,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ReplanRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Period period,

            @ArraySchema(maxItems = MAX_LIST) List<MilestoneBody> milestones,
            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record StatusRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ActivityStatus status,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record PhaseRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5")
            Integer phase,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record AgreementRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            AgreementKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Ids.PATTERN)
            String party,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String what,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Period period,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record PlanRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(
                    minItems = 1,
                    maxItems = MAX_LIST,
                    uniqueItems = true,
                    schema = @Schema(type = "string", maxLength = Label.MAX))
            List<String> channels,

            @ArraySchema(
                    maxItems = MAX_LIST,
                    uniqueItems = true,
                    schema = @Schema(type = "string", maxLength = Label.MAX))
            List<String> audiences,

            @Schema(maxLength = Label.MAX, description = "How often, e.g. every month")
            String rhythm,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record PortfolioRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            PortfolioKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String text,

            PublicationMedium medium,

            @Schema(
                    maxLength = WebLink.MAX,
                    format = "uri",
                    description = "Where it was published: an absolute http or https address")
            String link,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record DatedRequest(
            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Plan an activity of the buurt's programme",
            description = "For one or more attention points of this matrix (added by the effective date), with a "
                    + "period, dated milestones inside it, a working method and, run as a separate project, the "
                    + "position that owns it. It starts PLANNED.")
    Recorded plan(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @RequestBody PlanActivityRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        Label name = in.required("name", body.name(), Label::new);
        ProgrammeText description = in.optional("description", body.description(), ProgrammeText::new);
        List<AttentionPointId> points =
                in.list("attentionPoints", body.attentionPoints(), AttentionPointId::new, 1, MAX_LIST);
        AgreementPeriod period = in.required("period", body.period(), BuurtProgrammeController::period);
        List<Milestone> milestones =
                in.list("milestones", body.milestones(), BuurtProgrammeController::milestone, 0, MAX_LIST);
        Label method = in.optional("workingMethod", body.workingMethod(), Label::new);
        ChainPosition owner = in.optional("owner", body.owner(), ChainPosition::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        ActivityId id = ActivityId.generate();
        long version = dispatch.send(
                new PlanActivity(
                        m, id, name, description, points, period, milestones, method, owner, rec.effectiveDate()),
                rec);
        return Recorded.ofMatrixItem(m.themeId().value(), m.buurt().value(), id.value(), null, null, version);
    }

    @PutMapping("/activities/{activityId}/planning")
    @Operation(summary = "Replan an activity", description = "Its period and milestones from the effective date on.")
    Recorded replan(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String activityId,
            @RequestBody ReplanRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ActivityId id = in.required("activityId", activityId, ActivityId::new);
        AgreementPeriod period = in.required("period", body.period(), BuurtProgrammeController::period);
        List<Milestone> milestones =
                in.list("milestones", body.milestones(), BuurtProgrammeController::milestone, 0, MAX_LIST);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new ReplanActivity(m, id, period, milestones, rec.effectiveDate()), rec);
        return Recorded.ofMatrixItem(m.themeId().value(), m.buurt().value(), id.value(), null, null, version);
    }

    @PutMapping("/activities/{activityId}/status")
    @Operation(
            summary = "Move an activity on",
            description = "PLANNED → RUNNING → DONE, or DROPPED from either; not back, not after DONE or DROPPED, and "
                    + "not dated before its latest status change.")
    Recorded status(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String activityId,
            @RequestBody StatusRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        ActivityId id = in.required("activityId", activityId, ActivityId::new);
        ActivityStatus status = in.required("status", body.status(), s -> s);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new ChangeActivityStatus(m, id, status, rec.effectiveDate()), rec);
        return Recorded.ofMatrixItem(m.themeId().value(), m.buurt().value(), id.value(), null, null, version);
    }

    @PostMapping("/phases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start a phase of building the social system",
            description = "Phases 1 to 5 start in order (phase n once phase n−1 has started, by the effective date) "
                    + "and keep running.")
    Recorded startPhase(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @RequestBody PhaseRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        SystemPhase phase = in.required(
                "phase",
                body.phase(),
                n -> SystemPhase.ofNumber(n)
                        .orElseThrow(() -> new IllegalArgumentException("must be a phase from 1 to 5")));
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new StartSystemPhase(m, phase, rec.effectiveDate()), rec);
        return Recorded.ofMatrixItem(m.themeId().value(), m.buurt().value(), null, null, null, version);
    }

    @PostMapping("/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a contract or learning agreement of phase 3",
            description = "A new CONTRACT or LEARNING_AGREEMENT that followed from examining expertise, services and "
                    + "facilities: with which party (an actor), what, for which period. Once phase 3 has started.")
    Recorded agreement(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @RequestBody AgreementRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        AgreementKind kind = in.required("kind", body.kind(), k -> k);
        ActorId party = in.required("party", body.party(), ActorId::new);
        ProgrammeText what = in.required("what", body.what(), ProgrammeText::new);
        AgreementPeriod period = in.required("period", body.period(), BuurtProgrammeController::period);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        AgreementId id = AgreementId.generate();
        long version =
                dispatch.send(new MakeSystemAgreement(m, id, kind, party, what, period, rec.effectiveDate()), rec);
        return Recorded.ofMatrixItem(m.themeId().value(), m.buurt().value(), null, id.value(), null, version);
    }

    @PutMapping("/communication-plan")
    @Operation(
            summary = "Set the communication plan of the buurtportfolio",
            description = "Its channels, audiences and rhythm, from the effective date on.")
    Recorded communicationPlan(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @RequestBody PlanRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        List<Label> channels = in.list("channels", body.channels(), Label::new, 1, MAX_LIST);
        List<Label> audiences = in.list("audiences", body.audiences(), Label::new, 0, MAX_LIST);
        Label rhythm = in.optional("rhythm", body.rhythm(), Label::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version =
                dispatch.send(new SetCommunicationPlan(m, channels, audiences, rhythm, rec.effectiveDate()), rec);
        return Recorded.ofMatrixItem(m.themeId().value(), m.buurt().value(), null, null, null, version);
    }

    @PostMapping("/portfolio")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add an item to the buurtportfolio",
            description = "A story, example, initiative, remark, statement, idea, network or event, with where it was "
                    + "published and a link (both optional).")
    Recorded addItem(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @RequestBody PortfolioRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        PortfolioKind kind = in.required("kind", body.kind(), k -> k);
        ProgrammeText text = in.required("text", body.text(), ProgrammeText::new);
        WebLink link = in.optional("link", body.link(), WebLink::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        PortfolioItemId id = PortfolioItemId.generate();
        long version =
                dispatch.send(new AddPortfolioItem(m, id, kind, text, body.medium(), link, rec.effectiveDate()), rec);
        return Recorded.ofMatrixItem(m.themeId().value(), m.buurt().value(), null, null, id.value(), version);
    }

    @PostMapping("/portfolio/{portfolioItemId}/withdrawal")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Withdraw a portfolio item", description = "From the effective date on; the history keeps it.")
    Recorded withdrawItem(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @PathVariable String portfolioItemId,
            @RequestBody DatedRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MatrixAddress m = address(in, municipality, themeId, buurt);
        PortfolioItemId id = in.required("portfolioItemId", portfolioItemId, PortfolioItemId::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new WithdrawPortfolioItem(m, id, rec.effectiveDate()), rec);
        return Recorded.ofMatrixItem(m.themeId().value(), m.buurt().value(), null, null, id.value(), version);
    }

    private static AgreementPeriod period(Period p) {
        return new AgreementPeriod(p.start(), p.end());
    }

    private static Milestone milestone(MilestoneBody b) {
        return new Milestone(b.date(), b.what() == null ? null : new Label(b.what()));
    }

    private static MatrixAddress address(Inputs in, String municipality, String themeId, String buurt) {
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId theme = in.required("themeId", themeId, ThemeId::new);
        BuurtCode b = in.required("buurt", buurt, BuurtCode::new);
        return gm == null || theme == null || b == null ? null : new MatrixAddress(gm, theme, b);
    }
}
