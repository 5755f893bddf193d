package nl.netwerkregie.query.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.personaldata.PersonalData;
import nl.netwerkregie.platform.personaldata.PersonalDataAccessLog;
import nl.netwerkregie.platform.personaldata.PersonalDataVault;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.query.actor.ActorProjection;
import nl.netwerkregie.values.ActorId;
import nl.netwerkregie.values.ActorType;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SealedPersonalData;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The GDPR's right of access (an export of everything recorded about a person) and the log of who saw
 * personal data in clear.
 */
@RestController
@Tag(name = "Personal data", description = "A person's access export and the log of reads of personal data")
class PersonalDataController {
    static final int MAX_PAGE_SIZE = 500;
    private final ActorProjection actors;
    private final PersonalDataVault vault;
    private final PersonalDataAccessLog accessLog;
    private final EventStore events;
    private final ObjectMapper json;
    private final Clock clock;

    PersonalDataController(
            ActorProjection actors,
            PersonalDataVault vault,
            PersonalDataAccessLog accessLog,
            EventStore events,
            ObjectMapper json,
            Clock clock) {
        this.actors = actors;
        this.vault = vault;
        this.accessLog = accessLog;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A person's name and contact details in clear. */
    record Details(String name, String email, String phone) {}

    /** One event that names the person, as stored (its personal data sealed). */
    record RecordedEvent(
            @Schema(description = "the theme, matrix, actor or other aggregate the event belongs to")
            String aggregateId,

            long sequence,
            String type,
            Instant recordedAt,

            @Schema(description = "the account that recorded it")
            String recordedBy,

            String reason,
            Map<String, Object> payload,

            @Schema(
                    description = "the free texts of this event sealed with the person's key (an ingredient naming "
                            + "them, a remark they made), opened; empty when there are none or the person was erased")
            List<String> textsInClear) {}

    record AccessExport(
            String actorId,
            String municipality,
            ActorType type,
            String organisationName,

            @Schema(description = "in clear; absent when erased or when the actor has none")
            Details personalData,

            boolean erased,
            LocalDate registeredOn,
            LocalDate erasedOn,
            Instant generatedAt,

            @Schema(description = "every event in the store that names the actor, in recording order")
            List<RecordedEvent> events) {}

    @GetMapping(
            value = "/v1/municipalities/{municipality}/actors/{actorId}/personal-data",
            produces = "application/json")
    @Operation(
            summary = "Everything recorded about a person (access export)",
            description =
                    "The GDPR's right of access: the actor's name and contact details in clear (unless erased) and "
                            + "every event in the event store that names the actor, with who recorded it, when and why; read "
                            + "from the event store itself, so nothing a view leaves out is missed (it reads the whole store: "
                            + "seconds per hundred thousand events). For administrators; the read is written to the "
                            + "personal-data access log.")
    AccessExport export(@PathVariable String municipality, @PathVariable String actorId) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ActorId id = in.required("actorId", actorId, ActorId::new);
        in.throwIfInvalid();
        ActorProjection.StoredActor actor = actors.stored(gm.value(), id.value())
                .orElseThrow(() -> new UnknownResourceException("actor", actorId, "actorId"));
        Details details = null;
        if (actor.personalData() != null) {
            PersonalData opened = vault.openForReader(gm.value(), List.of(actor.personalData()))
                    .byKey()
                    .get(actor.personalData().keyId());
            if (opened != null) {
                details = new Details(opened.name(), opened.email(), opened.phone());
            }
        }
        boolean erased = actor.erasedOn() != null || (actor.personalData() != null && details == null);
        return new AccessExport(
                id.value(),
                gm.value(),
                actor.type(),
                actor.organisationName(),
                details,
                erased,
                actor.registeredOn() == null ? null : LocalDate.parse(actor.registeredOn()),
                actor.erasedOn() == null ? null : LocalDate.parse(actor.erasedOn()),
                clock.instant(),
                eventsNaming(gm.value(), id.value()));
    }

