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

    record RungRequest(
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
            @RequestBody RungRequest body,
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

    record InfluenceRequest(
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
            @RequestBody InfluenceRequest body,
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
}
