package nl.netwerkregie.command.instrument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.netwerkregie.command.CommandDispatch;
import nl.netwerkregie.command.CommandDispatch.Recording;
import nl.netwerkregie.command.Recorded;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AnalysisAuthor;
import nl.netwerkregie.values.AnalysisId;
import nl.netwerkregie.values.CapacityActivity;
import nl.netwerkregie.values.CapacityAnalysisContent;
import nl.netwerkregie.values.CapacityExtent;
import nl.netwerkregie.values.CapacitySign;
import nl.netwerkregie.values.ContributionKind;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.EnvironmentAnalysisContent;
import nl.netwerkregie.values.EnvironmentAngle;
import nl.netwerkregie.values.EnvironmentQuestion;
import nl.netwerkregie.values.EnvironmentRing;
import nl.netwerkregie.values.Ids;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.OwnStrengthKind;
import nl.netwerkregie.values.PatternPart;
import nl.netwerkregie.values.PatternResearchContent;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.RingVariant;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeAnalysisContent;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import nl.netwerkregie.values.TimelineMoment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The instruments besides the network analysis: a theme analysis, an environment analysis, a capacity analysis and
 * pattern research, each opened for a theme and recorded session by session.
 */
@RestController
@RequestMapping("/v1/municipalities/{municipality}/themes/{themeId}/analyses")
@Tag(
        name = "Instruments",
        description = "Theme analyses, environment analyses, capacity analyses and pattern research of a theme, "
                + "optionally within a step of a programme cycle, each recorded session by session and readable on "
                + "any date")
class AnalysisController {
    private static final String SESSION = "A session on its effective date (today when left out) with its "
            + "participants: from that date the analysis reads as this body gives it, whole, until a session dated "
            + "later. Every actor named is an actor of the municipality. Rules: the analysis unknown or of another "
            + "theme (404), instrument-mismatch (the analysis was opened with another instrument), "
            + "before-analysis-opened, an unknown actor (404). ";

    private final CommandDispatch dispatch;

