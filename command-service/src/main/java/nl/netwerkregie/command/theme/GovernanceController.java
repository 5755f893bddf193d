package nl.netwerkregie.command.theme;

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
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Ids;
import nl.netwerkregie.values.InfluenceSource;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ParticipationRung;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.ThemeId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** How the municipality takes part in a theme: the government participation ladder and the sources of influence. */
@RestController
@RequestMapping("/v1/municipalities/{municipality}/themes/{themeId}")
@Tag(
        name = "Participation ladder",
        description = "The municipality's rung on the government participation ladder per subject of a theme, over "
                + "time, and the sources of influence the parties bring")
class GovernanceController {
    /** The rungs and their meaning, for the contract. */
    static final String RUNGS = "From the bottom: LET_GO (not involved: society takes the subject up on its own), "
            + "FACILITATE (the initiative lies elsewhere; the municipality supports it with means, knowledge or "
            + "permission), STIMULATE (the municipality wants the result and encourages others, who carry it out), "
            + "DIRECT (regisseren: others have their roles, the municipality keeps the regie over how they work "
            + "together), REGULATE (the municipality sets the frame by rules, permits and enforcement).";

    private final CommandDispatch dispatch;

    GovernanceController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    record ParticipationRungRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = Label.MAX,
                    description = "the subject of the theme the rung is chosen for, such as a facility or a task")
            String subject,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = RUNGS)
            ParticipationRung rung,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String why,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(
                    minItems = 1,
                    maxItems = Governance.MAX_DECIDED_BY,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> decidedBy,

            @Schema(description = "from when the rung holds; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/participation-rungs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Choose the municipality's rung on the participation ladder for a subject",
            description = "From the effective date the municipality stands on this rung for the subject, for the "
                    + "reason given (`why`), as decided by these actors — its own people and its partners, since the "
                    + "rung is chosen per situation and subject together with them (ParticipationRungChosen). "
                    + RUNGS + " Rules: an actor of another municipality or unknown (404), rung-unchanged.")
    Recorded chooseRung(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody ParticipationRungRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        Label subject = in.required("subject", body.subject(), Label::new);
        ParticipationRung rung = in.required("rung", body.rung(), r -> r);
        ProgrammeText why = in.required("why", body.why(), ProgrammeText::new);
        List<ActorId> decidedBy = in.list("decidedBy", body.decidedBy(), ActorId::new, 1, Governance.MAX_DECIDED_BY);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new ChooseParticipationRung(id, gm, subject, rung, why, decidedBy, rec.effectiveDate()), rec);
        return Recorded.of(id.value(), null, null, null, version);
    }

    record InfluenceSourcesRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(
                    maxItems = 4,
                    uniqueItems = true,
                    arraySchema = @Schema(description = "empty: the party brings none any more"))
            List<InfluenceSource> sources,

            @Schema(maxLength = ProgrammeText.MAX) String note,

            @Schema(description = "from when it holds; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PutMapping("/influence/{actorId}")
    @Operation(
            summary = "Note the sources of influence a party brings",
            description = "From the effective date: the sources of influence (and of the others' dependency) the "
                    + "actor brings to the theme — RESOURCES (money, people, buildings), DECISION_POWER (by position "
                    + "or by law), INFORMATION_AND_EXPERTISE, COMMUNICATION (reach and standing) — with a note "
                    + "(InfluenceSourcesNoted). Rules: an actor of another municipality or unknown (404).")
    Recorded noteInfluence(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String actorId,
            @RequestBody InfluenceSourcesRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        ActorId actor = in.required("actorId", actorId, ActorId::new);
        List<InfluenceSource> sources = in.list("sources", body.sources(), s -> s, 0, 4);
        if (body.sources() == null) {
            in.reject("sources", "is required (empty: the party brings none any more)");
        }
        if (sources != null && new java.util.HashSet<>(sources).size() != sources.size()) {
            in.reject("sources", "must not name a source twice");
        }
        ProgrammeText note = in.optional("note", body.note(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new NoteInfluenceSources(id, gm, actor, sources, note, rec.effectiveDate()), rec);
        return Recorded.of(id.value(), actor.value(), null, null, version);
    }

    record RegieElementRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String note,

            @Schema(description = "from when it holds; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PutMapping("/regie/elements/{element}")
    @Operation(
            summary = "Note how the municipality works on one of MOVISIE's elements of regie",
            description = "The elements: DEVELOP_A_VISION (A, develop a vision with the partners), CHERISH_THE_NETWORK "
                    + "(B), NAME_YOUR_OWN_ROLE (C), VARY_THE_APPROACH (D). From the effective date, replacing the "
                    + "element's earlier note (RegieElementNoted).")
    Recorded noteElement(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @io.swagger.v3.oas.annotations.Parameter(
                            schema = @Schema(implementation = nl.netwerkregie.values.RegieElement.class))
                    @PathVariable
                    String element,
            @RequestBody RegieElementRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        nl.netwerkregie.values.RegieElement e =
                in.required("element", element, nl.netwerkregie.values.RegieElement::valueOf);
        ProgrammeText note = in.required("note", body.note(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new NoteRegieElement(id, gm, e, note, rec.effectiveDate()), rec);
        return Recorded.of(id.value(), null, null, null, version);
    }

    record OwnRoleRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String role,

            @Schema(description = "from when it holds; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PutMapping("/regie/levels/{level}")
    @Operation(
            summary = "Describe the municipality's own role at one level",
            description =
                    "MOVISIE's second schema: ADMINISTRATIVE_AND_POLICY (administrative and policy regie, setting "
                            + "up the process), INTERNAL_INTEGRAL_STEERING, TOWARD_THE_PARTNERS, CHAIN_STEERING_IN_EXECUTION. "
                            + "From the effective date, replacing the level's earlier description (OwnRoleDescribed).")
    Recorded describeRole(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @io.swagger.v3.oas.annotations.Parameter(
                            schema = @Schema(implementation = nl.netwerkregie.values.RegieLevel.class))
                    @PathVariable
                    String level,
            @RequestBody OwnRoleRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        nl.netwerkregie.values.RegieLevel l = in.required("level", level, nl.netwerkregie.values.RegieLevel::valueOf);
        ProgrammeText role = in.required("role", body.role(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new DescribeOwnRole(id, gm, l, role, rec.effectiveDate()), rec);
        return Recorded.of(id.value(), null, null, null, version);
    }

    record RegiePhaseRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = ProgrammeText.MAX,
                    description = "what the municipality has regie on in this phase")
            String regieOn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            @ArraySchema(minItems = 1, maxItems = 9, uniqueItems = true)
            List<nl.netwerkregie.values.RegieSkill> skills,

            @Schema(maxLength = ProgrammeText.MAX) String note,

            @Schema(description = "from when it holds; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PutMapping("/regie/phases/{phase}")
    @Operation(
            summary = "Describe what the municipality has regie on in a phase, and the skills it stresses",
            description = "MOVISIE's third schema: JOINT_POLICY_VISION (regie on the vision: NETWORKING, STIMULATING, "
                    + "INITIATING), SPATIAL_PLANS_AND_DESIGN (regie on the policy: NEGOTIATING, DECIDING, MEDIATING, "
                    + "FACILITATING), EXECUTION (regie on the chain: MAKING_AGREEMENTS, FIXING_AGREEMENTS); any skill "
                    + "may be stressed in any phase. From the effective date, replacing the phase's earlier "
                    + "description (PhaseRegieDescribed).")
    Recorded describePhase(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @io.swagger.v3.oas.annotations.Parameter(
                            schema = @Schema(implementation = nl.netwerkregie.values.RegiePhase.class))
                    @PathVariable
                    String phase,
            @RequestBody RegiePhaseRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        nl.netwerkregie.values.RegiePhase p = in.required("phase", phase, nl.netwerkregie.values.RegiePhase::valueOf);
        ProgrammeText regieOn = in.required("regieOn", body.regieOn(), ProgrammeText::new);
        List<nl.netwerkregie.values.RegieSkill> skills = in.list("skills", body.skills(), k -> k, 1, 9);
        if (new java.util.HashSet<>(skills).size() != skills.size()) {
            in.reject("skills", "must not name a skill twice");
        }
        ProgrammeText note = in.optional("note", body.note(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version =
                dispatch.send(new DescribePhaseRegie(id, gm, p, regieOn, skills, note, rec.effectiveDate()), rec);
        return Recorded.of(id.value(), null, null, null, version);
    }
}
