package nl.netwerkregie.command.actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import nl.netwerkregie.command.CommandDispatch;
import nl.netwerkregie.command.CommandDispatch.Recording;
import nl.netwerkregie.command.Recorded;
import nl.netwerkregie.platform.personaldata.PersonalData;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
import nl.netwerkregie.values.Sector;
import nl.netwerkregie.values.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1/municipalities/{municipality}/actors")
@Tag(name = "Actors", description = "Register the people and organisations that take part in networks")
class ActorController {
    private final CommandDispatch dispatch;
    private final PersonalDataVault vault;

    ActorController(CommandDispatch dispatch, PersonalDataVault vault) {
        this.dispatch = dispatch;
        this.vault = vault;
    }

    /** The longest name of a person or an organisation. */
    static final int MAX_NAME = 200;
    /** The longest e-mail address (RFC 5321). */
    static final int MAX_EMAIL = 254;
    /** The longest phone number. */
    static final int MAX_PHONE = 30;

    record RegisterActorRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            ActorType type,

            @Schema(maxLength = MAX_NAME) String name,
            @Schema(maxLength = MAX_NAME) String organisationName,
            @Schema(maxLength = MAX_EMAIL) String email,
            @Schema(maxLength = MAX_PHONE) String phone,
            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register an actor",
            description = "Registers a PERSON (name required; name and contact details "
                    + "are personal data and are stored only encrypted with a key of this person's own) or an ORGANISATION "
                    + "(organisationName required and public; contact details encrypted).")
    Recorded register(
            @PathVariable String municipality, @RequestBody RegisterActorRequest body, HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ActorType type = in.required("type", body.type(), t -> t);
        String name = in.optional("name", body.name(), n -> Texts.require(n, MAX_NAME, false));
        String organisation =
                in.optional("organisationName", body.organisationName(), n -> Texts.require(n, MAX_NAME, false));
        String email = in.optional("email", body.email(), ActorController::email);
        String phone = in.optional("phone", body.phone(), ActorController::phone);
        // the aggregate sees a person's name only sealed, so its presence is checked here
        if (type == ActorType.PERSON && name == null && body.name() == null) {
            in.reject("name", "is required for a person");
        }
        if (type == ActorType.ORGANISATION && name != null) {
            in.reject("name", "must be absent for an organisation: use organisationName");
        }
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        ActorId id = ActorId.generate();
        SealedPersonalData sealed = name == null && email == null && phone == null
                ? null
                : vault.seal(id.value(), gm.value(), new PersonalData(name, email, phone));
        long version;
        try {
            version = dispatch.send(new RegisterActor(id, gm, type, organisation, sealed, rec.effectiveDate()), rec);
        } catch (RuntimeException refused) {
            if (sealed != null) {
                vault.discard(id.value());
            }
            throw refused;
        }
        return Recorded.of(null, id.value(), null, null, version);
    }

    record ErasureRequest(
            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    record RectificationRequest(
            @Schema(
                    maxLength = MAX_NAME,
                    description = "a person's name (required for a person, absent for an organisation)")
            String name,

            @Schema(maxLength = MAX_EMAIL) String email,
            @Schema(maxLength = MAX_PHONE) String phone,
            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @PostMapping("/{actorId}/erasure")
    @Operation(
            summary = "Erase a person's personal data",
            description = "The right to erasure: destroys the actor's key, so its name and contact details become "
                    + "unreadable in every event, view and export at once; the actor stays in the networks it took part "
                    + "in and shows as erased. The erasure itself is an event in the history (PersonalDataErased). For "
                    + "administrators. Rules: actor-erased (already erased), no-personal-data (an organisation without "
                    + "contact details).")
    Recorded erase(
            @PathVariable String municipality,
            @PathVariable String actorId,
            @RequestBody(required = false) ErasureRequest body,
            HttpServletRequest request) {
        ErasureRequest b = body == null ? new ErasureRequest(null, null) : body;
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ActorId id = in.required("actorId", actorId, ActorId::new);
        Recording rec = dispatch.recording(request, in, b.reason(), b.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new ErasePersonalData(id, gm, rec.effectiveDate()), rec);
        return Recorded.of(null, id.value(), null, null, version);
    }

    @org.springframework.web.bind.annotation.PutMapping("/{actorId}/personal-data")
    @Operation(
            summary = "Rectify an actor's personal data",
            description = "The right to rectification: the corrected name and contact details replace the earlier ones "
                    + "from now on, sealed with the actor's own key (so an erasure reaches both). All three fields "
                    + "together: one left out is removed. Rule: actor-erased.")
    Recorded rectify(
            @PathVariable String municipality,
            @PathVariable String actorId,
            @RequestBody RectificationRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ActorId id = in.required("actorId", actorId, ActorId::new);
        String name = in.optional("name", body.name(), n -> Texts.require(n, MAX_NAME, false));
        String email = in.optional("email", body.email(), ActorController::email);
        String phone = in.optional("phone", body.phone(), ActorController::phone);
        if (name == null
                && email == null
                && phone == null
                && body.name() == null
                && body.email() == null
                && body.phone() == null) {
            in.reject("name", "at least one of name, email and phone is required (erase to remove all)");
        }
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        boolean keyed = vault.known(id.value());
        SealedPersonalData sealed = vault.reseal(id.value(), gm.value(), new PersonalData(name, email, phone))
                .orElseThrow(() -> new nl.netwerkregie.platform.domain.RuleViolationException(
                        "actor-erased", "actorId", "this actor's personal data was erased"));
        long version;
        try {
            version = dispatch.send(new RectifyPersonalData(id, gm, sealed, name != null, rec.effectiveDate()), rec);
        } catch (RuntimeException refused) {
            if (!keyed) {
                vault.discard(id.value()); // a key made for this refused request leaves nothing behind
            }
            throw refused;
        }
        return Recorded.of(null, id.value(), null, null, version);
    }

    record ClassificationRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Sector sector,

            @Schema(
                    pattern = BuurtCode.PATTERN,
                    description = "the buurt of this municipality the actor belongs to; absent: none in particular")
            String buurt,

            LocalDate effectiveDate,
            @Schema(maxLength = CommandDispatch.MAX_REASON) String reason) {}

    @org.springframework.web.bind.annotation.PutMapping("/{actorId}/classification")
    @Operation(
            summary = "Classify an actor by sector and buurt",
            description = "From effectiveDate on, the actor belongs to this sector (RESIDENT, COMMUNITY_ORGANISATION, "
                    + "PROVIDER, MUNICIPALITY, OTHER) and, if given, to this buurt of the municipality; a later "
                    + "classification replaces it from its own date, a back-dated one takes its place in time. "
                    + "Researchers read from it who holds the positions (community or professional) and split a "
                    + "theme's network per buurt. Rules: actor-erased, buurt-outside-municipality, "
                    + "before-actor-registered.")
    Recorded classify(
            @PathVariable String municipality,
            @PathVariable String actorId,
            @RequestBody ClassificationRequest body,
            HttpServletRequest request) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ActorId id = in.required("actorId", actorId, ActorId::new);
        Sector sector = in.required("sector", body.sector(), s -> s);
        BuurtCode buurt = in.optional("buurt", body.buurt(), BuurtCode::new);
        Recording rec = dispatch.recording(request, in, body.reason(), body.effectiveDate());
        in.throwIfInvalid();
        long version = dispatch.send(new ClassifyActor(id, gm, sector, buurt, rec.effectiveDate()), rec);
        return Recorded.of(null, id.value(), null, null, version);
    }

    private static String email(String raw) {
        String e = Texts.require(raw, MAX_EMAIL, false);
        if (!e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("must be an e-mail address");
        }
        return e;
    }

    private static String phone(String raw) {
        String p = Texts.require(raw, MAX_PHONE, false);
        if (!p.matches("\\+?[0-9 ()-]{6," + MAX_PHONE + "}")) {
            throw new IllegalArgumentException("must be a phone number");
        }
        return p;
    }
}