    AnalysisController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    record OpenAnalysisRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "THEME_ANALYSIS, ENVIRONMENT_ANALYSIS, CAPACITY_ANALYSIS or PATTERN_RESEARCH; the "
                            + "network analysis is recorded on the theme itself")
            Instrument instrument,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String title,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "REGIEVOERDER (the regievoerder's own), GROUP (a group session) or SCHAKEL (made "
                            + "by a schakel, named in `schakel`)")
            AnalysisAuthor madeBy,

            @Schema(
                    pattern = Ids.PATTERN,
                    description = "the actor who made it; only with madeBy SCHAKEL, and then required")
            String schakel,

            @Schema(minimum = "1", description = "the programme cycle it is made in; with `step`, or neither")
            Integer cycle,

            @Schema(
                    minimum = "1",
                    maximum = "5",
                    description = "the step of that cycle; it must have started by the date")
            Integer step,

            @Schema(description = "when the analysis was begun; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Open an analysis with an instrument",
            description = "Begins a theme analysis, environment analysis, capacity analysis or pattern research for "
                    + "the theme (AnalysisOpened); several of one kind may exist. Its content is recorded session by "
                    + "session. Rules: the theme unknown (404), before-theme-named, NETWORK_ANALYSIS (400: recorded "
                    + "on the theme), a schakel required with and only with SCHAKEL (400), the cycle unknown (404), "
                    + "step-not-started (the step of the cycle had not started on the date).")
    ResponseEntity<Recorded> open(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody OpenAnalysisRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId theme = in.required("themeId", themeId, ThemeId::new);
        Instrument instrument = in.required("instrument", body.instrument(), i -> i);
        Label title = in.required("title", body.title(), Label::new);
        AnalysisAuthor madeBy = in.required("madeBy", body.madeBy(), a -> a);
        ActorId schakel = in.optional("schakel", body.schakel(), ActorId::new);
        Integer cycle = in.optional("cycle", body.cycle(), AnalysisController::cycle);
        CycleStep step = in.optional("step", body.step(), AnalysisController::step);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        AnalysisId id = AnalysisId.generate();
        dispatch.send(
                new OpenAnalysis(id, gm, theme, instrument, title, madeBy, schakel, cycle, step, rec.effectiveDate()),
                rec);
        return ResponseEntity.created(URI.create("/v1/municipalities/" + gm + "/themes/" + theme + "/analyses/" + id))
                .body(Recorded.ofAnalysis(theme.value(), id.value(), 0));
    }

    // ---- the theme analysis ----

    record NameWordRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String word,

            @Schema(pattern = Ids.PATTERN, description = "the actor who proposed it")
            String proposedBy) {}

    record InitiativeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String description,

            @Schema(description = "true: one's own initiative; false (default): one already running")
            Boolean own,

            @Schema(pattern = Ids.PATTERN, description = "whose initiative it is")
            String by) {}

    record ContributionRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "REMARK or STATEMENT heard; IDEA, ACTIVITY or EXAMPLE gathered")
            ContributionKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String text,

            @Schema(pattern = Ids.PATTERN, description = "from whom")
            String from) {}

    record TimelineEntryRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "START, MEETING_MOMENT or MANIFESTATION")
            TimelineMoment moment,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate date,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String label,

            @Schema(
                    pattern = Ids.PATTERN,
                    description = "a MEETING_MOMENT may name the meeting moment planned on the programme line of the "
                            + "analysis's cycle (of any cycle of the theme for an analysis outside a cycle)")
            String meetingId) {}

    record KnowledgeNodeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String name,

            @Schema(pattern = Ids.PATTERN) String actor,
            @Schema(maxLength = ProgrammeText.MAX) String note) {}

    record ThemeAnalysisSessionRequest(
            @ArraySchema(
                    maxItems = Analysis.MAX_PARTICIPANTS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> participants,

            @ArraySchema(maxItems = Analysis.MAX_ITEMS, arraySchema = @Schema(description = "the name brainstorm"))
            List<NameWordRequest> nameWords,

            @Schema(maxLength = ThemeName.MAX, description = "the name chosen from the brainstorm")
            String chosenName,

            @Schema(maxLength = Story.MAX) String story,
            @ArraySchema(maxItems = Analysis.MAX_ITEMS) List<InitiativeRequest> initiatives,

            @ArraySchema(
                    maxItems = Analysis.MAX_ITEMS,
                    arraySchema = @Schema(description = "remarks and statements heard; ideas, activities and examples"))
            List<ContributionRequest> contributions,

            @ArraySchema(
                    maxItems = Analysis.MAX_ITEMS,
                    uniqueItems = true,
                    arraySchema =
                            @Schema(
                                    description =
                                            "a first small network: actors, read against the network of involvement"),
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> firstNetwork,

            @ArraySchema(
                    maxItems = Analysis.MAX_ITEMS,
                    arraySchema = @Schema(description = "from the start through meeting moments to the manifestation"))
            List<TimelineEntryRequest> timeline,

            @ArraySchema(maxItems = Analysis.MAX_ITEMS) List<KnowledgeNodeRequest> knowledgeNodes,

            @Schema(description = "the session's date; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{analysisId}/sessions/theme-analysis")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a session of a theme analysis",
            description = SESSION + "The theme analysis (ThemeAnalysisRecorded): the name brainstorm and the name "
                    + "chosen, the story, initiatives running and one's own, what was heard and gathered, a first "
                    + "small network, the timeline and the knowledge nodes. Also: a meetingId names a meeting moment "
                    + "of the analysis's cycle (404) and only on a MEETING_MOMENT (400).")
    Recorded themeAnalysis(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String analysisId,
            @RequestBody ThemeAnalysisSessionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId, analysisId);
        List<ActorId> participants = participants(in, body.participants());
        ThemeAnalysisContent content = new ThemeAnalysisContent(
                items(
                        in,
                        "nameWords",
                        body.nameWords(),
                        (f, w) -> new ThemeAnalysisContent.NameWord(
                                in.required(f + ".word", w.word(), Label::new),
                                in.optional(f + ".proposedBy", w.proposedBy(), ActorId::new))),
                in.optional("chosenName", body.chosenName(), ThemeName::new),
                in.optional("story", body.story(), Story::new),
                items(
                        in,
                        "initiatives",
                        body.initiatives(),
                        (f, i) -> new ThemeAnalysisContent.Initiative(
                                in.required(f + ".description", i.description(), ProgrammeText::new),
                                Boolean.TRUE.equals(i.own()),
                                in.optional(f + ".by", i.by(), ActorId::new))),
                items(
                        in,
                        "contributions",
                        body.contributions(),
                        (f, c) -> new ThemeAnalysisContent.Contribution(
                                in.required(f + ".kind", c.kind(), k -> k),
                                in.required(f + ".text", c.text(), ProgrammeText::new),
                                in.optional(f + ".from", c.from(), ActorId::new))),
                in.list("firstNetwork", body.firstNetwork(), ActorId::new, 0, Analysis.MAX_ITEMS),
                items(
                        in,
                        "timeline",
                        body.timeline(),
                        (f, e) -> new ThemeAnalysisContent.TimelineEntry(
                                in.required(f + ".moment", e.moment(), m -> m),
                                in.required(f + ".date", e.date(), d -> d),
                                in.required(f + ".label", e.label(), Label::new),
                                in.optional(f + ".meetingId", e.meetingId(), MeetingId::new))),
                items(
                        in,
                        "knowledgeNodes",
                        body.knowledgeNodes(),
                        (f, k) -> new ThemeAnalysisContent.KnowledgeNode(
                                in.required(f + ".name", k.name(), Label::new),
                                in.optional(f + ".actor", k.actor(), ActorId::new),
                                in.optional(f + ".note", k.note(), ProgrammeText::new))));
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return send(
                new RecordThemeAnalysis(t.id(), t.gm(), t.theme(), participants, content, rec.effectiveDate()), t, rec);
    }

    // ---- the environment analysis ----

    record OwnStrengthRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description =
                            "PERSON, SYSTEM (such as a young person and family), ORGANISATION or COMMUNITY (the whole local community)")
            OwnStrengthKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String name,

            @Schema(pattern = Ids.PATTERN, description = "the actor, when the own strength is one")
            String actor) {}

    record RingEntryRequest(
            @Schema(
                    description =
                            "with ENVIRONMENT_RINGS: OWN_NETWORKS, SOCIAL_ENVIRONMENT, GENERAL_FACILITIES, SPECIFIC_FACILITIES or SOCIETAL_THEME (the context)")
            EnvironmentRing ring,

            @Schema(
                    maxLength = Label.MAX,
                    description = "with STELSEL_POSITIONS: the position of the chain of responsibility this ring is")
            String position,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String text,

            @Schema(pattern = Ids.PATTERN) String actor) {}

    record AngleAnswerRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            EnvironmentAngle angle,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "one of the angle's questions; CONNECTS_TO_OWN_STRENGTH and "
                            + "MAKING_YOURSELF_SUPERFLUOUS are asked from every angle")
            EnvironmentQuestion question,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String answer) {}

    record EnvironmentAnalysisSessionRequest(
            @ArraySchema(
                    maxItems = Analysis.MAX_PARTICIPANTS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> participants,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            OwnStrengthRequest ownStrength,

            @Schema(
                    description =
                            "ENVIRONMENT_RINGS (default) or STELSEL_POSITIONS (the stelselmatrix handbook's variant)")
            RingVariant rings,

            @ArraySchema(maxItems = Analysis.MAX_ITEMS) List<RingEntryRequest> entries,
            @ArraySchema(maxItems = Analysis.MAX_ITEMS) List<AngleAnswerRequest> answers,

            @Schema(description = "the session's date; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{analysisId}/sessions/environment-analysis")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a session of an environment analysis",
            description = SESSION + "The environment analysis (EnvironmentAnalysisRecorded): the own strength at the "
                    + "centre, entries per ring, and the answers per angle (INVOLVEMENT, KNOWLEDGE, EFFORT, CAPACITY). "
                    + "Also (400): an entry names its ring with ENVIRONMENT_RINGS, its position with STELSEL_POSITIONS; "
                    + "a question is answered from an angle it is asked from, at most once.")
    Recorded environmentAnalysis(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String analysisId,
            @RequestBody EnvironmentAnalysisSessionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId, analysisId);
        List<ActorId> participants = participants(in, body.participants());
        EnvironmentAnalysisContent.OwnStrength own = null;
        if (body.ownStrength() == null) {
            in.reject("ownStrength", "is required: the own strength at the centre");
        } else {
            own = new EnvironmentAnalysisContent.OwnStrength(
                    in.required("ownStrength.kind", body.ownStrength().kind(), k -> k),
                    in.required("ownStrength.name", body.ownStrength().name(), Label::new),
                    in.optional("ownStrength.actor", body.ownStrength().actor(), ActorId::new));
        }
        EnvironmentAnalysisContent content = new EnvironmentAnalysisContent(
                own,
                body.rings() == null ? RingVariant.ENVIRONMENT_RINGS : body.rings(),
                items(
                        in,
                        "entries",
                        body.entries(),
                        (f, e) -> new EnvironmentAnalysisContent.RingEntry(
                                e.ring(),
                                in.optional(f + ".position", e.position(), Label::new),
                                in.required(f + ".text", e.text(), ProgrammeText::new),
                                in.optional(f + ".actor", e.actor(), ActorId::new))),
                items(
                        in,
                        "answers",
                        body.answers(),
                        (f, a) -> new EnvironmentAnalysisContent.AngleAnswer(
                                in.required(f + ".angle", a.angle(), x -> x),
                                in.required(f + ".question", a.question(), x -> x),
                                in.required(f + ".answer", a.answer(), ProgrammeText::new))));
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return send(
                new RecordEnvironmentAnalysis(t.id(), t.gm(), t.theme(), participants, content, rec.effectiveDate()),
                t,
                rec);
    }

    // ---- the capacity analysis ----

    record CapacityCellRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description =
                            "the row: ENTERPRISING_NETWORK (involvement, what you are as a local community), SHARED_AWARENESS (knowledge, what you know), SOCIETAL_ENVIRONMENT (effort, what you want), SELF_ORGANISING_EXAMPLE (capacity, what you can)")
            PatternPart part,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description =
                            "the column: ANALYSE_RELATIONS, COMMUNICATE_PATTERNS, PREPARE_BUILDING_BLOCKS, FACILITATE_WHAT_YOU_DO")
            CapacityActivity activity,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String description) {}

    record CapacitySignRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description =
                            "to what extent: ORGANISED_WHOLE (the community forms an organised whole that uses its networks, awareness, environment and examples), TAKES_REGIE (it can take the regie over the theme's questions), MAKING_THEMSELVES_SUPERFLUOUS (the regievoerder and the professionals are making themselves superfluous)")
            CapacitySign question,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String answer,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description =
                            "from the bottom: NOT_YET, SMALL (first signs), CONSIDERABLE (visible in part of the community or the theme), LARGE (the usual way of working)")
            CapacityExtent judgement) {}

    record CapacityAnalysisSessionRequest(
            @ArraySchema(
                    maxItems = Analysis.MAX_PARTICIPANTS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> participants,

            @ArraySchema(
                    maxItems = 16,
                    arraySchema = @Schema(description = "the cells of the 4 × 4 grid described, each at most once"))
            List<CapacityCellRequest> cells,

            @ArraySchema(
                    maxItems = 3,
                    arraySchema =
                            @Schema(description = "the three questions that make capacity visible, each at most once"))
            List<CapacitySignRequest> signs,

            @Schema(description = "the session's date; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{analysisId}/sessions/capacity-analysis")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a session of a capacity analysis",
            description = SESSION + "The capacity analysis (CapacityAnalysisRecorded): cells of the grid of the four "
                    + "parts of the pattern by the four activities, and the three questions answered and judged. "
                    + "Also (400): a cell or a question at most once.")
    Recorded capacityAnalysis(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String analysisId,
            @RequestBody CapacityAnalysisSessionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId, analysisId);
        List<ActorId> participants = participants(in, body.participants());
        CapacityAnalysisContent content = new CapacityAnalysisContent(
                items(
                        in,
                        "cells",
                        body.cells(),
                        16,
                        (f, c) -> new CapacityAnalysisContent.Cell(
                                in.required(f + ".part", c.part(), x -> x),
                                in.required(f + ".activity", c.activity(), x -> x),
                                in.required(f + ".description", c.description(), ProgrammeText::new))),
                items(
                        in,
                        "signs",
                        body.signs(),
                        3,
                        (f, s) -> new CapacityAnalysisContent.Sign(
                                in.required(f + ".question", s.question(), x -> x),
                                in.required(f + ".answer", s.answer(), ProgrammeText::new),
                                in.required(f + ".judgement", s.judgement(), x -> x))));
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return send(
                new RecordCapacityAnalysis(t.id(), t.gm(), t.theme(), participants, content, rec.effectiveDate()),
                t,
                rec);
    }

    // ---- pattern research ----

    record AssociationRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "the part of the pattern it was written at")
            PatternPart part,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX)
            String text,

            @Schema(pattern = Ids.PATTERN) String writtenBy) {}

    record ExchangeRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = ProgrammeText.MAX,
                    description = "such as: what do we mean by enterprising, shared, societal, self-organising? how "
                            + "do the parts relate to each other and to the theme? how can we organise around the "
                            + "theme with this pattern? how do we take others along?")
            String question,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String answer) {}

    record PatternResearchSessionRequest(
            @ArraySchema(
                    maxItems = Analysis.MAX_PARTICIPANTS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> participants,

            @ArraySchema(maxItems = Analysis.MAX_ITEMS) List<AssociationRequest> associations,
            @ArraySchema(maxItems = Analysis.MAX_ITEMS) List<ExchangeRequest> questions,

            @ArraySchema(
                    maxItems = Analysis.MAX_ITEMS,
                    schema = @Schema(type = "string", maxLength = ProgrammeText.MAX))
            List<String> conclusions,

            @Schema(description = "the session's date; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{analysisId}/sessions/pattern-research")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a session of pattern research",
            description = SESSION + "Pattern research (PatternResearchRecorded): the associations the group wrote per "
                    + "part of the pattern, and the conversation that followed: questions with what was said, and "
                    + "conclusions.")
    Recorded patternResearch(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String analysisId,
            @RequestBody PatternResearchSessionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId, analysisId);
        List<ActorId> participants = participants(in, body.participants());
        PatternResearchContent content = new PatternResearchContent(
                items(
                        in,
                        "associations",
                        body.associations(),
                        (f, a) -> new PatternResearchContent.Association(
                                in.required(f + ".part", a.part(), x -> x),
                                in.required(f + ".text", a.text(), Label::new),
                                in.optional(f + ".writtenBy", a.writtenBy(), ActorId::new))),
                items(
                        in,
                        "questions",
                        body.questions(),
                        (f, q) -> new PatternResearchContent.Exchange(
                                in.required(f + ".question", q.question(), ProgrammeText::new),
                                in.required(f + ".answer", q.answer(), ProgrammeText::new))),
                in.list("conclusions", body.conclusions(), ProgrammeText::new, 0, Analysis.MAX_ITEMS));
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        return send(
                new RecordPatternResearch(t.id(), t.gm(), t.theme(), participants, content, rec.effectiveDate()),
                t,
                rec);
    }

    private record Target(MunicipalityCode gm, ThemeId theme, AnalysisId id) {}

    private static Target target(Inputs in, String municipality, String themeId, String analysisId) {
        return new Target(
                in.required("municipality", municipality, MunicipalityCode::new),
                in.required("themeId", themeId, ThemeId::new),
                in.required("analysisId", analysisId, AnalysisId::new));
    }

    private Recorded send(Object command, Target t, Recording rec) {
        long version = dispatch.send(command, rec);
        return Recorded.ofAnalysis(t.theme().value(), t.id().value(), version);
    }

    private static List<ActorId> participants(Inputs in, List<String> raw) {
        List<ActorId> out = in.list("participants", raw, ActorId::new, 0, Analysis.MAX_PARTICIPANTS);
        if (raw != null && new java.util.HashSet<>(raw).size() != raw.size()) {
            in.reject("participants", "must not name an actor twice");
        }
        return out;
    }

    private static <R, T> List<T> items(Inputs in, String field, List<R> raw, BiFunction<String, R, T> convert) {
        return items(in, field, raw, Analysis.MAX_ITEMS, convert);
    }

    /** A list of at most {@code max} objects, each converted with the field name of its place ({@code field[i]}). */
    private static <R, T> List<T> items(
            Inputs in, String field, List<R> raw, int max, BiFunction<String, R, T> convert) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > max) {
            in.reject(field, "must hold 0 to " + max + " elements");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String f = field + "[" + i + "]";
            if (raw.get(i) == null) {
                in.reject(f, "is required");
                continue;
            }
            out.add(convert.apply(f, raw.get(i)));
        }
        return out;
    }

    private static Integer cycle(Integer n) {
        if (n < 1) {
            throw new IllegalArgumentException("must be 1 or more");
        }
        return n;
    }

    private static CycleStep step(Integer number) {
        return CycleStep.ofNumber(number).orElseThrow(() -> new IllegalArgumentException("must be a step from 1 to 5"));
    }
}
