package nl.netwerkregie.command.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.command.CommandDispatch;
import nl.netwerkregie.command.CommandDispatch.Recording;
import nl.netwerkregie.command.Recorded;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.Ids;
import nl.netwerkregie.values.Label;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.RegieRole;
import nl.netwerkregie.values.RegionId;
import nl.netwerkregie.values.RoleScore;
import nl.netwerkregie.values.ZelfscanSector;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Regions of municipalities and the scan moments of their zelfscan regieneming. */
@RestController
@RequestMapping("/v1/municipalities/{municipality}/regions")
@Tag(
        name = "Regions",
        description = "Regions (named sets of municipalities that work together) and their zelfscan regieneming: "
                + "respondents of the member municipalities score the four roles of regie per scan moment")
class RegionController {
    private static final String MEMBER =
            "The municipality in the path is a member of the region; to any other the " + "region is unknown (404). ";

    private final CommandDispatch dispatch;

    RegionController(CommandDispatch dispatch) {
        this.dispatch = dispatch;
    }

    record DefineRegionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Label.MAX, example = "Regio Arnhem")
            String name,

            @ArraySchema(
                    minItems = 2,
                    maxItems = Region.MAX_MEMBERS,
                    uniqueItems = true,
                    arraySchema =
                            @Schema(
                                    requiredMode = Schema.RequiredMode.REQUIRED,
                                    description =
                                            "the member municipalities (CBS codes); the one in the path among them"),
                    schema = @Schema(type = "string", pattern = MunicipalityCode.PATTERN))
            List<String> members,

            @ArraySchema(
                    maxItems = 4,
                    uniqueItems = true,
                    arraySchema =
                            @Schema(
                                    description = "the sectors its zelfscans cover: EDUCATION, CHILDCARE, CARE, "
                                            + "YOUTH_AID; all four when left out"))
            List<ZelfscanSector> sectors,

            @Schema(description = "from when the region works together; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Define a region",
            description = "A named set of municipalities that work together (RegionDefined), defined by one of them. "
                    + "Every member reads it and records its zelfscans. Rules: 2 to 60 distinct members (400), "
                    + "municipality-outside-region (the municipality in the path is not among the members), a sector "
                    + "named twice (400).")
    ResponseEntity<Recorded> define(
            @PathVariable String municipality, @RequestBody DefineRegionRequest body, HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        Label name = in.required("name", body.name(), Label::new);
        if (body.members() == null) {
            in.reject("members", "is required");
        }
        List<MunicipalityCode> members =
                in.list("members", body.members(), MunicipalityCode::new, 2, Region.MAX_MEMBERS);
        List<ZelfscanSector> sectors = in.list("sectors", body.sectors(), s -> s, 0, 4);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        RegionId id = RegionId.generate();
        dispatch.send(new DefineRegion(id, gm, name, members, sectors, rec.effectiveDate()), rec);
        return ResponseEntity.created(URI.create("/v1/municipalities/" + gm + "/regions/" + id))
                .body(Recorded.ofRegion(id.value(), null, 0));
    }

    record OpenZelfscanRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = Label.MAX,
                    example = "Zelfscan najaar 2024")
            String title,

            @Schema(description = "when the scan moment opens; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{regionId}/zelfscans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Open the next scan moment of the zelfscan",
            description = MEMBER + "Opens scan moment 1, 2, ... (ZelfscanOpened); a later moment shows the change "
                    + "against an earlier one. Rules: before-region-defined, before-previous-scan (a moment opens on "
                    + "or after the previous one).")
    ResponseEntity<Recorded> open(
            @PathVariable String municipality,
            @PathVariable String regionId,
            @RequestBody OpenZelfscanRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        RegionId id = in.required("regionId", regionId, RegionId::new);
        Label title = in.required("title", body.title(), Label::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        OpenedScan opened =
                (OpenedScan) dispatch.sendForResult(new OpenZelfscan(id, gm, title, rec.effectiveDate()), rec);
        return ResponseEntity.created(
                        URI.create("/v1/municipalities/" + gm + "/regions/" + id + "/zelfscans/" + opened.scan()))
                .body(Recorded.ofRegion(id.value(), opened.scan(), opened.version()));
    }

    record DatedRequest(
            @Schema(description = "today when left out") LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{regionId}/zelfscans/{scan}/closure")
    @Operation(
            summary = "Close a scan moment",
            description = MEMBER + "No answer dated after the closing date counts in it (ZelfscanClosed). Rules: the "
                    + "scan moment unknown (404), zelfscan-closed (closed before), before-zelfscan-opened, "
                    + "before-last-answer (it holds an answer dated after the closing date).")
    Recorded close(
            @PathVariable String municipality,
            @PathVariable String regionId,
            @PathVariable int scan,
            @RequestBody DatedRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        RegionId id = in.required("regionId", regionId, RegionId::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new CloseZelfscan(id, scan, gm, rec.effectiveDate()), rec);
        return Recorded.ofRegion(id.value(), scan, version);
    }

    record RoleScoreRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "DESIGNER (ontwerper), QUARTERMASTER (kwartiermaker), CONNECTOR (verbinder) or "
                            + "CONDUCTOR (dirigent)")
            RegieRole role,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "1",
                    maximum = "5",
                    description = "how present the role is: 1 hardly or not, 2 incidentally, 3 regularly, 4 "
                            + "reasonably, 5 amply")
            Integer level,

            @ArraySchema(
                    maxItems = Region.MAX_FILLED_BY,
                    uniqueItems = true,
                    arraySchema = @Schema(description = "who fills the role: actors (persons or organisations)"),
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> filledBy) {}

    record AnswerZelfscanRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    pattern = Ids.PATTERN,
                    description = "the actor answering, of the municipality in the path; once per scan moment")
            String respondent,

            @Schema(description = "the sector the respondent speaks for; one the region covers")
            ZelfscanSector sector,

            @ArraySchema(
                    minItems = 1,
                    maxItems = 4,
                    arraySchema =
                            @Schema(
                                    requiredMode = Schema.RequiredMode.REQUIRED,
                                    description = "a score per role judged, each role at most once"))
            List<RoleScoreRequest> scores,

            @Schema(description = "when the respondent answered; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{regionId}/zelfscans/{scan}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a respondent's answer to a scan moment",
            description = MEMBER + "A score from 1 to 5 per role and who fills it (ZelfscanAnswered). Rules: the scan "
                    + "moment unknown (404), before-zelfscan-opened, zelfscan-closed (dated after its closing), the "
                    + "respondent or an actor filling a role not an actor of the municipality (404), "
                    + "respondent-responded (once per scan moment), a sector the region does not cover (400), a role "
                    + "scored twice or a level outside 1-5 (400).")
    Recorded answer(
            @PathVariable String municipality,
            @PathVariable String regionId,
            @PathVariable int scan,
            @RequestBody AnswerZelfscanRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        RegionId id = in.required("regionId", regionId, RegionId::new);
        ActorId respondent = in.required("respondent", body.respondent(), ActorId::new);
        List<RoleScore> scores = scores(in, "scores", body.scores());
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new AnswerZelfscan(id, scan, gm, respondent, body.sector(), scores, rec.effectiveDate()), rec);
        return Recorded.ofRegion(id.value(), scan, version);
    }

    /** The scores of an answer, each checked, named {@code field[i]...}. */
    private static List<RoleScore> scores(Inputs in, String field, List<RoleScoreRequest> raw) {
        List<RoleScore> scores = new ArrayList<>();
        if (raw == null || raw.isEmpty() || raw.size() > 4) {
            in.reject(field, "must score 1 to 4 roles");
            return scores;
        }
        for (int i = 0; i < raw.size(); i++) {
            RoleScoreRequest s = raw.get(i);
            String f = field + "[" + i + "]";
            if (s == null) {
                in.reject(f, "is required");
                continue;
            }
            RegieRole role = in.required(f + ".role", s.role(), r -> r);
            Integer level = in.required(f + ".level", s.level(), RegionController::level);
            List<ActorId> filledBy = in.list(f + ".filledBy", s.filledBy(), ActorId::new, 0, Region.MAX_FILLED_BY);
            if (role != null && level != null) {
                scores.add(new RoleScore(role, level, filledBy));
            }
        }
        return scores;
    }

    record AnswerReplacement(
            @Schema(description = "the sector the respondent speaks for; one the region covers")
            ZelfscanSector sector,

            @ArraySchema(
                    minItems = 1,
                    maxItems = 4,
                    arraySchema =
                            @Schema(
                                    requiredMode = Schema.RequiredMode.REQUIRED,
                                    description = "a score per role judged, each role at most once"))
            List<RoleScoreRequest> scores,

            @Schema(description = "the date of the answer as corrected; that of the answer taken back when absent")
            LocalDate effectiveDate) {}

    record AnswerRetractionRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = nl.netwerkregie.command.Corrections.MAX_WHY,
                    description = "why the answer is taken back: kept in the event itself")
            String why,

            @Schema(description = "the same respondent's corrected answer, if any")
            AnswerReplacement replacement,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{regionId}/zelfscans/{scan}/answers/{sequence}/retraction")
    @Operation(
            summary = "Take back or correct an answer to a scan moment",
            description = MEMBER + "Names the answer by its event's sequence number in the region's history (the "
                    + "`version` its recording answered) and says why (ZelfscanAnswerRetracted): it no longer counts "
                    + "on any date and the respondent may answer again. With a replacement the same respondent's "
                    + "answer is recorded anew in its place, in the same command, with the rules of an answer. Only "
                    + "the municipality whose respondent answered takes it back. Rules: an unknown answer, one of "
                    + "another scan moment or another municipality (404), answer-retracted, and for the replacement "
                    + "those of an answer.")
    Recorded retract(
            @PathVariable String municipality,
            @PathVariable String regionId,
            @PathVariable int scan,
            @PathVariable long sequence,
            @RequestBody AnswerRetractionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        RegionId id = in.required("regionId", regionId, RegionId::new);
        if (sequence < 0) {
            in.reject("sequence", "must be 0 or more");
        }
        String why = nl.netwerkregie.command.Corrections.why(in, body.why());
        AnswerReplacement r = body.replacement();
        List<RoleScore> scores = r == null ? null : scores(in, "replacement.scores", r.scores());
        if (r != null && r.effectiveDate() != null && r.effectiveDate().isAfter(dispatch.today())) {
            in.reject("replacement.effectiveDate", "must not lie in the future");
        }
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RetractZelfscanAnswer(
                        id,
                        scan,
                        gm,
                        sequence,
                        why,
                        r == null ? null : r.sector(),
                        scores,
                        r == null ? null : r.effectiveDate(),
                        rec.effectiveDate()),
                rec);
        return Recorded.ofRegion(id.value(), scan, version);
    }

    private static Integer level(Integer level) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("must be a level from 1 to 5");
        }
        return level;
    }
}
