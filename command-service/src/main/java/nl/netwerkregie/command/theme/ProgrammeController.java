package nl.netwerkregie.command.theme;

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
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AgreementId;
import nl.netwerkregie.values.AgreementPeriod;
import nl.netwerkregie.values.CapacityQuestion;
import nl.netwerkregie.values.ConversationMedium;
import nl.netwerkregie.values.ConversationMethod;
import nl.netwerkregie.values.CycleStep;
import nl.netwerkregie.values.DevelopmentPeriod;
import nl.netwerkregie.values.Ids;
import nl.netwerkregie.values.Instrument;
import nl.netwerkregie.values.MeetingId;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.PatternPart;
import nl.netwerkregie.values.Place;
import nl.netwerkregie.values.ProgrammeText;
import nl.netwerkregie.values.Recurrence;
import nl.netwerkregie.values.ThemeId;
import nl.netwerkregie.values.ThemeName;
import nl.netwerkregie.values.WebLink;
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
 * The regieprogramma of a theme: its programme cycles, their five steps, the broad conversation, the
 * programme line of meeting moments, the manifestation and its harvest, the results of step 5 and the
 * practice agreements; and whether the theme is one-off or recurring and which themes it is aligned with.
 */
@RestController
@RequestMapping("/v1/municipalities/{municipality}/themes/{themeId}")
@Tag(
        name = "Programme cycles",
        description = "Run a theme's programme cycles: steps, broad conversation, meeting moments, manifestation, "
                + "step 5 and practice agreements; recurrence and alignment with other themes")
class ProgrammeController {
    /** The largest number of actors a list in a programme command names. */
    static final int MAX_ACTORS = 500;

    private final CommandDispatch dispatch;
    private final PersonalTexts personalTexts;

    ProgrammeController(CommandDispatch dispatch, PersonalTexts personalTexts) {
        this.dispatch = dispatch;
        this.personalTexts = personalTexts;
    }

    record Period(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate start,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate end) {}

    record StartCycleRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Period developmentPeriod,

            @Schema(
                    maxLength = ThemeName.MAX,
                    description = "A new name for the theme as it is made current again; left out, the "
                            + "theme keeps its name")
            String name,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record CorrectPeriodRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Period developmentPeriod,

