package nl.netwerkregie.command.theme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.command.CommandDispatch;
import nl.netwerkregie.command.CommandDispatch.Recording;
import nl.netwerkregie.command.Recorded;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.AnalysisSession;
import nl.netwerkregie.values.ContactForm;
import nl.netwerkregie.values.ContactId;
import nl.netwerkregie.values.HarvestItem;
import nl.netwerkregie.values.HarvestItemKind;
import nl.netwerkregie.values.Ids;
import nl.netwerkregie.values.Ingredient;
import nl.netwerkregie.values.IngredientId;
import nl.netwerkregie.values.IngredientKind;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.Position;
import nl.netwerkregie.values.Story;
import nl.netwerkregie.values.ThemeId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The network analysis of a theme: ingredients, schakels, contacts, positions and the manifestation harvest. */
@RestController
@RequestMapping("/v1/municipalities/{municipality}/themes/{themeId}")
@Tag(name = "Network of involvement", description = "Record the network analysis of a theme")
class NetworkController {
    /** The most elements a list in a request may hold. */
    static final int MAX_LIST = 500;

    private final CommandDispatch dispatch;
    private final PersonalTexts personalTexts;

    NetworkController(CommandDispatch dispatch, PersonalTexts personalTexts) {
        this.dispatch = dispatch;
        this.personalTexts = personalTexts;
    }

    record NewIngredient(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            IngredientKind kind,

            @Schema(
                    maxLength = Ingredient.MAX_TEXT,
                    description = "The ingredient in the writer's own words; required except for kind PERSON, "
                            + "where it is optional and stored only sealed with the person's key")
            String text,

            @Schema(
                    pattern = Ids.PATTERN,
                    description = "Kind PERSON only, and required there: the actor this ingredient names. "
                            + "A person is referred to as an actor, never by a name in the text")
            String person) {}

    record Session(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            LocalDate date,

            @ArraySchema(minItems = 0, maxItems = MAX_LIST, schema = @Schema(type = "string", pattern = Ids.PATTERN))
            List<String> participants) {}

    record AddIngredientsRequest(
            @ArraySchema(minItems = 1, maxItems = MAX_LIST) @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<NewIngredient> ingredients,

            @Schema(pattern = Ids.PATTERN) String writtenBy,
            Session session,
            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record DatedRequest(
            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record AddSchakelRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Ids.PATTERN)
            String actorId,

            @ArraySchema(minItems = 1, maxItems = MAX_LIST, schema = @Schema(type = "string", pattern = Ids.PATTERN))
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> ingredientIds,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record LinksRequest(
            @ArraySchema(minItems = 1, maxItems = MAX_LIST, schema = @Schema(type = "string", pattern = Ids.PATTERN))
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> ingredientIds,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record PrepareContactRequest(
            @ArraySchema(minItems = 1, maxItems = MAX_LIST, schema = @Schema(type = "string", pattern = Ids.PATTERN))
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> schakels,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ContactForm form,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Story.MAX)
            String story,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ContactOutcomeRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Story.MAX)
            String outcome,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record ShiftPositionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Ids.PATTERN)
            String actorId,