    /** Every stored event whose payload names the actor: a scan of the whole store, up to its head. */
    @SuppressWarnings("unchecked")
    private List<RecordedEvent> eventsNaming(String municipality, String actorId) {
        List<RecordedEvent> out = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> m = stream.nextAvailable();
                Map<String, Object> payload = json.convertValue(m.getPayload(), Map.class);
                // an actor id is a UUID of one municipality's actor (checked by the caller): theme events name no
                // municipality
                if (!names(payload, actorId)) {
                    continue;
                }
                DomainEventMessage<?> domain = m instanceof DomainEventMessage<?> d ? d : null;
                out.add(new RecordedEvent(
                        domain == null ? null : domain.getAggregateIdentifier(),
                        domain == null ? -1 : domain.getSequenceNumber(),
                        m.getPayloadType().getSimpleName(),
                        m.getTimestamp(),
                        (String) m.getMetaData().get("recordedBy"),
                        (String) m.getMetaData().get("reason"),
                        payload,
                        textsSealedFor(municipality, payload, actorId)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The texts in {@code payload} sealed with the key of {@code actorId}, opened (erased ones left out). */
    private List<String> textsSealedFor(String municipality, Object payload, String actorId) {
        List<SealedPersonalData> sealed = new ArrayList<>();
        collectSealed(payload, actorId, sealed);
        return vault.openTextsForReader(municipality, sealed).texts().stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static void collectSealed(Object value, String actorId, List<SealedPersonalData> into) {
        if (value instanceof Map<?, ?> map) {
            if (map.get("sealedText") instanceof Map<?, ?> s
                    && actorId.equals(s.get("keyId"))
                    && s.get("algorithm") instanceof String algorithm
                    && s.get("ciphertext") instanceof String ciphertext) {
                into.add(new SealedPersonalData(actorId, algorithm, ciphertext));
            }
            map.values().forEach(v -> collectSealed(v, actorId, into));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collectSealed(v, actorId, into));
        }
    }

    private static boolean names(Object value, String actorId) {
        if (value instanceof String s) {
            return s.equals(actorId);
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> names(v, actorId));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(v -> names(v, actorId));
        }
        return false;
    }

    record AccessLogEntry(
            String id,
            Instant at,
            @Schema(description = "the account that saw it") String account,
            String endpoint,

            @Schema(description = "the actor ids whose personal data the answer held in clear")
            List<String> persons) {}

    record AccessLogPage(String municipality, int page, int pageSize, boolean more, List<AccessLogEntry> entries) {}

    @GetMapping(value = "/v1/municipalities/{municipality}/personal-data-access-log", produces = "application/json")
    @Operation(
            summary = "Who saw personal data in clear",
            description = "Every answer that held a person's name or contact details in clear: when, which account, "
                    + "which endpoint, which persons; newest first, optionally for one person (person = an actor id) and "
                    + "between two dates (from inclusive, to exclusive, days in the Netherlands). Append-only. Pages "
                    + "count from 1; pageSize is 1 to 500 (default 50). For auditors.")
    AccessLogPage accessLog(
            @PathVariable String municipality,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int pageSize) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ActorId who = in.optional("person", person, ActorId::new);
        if (page < 1) {
            in.reject("page", "must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            in.reject("pageSize", "must be 1 to " + MAX_PAGE_SIZE);
        }
        if (from != null && to != null && !to.isAfter(from)) {
            in.reject("to", "must lie after from");
        }
        in.throwIfInvalid();
        ZoneId zone = clock.getZone();
        List<PersonalDataAccessLog.Entry> found = accessLog.find(
                gm.value(),
                who == null ? null : who.value(),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.atStartOfDay(zone).toInstant(),
                (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize),
                pageSize);
        boolean more = found.size() > pageSize;
        List<AccessLogEntry> entries = found.stream()
                .limit(pageSize)
                .map(e -> new AccessLogEntry(e.id(), e.at(), e.account(), e.endpoint(), e.persons()))
                .toList();
        return new AccessLogPage(gm.value(), page, pageSize, more, entries);
    }
}