            LocalDate effectiveDate,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = CommandDispatch.MAX_REASON,
                    description = "Why the period is corrected; required")
            String reason) {}

    record StartStepRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5")
            Integer step,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record InstrumentRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Instrument instrument,

            @Schema(
                    description = "Required in step 2 (which part of the pattern the instrument built), refused in "
                            + "the other steps")
            PatternPart patternPart,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record MediumRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ConversationMedium medium,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String description,

            @Schema(maxLength = WebLink.MAX, format = "uri", description = "An absolute http or https address")
            String link,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record RemarkRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String text,

            @Schema(pattern = Ids.PATTERN, description = "The actor who said it; never a name")
            String heardFrom,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record MethodRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ConversationMethod method,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String description,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record PlanMeetingRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The day of the meeting moment")
            LocalDate date,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Place.MAX)
            String place,

            @Schema(description = "When its preparation starts; not after the date")
            LocalDate preparationStart,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String invitation,

            @ArraySchema(
                    maxItems = MAX_ACTORS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> invited,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record MeetingHeldRequest(
            @ArraySchema(
                    maxItems = MAX_ACTORS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> cameTogether,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String outcome,

            @Schema(description = "The day it was held; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ManifestationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Place.MAX)
            String place,

            @ArraySchema(
                    maxItems = MAX_ACTORS,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> participants,

            @Schema(description = "The day of the manifestation moment; today when left out")
            LocalDate effectiveDate,

            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record CapacityRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            CapacityQuestion question,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String answer,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record FacilityRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String facility,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = ProgrammeText.MAX,
                    description = "How the means for it are generated")
            String means,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record GovernmentAlignmentRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String alignment,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ProviderAgreementRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Ids.PATTERN)
            String provider,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String agreement,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record PracticeAgreementRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Ids.PATTERN)
            String party,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ProgrammeText.MAX)
            String what,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Period period,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record DatedRequest(
            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record RecurrenceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Recurrence recurrence,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record AlignRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Ids.PATTERN)
            String otherThemeId,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    // ---- cycles ----

    @PostMapping("/cycles")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start the next programme cycle",
            description = "Starts the next cycle of a recurring theme once the previous cycle's practice agreements "
                    + "are fixed (or it was closed); its development period starts after the previous one. With a "
                    + "name, the theme is renamed as it is made current again. The previous practice keeps running.")
    ResponseEntity<Recorded> startCycle(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody StartCycleRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        DevelopmentPeriod period = in.required("developmentPeriod", body.developmentPeriod(), Target::period);
        ThemeName name = in.optional("name", body.name(), ThemeName::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        StartedCycle started = (StartedCycle) dispatch.sendForResult(
                new StartProgrammeCycle(t.theme(), t.municipality(), period, name, rec.effectiveDate()), rec);
        return ResponseEntity.created(URI.create(t.path() + "/cycles/" + started.cycle()))
                .body(Recorded.ofCycle(t.theme().value(), started.cycle(), null, null, started.version()));
    }

    @PutMapping("/cycles/{cycle}/development-period")
    @Operation(
            summary = "Correct a cycle's development period",
            description = "A reason is required. The period must not overlap the previous or next cycle's and must "
                    + "keep every fact recorded in the cycle inside it.")
    Recorded correctPeriod(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody CorrectPeriodRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        DevelopmentPeriod period = in.required("developmentPeriod", body.developmentPeriod(), Target::period);
        if (body.reason() == null) {
            in.reject("reason", "is required: why the period is corrected");
        }
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new CorrectDevelopmentPeriod(t.theme(), t.municipality(), cycle, period, rec.effectiveDate()), rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    @PostMapping("/cycles/{cycle}/steps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start a step of a cycle",
            description = "Steps 1 to 5 start in order: step n not before step n-1. A started step keeps running "
                    + "until the cycle closes.")
    Recorded startStep(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody StartStepRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        CycleStep step = in.required("step", body.step(), Target::step);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version =
                dispatch.send(new StartCycleStep(t.theme(), t.municipality(), cycle, step, rec.effectiveDate()), rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    @PostMapping("/cycles/{cycle}/steps/{step}/instruments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an instrument used in a step",
            description = "The step must have started; in step 2 name the part of the pattern the instrument built.")
    Recorded recordInstrument(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @PathVariable int step,
            @RequestBody InstrumentRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        CycleStep cycleStep = in.required("step", step, Target::step);
        Instrument instrument = in.required("instrument", body.instrument(), i -> i);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RecordStepInstrument(
                        t.theme(),
                        t.municipality(),
                        cycle,
                        cycleStep,
                        instrument,
                        body.patternPart(),
                        rec.effectiveDate()),
                rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    // ---- step 3 ----

    @PostMapping("/cycles/{cycle}/conversation/media")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a medium of the broad conversation", description = "Step 3 must have started.")
    Recorded recordMedium(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody MediumRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ConversationMedium medium = in.required("medium", body.medium(), m -> m);
        ProgrammeText description = in.required("description", body.description(), ProgrammeText::new);
        WebLink link = in.optional("link", body.link(), WebLink::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RecordConversationMedium(
                        t.theme(), t.municipality(), cycle, medium, description, link, rec.effectiveDate()),
                rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    @PostMapping("/cycles/{cycle}/conversation/remarks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a remark heard in the broad conversation",
            description = "Step 3 must have started. Who said it is an actor, never a name. A remark heard from a "
                    + "person is stored only sealed with that person's key, so that an erasure of the person reaches "
                    + "it; a remark heard from no one in particular, or from an organisation without contact details, "
                    + "stays plain. Rule: actor-erased (heard from a person whose data was erased).")
    Recorded recordRemark(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody RemarkRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ProgrammeText text = in.required("text", body.text(), ProgrammeText::new);
        ActorId heardFrom = in.optional("heardFrom", body.heardFrom(), ActorId::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        nl.netwerkregie.values.SealedPersonalData sealed = heardFrom == null
                ? null
                : personalTexts.seal(heardFrom, t.municipality(), text.value(), "heardFrom", true);
        long version = dispatch.send(
                new RecordRemarkHeard(
                        t.theme(),
                        t.municipality(),
                        cycle,
                        sealed == null ? text : null,
                        sealed,
                        heardFrom,
                        rec.effectiveDate()),
                rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    @PostMapping("/cycles/{cycle}/conversation/methods")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a conversation method", description = "Step 3 must have started.")
    Recorded recordMethod(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody MethodRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ConversationMethod method = in.required("method", body.method(), m -> m);
        ProgrammeText description = in.required("description", body.description(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RecordConversationMethod(
                        t.theme(), t.municipality(), cycle, method, description, rec.effectiveDate()),
                rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    // ---- the programme line ----

    @PostMapping("/cycles/{cycle}/meeting-moments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Plan a meeting moment",
            description = "On the cycle's programme line: its date (inside the development period), place, "
                    + "preparation period and invitation. The effective date is when it was planned.")
    Recorded planMeeting(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody PlanMeetingRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        LocalDate date = in.required("date", body.date(), d -> d);
        Place place = in.required("place", body.place(), Place::new);
        ProgrammeText invitation = in.required("invitation", body.invitation(), ProgrammeText::new);
        List<ActorId> invited = in.list("invited", body.invited(), ActorId::new, 0, MAX_ACTORS);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        MeetingId id = MeetingId.generate();
        long version = dispatch.send(
                new PlanMeetingMoment(
                        t.theme(),
                        t.municipality(),
                        cycle,
                        id,
                        date,
                        place,
                        body.preparationStart(),
                        invitation,
                        invited,
                        rec.effectiveDate()),
                rec);
        return Recorded.ofCycle(t.theme().value(), cycle, id.value(), null, version);
    }

    @PostMapping("/cycles/{cycle}/meeting-moments/{meetingId}/held")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record that a meeting moment was held",
            description = "Who came together (actors) and what came out; the effective date is the day it was held.")
    Recorded meetingHeld(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @PathVariable String meetingId,
            @RequestBody MeetingHeldRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        MeetingId id = in.required("meetingId", meetingId, MeetingId::new);
        List<ActorId> came = in.list("cameTogether", body.cameTogether(), ActorId::new, 0, MAX_ACTORS);
        ProgrammeText outcome = in.required("outcome", body.outcome(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RecordMeetingMomentHeld(t.theme(), t.municipality(), cycle, id, came, outcome, rec.effectiveDate()),
                rec);
        return Recorded.ofCycle(t.theme().value(), cycle, id.value(), null, version);
    }

    // ---- step 4 ----

    @PostMapping("/cycles/{cycle}/manifestation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record the manifestation moment",
            description = "Step 4 must have started; its day (the effective date) lies inside the cycle.")
    Recorded manifestation(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody ManifestationRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        Place place = in.required("place", body.place(), Place::new);
        List<ActorId> participants = in.list("participants", body.participants(), ActorId::new, 0, MAX_ACTORS);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RecordManifestation(t.theme(), t.municipality(), cycle, place, participants, rec.effectiveDate()),
                rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    @PostMapping("/cycles/{cycle}/manifestation/harvest")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record the harvest of a cycle's manifestation",
            description = "The networks, initiatives and examples it showed, each optionally with the actors and "
                    + "ingredients it came from. Step 4 must have started; the date lies inside the cycle.")
    Recorded harvest(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody NetworkController.HarvestRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        var items = NetworkController.harvestItems(in, body);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RecordManifestationHarvest(t.theme(), t.municipality(), cycle, items, rec.effectiveDate()), rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    // ---- step 5 ----

    @PostMapping("/cycles/{cycle}/capacity-assessment")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Answer a capacity question of step 5",
            description = "What are / know / want / can / do we now? Step 5 must have started.")
    Recorded assessCapacity(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody CapacityRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        CapacityQuestion question = in.required("question", body.question(), q -> q);
        ProgrammeText answer = in.required("answer", body.answer(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new AssessCapacity(t.theme(), t.municipality(), cycle, question, answer, rec.effectiveDate()), rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    @PostMapping("/cycles/{cycle}/facilities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a facility still needed",
            description = "And how the means for it are generated. Step 5 must have started.")
    Recorded facility(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody FacilityRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ProgrammeText facility = in.required("facility", body.facility(), ProgrammeText::new);
        ProgrammeText means = in.required("means", body.means(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RecordFacilityNeeded(t.theme(), t.municipality(), cycle, facility, means, rec.effectiveDate()),
                rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    @PostMapping("/cycles/{cycle}/government-alignment")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the alignment with the local government", description = "Step 5 must have started.")
    Recorded governmentAlignment(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody GovernmentAlignmentRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ProgrammeText alignment = in.required("alignment", body.alignment(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RecordGovernmentAlignment(t.theme(), t.municipality(), cycle, alignment, rec.effectiveDate()), rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    @PostMapping("/cycles/{cycle}/provider-agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an agreement prepared with a provider",
            description = "The provider is an actor of the municipality. Step 5 must have started.")
    Recorded providerAgreement(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody ProviderAgreementRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ActorId provider = in.required("provider", body.provider(), ActorId::new);
        ProgrammeText agreement = in.required("agreement", body.agreement(), ProgrammeText::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new PrepareProviderAgreement(
                        t.theme(), t.municipality(), cycle, provider, agreement, rec.effectiveDate()),
                rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    @PostMapping("/cycles/{cycle}/practice-agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make a practice agreement",
            description = "With which party (an actor), what, for which period. Step 5 must have started and the "
                    + "agreements must not be fixed yet.")
    Recorded practiceAgreement(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody PracticeAgreementRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ActorId party = in.required("party", body.party(), ActorId::new);
        ProgrammeText what = in.required("what", body.what(), ProgrammeText::new);
        AgreementPeriod period = in.required("period", body.period(), p -> new AgreementPeriod(p.start(), p.end()));
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        AgreementId id = AgreementId.generate();
        long version = dispatch.send(
                new MakePracticeAgreement(
                        t.theme(), t.municipality(), cycle, id, party, what, period, rec.effectiveDate()),
                rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, id.value(), version);
    }

    @PostMapping("/cycles/{cycle}/practice-agreements/fixing")
    @Operation(
            summary = "Fix the practice agreements",
            description = "The cycle moves to practice agreements fixed: the new practice runs for its periods, "
                    + "and a recurring theme may start its next cycle.")
    Recorded fix(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody DatedRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version =
                dispatch.send(new FixPracticeAgreements(t.theme(), t.municipality(), cycle, rec.effectiveDate()), rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    @PostMapping("/cycles/{cycle}/closure")
    @Operation(
            summary = "Close a programme cycle",
            description = "Nothing dated after the closing can be recorded in it; closing the cycle of a one-off "
                    + "theme lets the theme go.")
    Recorded close(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable int cycle,
            @RequestBody DatedRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version =
                dispatch.send(new CloseProgrammeCycle(t.theme(), t.municipality(), cycle, rec.effectiveDate()), rec);
        return Recorded.ofCycle(t.theme().value(), cycle, null, null, version);
    }

    // ---- the theme's recurrence and alignments ----

    @PutMapping("/recurrence")
    @Operation(
            summary = "Make a theme one-off or recurring",
            description = "A one-off theme is let go when its cycle closes; a recurring one starts a new cycle.")
    Recorded recurrence(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody RecurrenceRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        Recurrence recurrence = in.required("recurrence", body.recurrence(), r -> r);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new ChangeThemeRecurrence(t.theme(), t.municipality(), recurrence, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), null, null, null, version);
    }

    @PostMapping("/alignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Align the theme with another current theme",
            description = "The other theme belongs to the same municipality.")
    Recorded align(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody AlignRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ThemeId other = in.required("otherThemeId", body.otherThemeId(), ThemeId::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new AlignTheme(t.theme(), t.municipality(), other, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), null, null, null, version);
    }

    @PostMapping("/alignments/{otherThemeId}/ending")
    @Operation(summary = "End the alignment with another theme")
    Recorded endAlignment(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String otherThemeId,
            @RequestBody DatedRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ThemeId other = in.required("otherThemeId", otherThemeId, ThemeId::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version =
                dispatch.send(new EndThemeAlignment(t.theme(), t.municipality(), other, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), null, null, null, version);
    }

    private record Target(MunicipalityCode municipality, ThemeId theme) {
        String path() {
            return "/v1/municipalities/" + municipality + "/themes/" + theme;
        }

        static DevelopmentPeriod period(Period p) {
            return new DevelopmentPeriod(p.start(), p.end());
        }

        static CycleStep step(Integer number) {
            return CycleStep.ofNumber(number)
                    .orElseThrow(() -> new IllegalArgumentException("must be a step from 1 to 5"));
        }
    }

    private static Target target(Inputs in, String municipality, String themeId) {
        return new Target(
                in.required("municipality", municipality, MunicipalityCode::new),
                in.required("themeId", themeId, ThemeId::new));
    }
}
