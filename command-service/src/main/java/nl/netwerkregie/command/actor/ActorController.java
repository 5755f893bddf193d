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
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
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