            @ArraySchema(uniqueItems = true) List<Position> take,
            @ArraySchema(uniqueItems = true) List<Position> leave,
            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record InviteToPositionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = Ids.PATTERN)
            String actorId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Position position,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record NewHarvestItem(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            HarvestItemKind kind,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = HarvestItem.MAX_TEXT)
            String text,

            @ArraySchema(
                    maxItems = MAX_LIST,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            @Schema(description = "The actors the item came from")
            List<String> actors,

            @ArraySchema(
                    maxItems = MAX_LIST,
                    uniqueItems = true,
                    schema = @Schema(type = "string", pattern = Ids.PATTERN))
            @Schema(description = "The ingredients of the theme's network the item came from")
            List<String> ingredients) {}

    record HarvestRequest(
            @ArraySchema(minItems = 1, maxItems = MAX_LIST) @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<NewHarvestItem> items,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/ingredients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add ingredients",
            description =
                    "Adds one or more ingredients to the theme's network analysis. "
                            + "Duplicates are allowed: it is a brainstorm. Optionally says who wrote them down (an actor) and in which session.")
    Recorded addIngredients(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody AddIngredientsRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        List<Ingredient> ingredients =
                in.list("ingredients", body.ingredients(), NetworkController::ingredient, 1, MAX_LIST);
        ActorId writtenBy = in.optional("writtenBy", body.writtenBy(), ActorId::new);
        AnalysisSession session = null;
        if (body.session() != null) {
            List<ActorId> participants =
                    in.list("session.participants", body.session().participants(), ActorId::new, 0, MAX_LIST);
            LocalDate today = dispatch.today();
            session = in.required("session.date", body.session().date(), d -> {
                if (d.isAfter(today)) {
                    throw new IllegalArgumentException("must not lie in the future");
                }
                return new AnalysisSession(d, participants);
            });
        }
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        ingredients = new java.util.ArrayList<>(ingredients);
        for (int i = 0; i < ingredients.size(); i++) {
            Ingredient g = ingredients.get(i);
            if (g.person() != null && g.text() != null) {
                ingredients.set(
                        i,
                        g.sealedAs(personalTexts.seal(
                                g.person(), t.municipality(), g.text(), "ingredients[" + i + "].person", false)));
            }
        }
        long version = dispatch.send(
                new AddIngredients(t.theme(), t.municipality(), ingredients, writtenBy, session, rec.effectiveDate()),
                rec);
        return Recorded.of(
                t.theme().value(),
                null,
                ingredients.stream().map(i -> i.id().value()).toList(),
                null,
                version);
    }

    @PostMapping("/ingredients/{ingredientId}/withdrawal")
    @Operation(
            summary = "Withdraw an ingredient",
            description = "The ingredient leaves the network from the effective date on.")
    Recorded withdrawIngredient(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String ingredientId,
            @RequestBody(required = false) DatedRequest body,
            HttpServletRequest request) {
        DatedRequest b = body == null ? new DatedRequest(null, null) : body;
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        IngredientId ingredient = in.required("ingredientId", ingredientId, IngredientId::new);
        Recording rec = dispatch.recording(request, in, b.reason(), b.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new WithdrawIngredient(t.theme(), t.municipality(), ingredient, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), null, null, null, version);
    }

    record PlacementRequest(
            @io.swagger.v3.oas.annotations.media.Schema(
                    pattern = nl.netwerkregie.values.BuurtCode.PATTERN,
                    description = "the buurt of the municipality it belongs to; absent: none in particular")
            String buurt,

            LocalDate effectiveDate,

            @io.swagger.v3.oas.annotations.media.Schema(maxLength = CommandDispatch.MAX_REASON)
            String reason) {}

    @org.springframework.web.bind.annotation.PutMapping("/ingredients/{ingredientId}/buurt")
    @Operation(
            summary = "Place an ingredient in a buurt",
            description = "From the effective date the ingredient belongs to this buurt of the municipality (absent: "
                    + "to none in particular), so the network of a theme that runs in several buurten can be split per "
                    + "buurt; a later placement replaces it from its own date. Rules: buurt-outside-municipality, "
                    + "before-ingredient-added, ingredient-already-withdrawn.")
    Recorded placeIngredient(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String ingredientId,
            @RequestBody PlacementRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        IngredientId ingredient = in.required("ingredientId", ingredientId, IngredientId::new);
        nl.netwerkregie.values.BuurtCode buurt =
                in.optional("buurt", body.buurt(), nl.netwerkregie.values.BuurtCode::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new PlaceIngredient(t.theme(), t.municipality(), ingredient, buurt, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), null, null, null, version);
    }

    @PostMapping("/schakels")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a schakel",
            description = "Makes a registered actor a schakel who connects one or more " + "ingredients to the theme.")
    Recorded addSchakel(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody AddSchakelRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ActorId actor = in.required("actorId", body.actorId(), ActorId::new);
        List<IngredientId> ingredients = in.list("ingredientIds", body.ingredientIds(), IngredientId::new, 1, MAX_LIST);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new AddSchakel(t.theme(), t.municipality(), actor, ingredients, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), actor.value(), null, null, version);
    }

    @PostMapping("/schakels/{actorId}/links")
    @Operation(summary = "Link ingredients to a schakel")
    Recorded link(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String actorId,
            @RequestBody LinksRequest body,
            HttpServletRequest request) {
        return changeLinks(municipality, themeId, actorId, body, request, LinkSchakel::new);
    }

    @PostMapping("/schakels/{actorId}/unlinks")
    @Operation(summary = "Drop ingredients from a schakel")
    Recorded unlink(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String actorId,
            @RequestBody LinksRequest body,
            HttpServletRequest request) {
        return changeLinks(municipality, themeId, actorId, body, request, UnlinkSchakel::new);
    }

    /** The shape both link commands share. */
    private interface LinksCommand {
        Object create(
                ThemeId theme,
                MunicipalityCode municipality,
                ActorId actor,
                List<IngredientId> ingredients,
                LocalDate effectiveDate);
    }

    private Recorded changeLinks(
            String municipality,
            String themeId,
            String actorId,
            LinksRequest body,
            HttpServletRequest request,
            LinksCommand command) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ActorId actor = in.required("actorId", actorId, ActorId::new);
        List<IngredientId> ingredients = in.list("ingredientIds", body.ingredientIds(), IngredientId::new, 1, MAX_LIST);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                command.create(t.theme(), t.municipality(), actor, ingredients, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), actor.value(), null, null, version);
    }

    @PostMapping("/schakels/{actorId}/analysis-invitations")
    @Operation(summary = "Invite a schakel to make its own network analysis")
    Recorded inviteToAnalyse(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String actorId,
            @RequestBody(required = false) DatedRequest body,
            HttpServletRequest request) {
        DatedRequest b = body == null ? new DatedRequest(null, null) : body;
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ActorId actor = in.required("actorId", actorId, ActorId::new);
        Recording rec = dispatch.recording(request, in, b.reason(), b.effectiveDate());
        in.throwIfInvalid();
        long version =
                dispatch.send(new InviteSchakelToAnalyse(t.theme(), t.municipality(), actor, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), actor.value(), null, null, version);
    }

    @PostMapping("/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Prepare a contact",
            description = "Prepares a contact with one schakel (INDIVIDUAL) or several "
                    + "(GROUP), with the story to be used.")
    Recorded prepareContact(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody PrepareContactRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        List<ActorId> schakels = in.list("schakels", body.schakels(), ActorId::new, 1, MAX_LIST);
        ContactForm form = in.required("form", body.form(), f -> f);
        Story story = in.required("story", body.story(), Story::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        ContactId contact = ContactId.generate();
        long version = dispatch.send(
                new PrepareContact(t.theme(), t.municipality(), contact, schakels, form, story, rec.effectiveDate()),
                rec);
        return Recorded.of(t.theme().value(), null, null, contact.value(), version);
    }

    @PostMapping("/contacts/{contactId}/outcome")
    @Operation(
            summary = "Record that a contact was made",
            description = "The effective date is the day of the contact.")
    Recorded contactMade(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String contactId,
            @RequestBody ContactOutcomeRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ContactId contact = in.required("contactId", contactId, ContactId::new);
        Story outcome = in.required("outcome", body.outcome(), Story::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RecordContactMade(t.theme(), t.municipality(), contact, outcome, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), null, null, contact.value(), version);
    }

    record OutcomeReplacement(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = Story.MAX)
            String outcome,

            @Schema(description = "the day of the contact as corrected; that of the record taken back when absent")
            LocalDate effectiveDate) {}

    record ContactRetractionRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = nl.netwerkregie.command.Corrections.MAX_WHY,
                    description = "why the record is taken back: kept in the event itself")
            String why,

            @Schema(description = "the corrected record of the contact made, if any")
            OutcomeReplacement replacement,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/contacts/{contactId}/outcome/retraction")
    @Operation(
            summary = "Take back or correct the record that a contact was made",
            description = "Says why (ContactMadeRetracted, naming the record by its event's sequence number): without "
                    + "a replacement the contact counts as prepared only again; with one, the corrected outcome (and "
                    + "day) is recorded in its place in the same command. Views apply it; the history and reads with "
                    + "knownAt show both. Rules: an unknown contact (404), contact-not-made, before-contact-prepared.")
    Recorded retractContactMade(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String contactId,
            @RequestBody ContactRetractionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ContactId contact = in.required("contactId", contactId, ContactId::new);
        String why = nl.netwerkregie.command.Corrections.why(in, body.why());
        Story outcome = body.replacement() == null
                ? null
                : in.required("replacement.outcome", body.replacement().outcome(), Story::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RetractContactMade(
                        t.theme(),
                        t.municipality(),
                        contact,
                        why,
                        outcome,
                        body.replacement() == null ? null : body.replacement().effectiveDate(),
                        rec.effectiveDate()),
                rec);
        return Recorded.of(t.theme().value(), null, null, contact.value(), version);
    }

    @PostMapping("/position-shifts")
    @Operation(
            summary = "Shift positions of involvement",
            description = "An actor takes and/or leaves one or more of the "
                    + "five positions on the effective date, which may lie in the past. Leaving a position not held on that "
                    + "date, or taking one already held, is refused with 409.")
    Recorded shiftPosition(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody ShiftPositionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ActorId actor = in.required("actorId", body.actorId(), ActorId::new);
        Set<Position> take = nonNull(in, "take", body.take());
        Set<Position> leave = nonNull(in, "leave", body.leave());
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new ShiftPosition(t.theme(), t.municipality(), actor, take, leave, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), actor.value(), null, null, version);
    }

    record Replacement(
            @ArraySchema(uniqueItems = true) List<Position> take,
            @ArraySchema(uniqueItems = true) List<Position> leave,

            @Schema(description = "the corrected shift's effective date; that of the shift taken back when absent")
            LocalDate effectiveDate) {}

    record RetractionRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = nl.netwerkregie.command.Corrections.MAX_WHY,
                    description = "why the shift is taken back: kept in the event itself")
            String why,

            @Schema(description = "the corrected shift that takes its place, if any")
            Replacement replacement,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/position-shifts/{sequence}/retraction")
    @Operation(
            summary = "Take back or correct a recorded position shift",
            description = "Names the shift by its event's sequence number in the theme's history and says why "
                    + "(PositionShiftRetracted). With a replacement, the same actor's corrected shift is recorded in "
                    + "its place in the same command, judged against the positions held without the one taken back. "
                    + "The views apply the correction; the history and reads with knownAt show both. Rules: an unknown "
                    + "shift (404), position-shift-retracted, and for the replacement those of a shift.")
    Recorded retractPositionShift(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable long sequence,
            @RequestBody RetractionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        if (sequence < 0) {
            in.reject("sequence", "must be 0 or more");
        }
        String why = nl.netwerkregie.command.Corrections.why(in, body.why());
        Set<Position> take = body.replacement() == null
                ? Set.of()
                : nonNull(in, "replacement.take", body.replacement().take());
        Set<Position> leave = body.replacement() == null
                ? Set.of()
                : nonNull(in, "replacement.leave", body.replacement().leave());
        if (body.replacement() != null && take.isEmpty() && leave.isEmpty()) {
            in.reject("replacement.take", "must name at least one position when leave names none");
        }
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        LocalDate replacementDate =
                body.replacement() == null ? null : body.replacement().effectiveDate();
        long version = dispatch.send(
                new RetractPositionShift(
                        t.theme(), t.municipality(), sequence, why, take, leave, replacementDate, rec.effectiveDate()),
                rec);
        return Recorded.of(t.theme().value(), null, null, null, version);
    }

    record EvidenceItem(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            nl.netwerkregie.values.Evidence.Kind kind,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = nl.netwerkregie.values.Evidence.MAX,
                    description =
                            "CONTACT, MEETING: the contact's or meeting moment's id; HARVEST: the sequence number "
                                    + "of the harvest's event; DOCUMENT: a description or address (no personal data)")
            String reference) {}

    record EvidenceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @ArraySchema(minItems = 1, maxItems = MAX_LIST)
            List<EvidenceItem> evidence,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/position-shifts/{sequence}/evidence")
    @Operation(
            summary = "Cite what shows a position shift",
            description = "Names the shift by its event's sequence number and cites what shows the involvement: a "
                    + "contact made, a meeting moment held, a harvest recorded, or a document. Evidence adds up; "
                    + "`GET …/positions-without-evidence` lists the positions held without any. Rules: an unknown shift "
                    + "(404), position-shift-retracted, evidence-not-found.")
    Recorded citeEvidence(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable long sequence,
            @RequestBody EvidenceRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        if (sequence < 0) {
            in.reject("sequence", "must be 0 or more");
        }
        List<nl.netwerkregie.values.Evidence> evidence = in.list(
                "evidence",
                body.evidence(),
                e -> new nl.netwerkregie.values.Evidence(e.kind(), e.reference()),
                1,
                MAX_LIST);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new CitePositionEvidence(t.theme(), t.municipality(), sequence, evidence, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), null, null, null, version);
    }

    @PostMapping("/position-invitations")
    @Operation(summary = "Invite an actor to take another position")
    Recorded inviteToPosition(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody InviteToPositionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        ActorId actor = in.required("actorId", body.actorId(), ActorId::new);
        Position position = in.required("position", body.position(), p -> p);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new InviteToPosition(t.theme(), t.municipality(), actor, position, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), actor.value(), null, null, version);
    }

    @PostMapping("/manifestation-harvests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a manifestation harvest",
            description = "The networks, initiatives and examples a manifestation moment showed; the effective date "
                    + "is the day of the manifestation. It is the harvest of the cycle running on that date, whose "
                    + "step 4 must have started (POST .../cycles/{cycle}/manifestation/harvest names the cycle).")
    Recorded recordHarvest(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @RequestBody HarvestRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        List<HarvestItem> items = harvestItems(in, body);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RecordManifestationHarvest(t.theme(), t.municipality(), null, items, rec.effectiveDate()), rec);
        return Recorded.of(t.theme().value(), null, null, null, version);
    }

    record HarvestItemRetractionRequest(
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = nl.netwerkregie.command.Corrections.MAX_WHY,
                    description = "why the item is taken back: kept in the event itself")
            String why,

            @Schema(description = "the corrected item, recorded as a harvest of one item on the harvest's date")
            NewHarvestItem replacement,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/manifestation-harvests/{sequence}/items/{item}/retraction")
    @Operation(
            summary = "Take back or correct one item of a manifestation harvest",
            description = "Names the harvest by its event's sequence number and the item by its place in it (from 0) "
                    + "and says why (HarvestItemRetracted); the harvest's other items stand. With a replacement, the "
                    + "corrected item is recorded in the same command as a harvest of one item of the same cycle on "
                    + "the harvest's date. Views apply it; the history and reads with knownAt show both. Rules: an "
                    + "unknown harvest or item (404), harvest-item-retracted, and for the replacement those of a "
                    + "harvest's items.")
    Recorded retractHarvestItem(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable long sequence,
            @PathVariable int item,
            @RequestBody HarvestItemRetractionRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        Target t = target(in, municipality, themeId);
        if (sequence < 0) {
            in.reject("sequence", "must be 0 or more");
        }
        if (item < 0) {
            in.reject("item", "must be 0 or more");
        }
        String why = nl.netwerkregie.command.Corrections.why(in, body.why());
        HarvestItem replacement = body.replacement() == null
                ? null
                : in.required(
                        "replacement",
                        body.replacement(),
                        i -> new HarvestItem(
                                require(i.kind(), "kind"),
                                i.text(),
                                ids(i.actors(), ActorId::new, "actors"),
                                ids(i.ingredients(), IngredientId::new, "ingredients")));
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(
                new RetractHarvestItem(
                        t.theme(), t.municipality(), sequence, item, why, replacement, rec.effectiveDate()),
                rec);
        return Recorded.of(t.theme().value(), null, null, null, version);
    }

    /** The harvest items of a request, each with the actors and ingredients it came from. */
    static List<HarvestItem> harvestItems(Inputs in, HarvestRequest body) {
        return in.list(
                "items",
                body.items(),
                i -> new HarvestItem(
                        require(i.kind(), "kind"),
                        i.text(),
                        ids(i.actors(), ActorId::new, "actors"),
                        ids(i.ingredients(), IngredientId::new, "ingredients")),
                1,
                MAX_LIST);
    }

    private static <T> List<T> ids(List<String> raw, java.util.function.Function<String, T> id, String what) {
        if (raw == null) {
            return List.of();
        }
        if (raw.size() > MAX_LIST) {
            throw new IllegalArgumentException(what + " must hold at most " + MAX_LIST + " elements");
        }
        List<T> out = new java.util.ArrayList<>();
        for (String value : raw) {
            if (value == null) {
                throw new IllegalArgumentException(what + " must not hold null");
            }
            try {
                out.add(id.apply(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + ": " + e.getMessage());
            }
        }
        return ThemeRules.distinct(out);
    }

    private record Target(MunicipalityCode municipality, ThemeId theme) {}

    private static Target target(Inputs in, String municipality, String themeId) {
        return new Target(
                in.required("municipality", municipality, MunicipalityCode::new),
                in.required("themeId", themeId, ThemeId::new));
    }

    /** An ingredient as asked: a person is named only by kind PERSON and only as an actor. */
    private static Ingredient ingredient(NewIngredient i) {
        IngredientKind kind = require(i.kind(), "kind");
        ActorId person = i.person() == null ? null : new ActorId(i.person());
        if (kind == IngredientKind.PERSON && person == null) {
            throw new IllegalArgumentException("person is required for an ingredient of kind PERSON");
        }
        if (kind != IngredientKind.PERSON && person != null) {
            throw new IllegalArgumentException("person is only for an ingredient of kind PERSON");
        }
        if (kind != IngredientKind.PERSON && i.text() == null) {
            throw new IllegalArgumentException("text is required");
        }
        return new Ingredient(IngredientId.generate(), kind, i.text(), person, null);
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /** A set of positions sent as a JSON array: no {@code null}, no position twice; canonical (ring) order. */
    private static Set<Position> nonNull(Inputs in, String field, List<Position> positions) {
        if (positions == null) {
            return Set.of();
        }
        Set<Position> seen = new java.util.HashSet<>();
        for (int i = 0; i < positions.size(); i++) {
            if (positions.get(i) == null) {
                in.reject(field + "[" + i + "]", "must not be null");
                return Set.of();
            }
            if (!seen.add(positions.get(i))) {
                in.reject(field + "[" + i + "]", "names " + positions.get(i) + " a second time");
                return Set.of();
            }
        }
        return Position.canonical(positions);
    }
}
