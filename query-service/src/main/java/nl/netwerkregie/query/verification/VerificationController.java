package nl.netwerkregie.query.verification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import nl.netwerkregie.eventstore.EventChain;
import nl.netwerkregie.eventstore.EventCommits;
import nl.netwerkregie.eventstore.GlobalSequenceEventStorageEngine;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tamper evidence for auditors: a theme's hash chain recomputed from the event store, and signed checkpoints. */
@RestController
@Tag(name = "Verification", description = "Prove that the event store still holds a theme's history as it was recorded")
class VerificationController {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final EventStorageEngine engine;
    private final CheckpointSigner signer;
    private final Clock clock;

    VerificationController(EventStorageEngine engine, CheckpointSigner signer, Clock clock) {
        this.engine = engine;
        this.signer = signer;
        this.clock = clock;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Problem(
            @Schema(
                    description = "ALTERED: an event no longer matches its hash; MISSING: a sequence number is absent; "
                            + "INSERTED: an event without a valid place in the chain")
            EventChain.ProblemKind kind,

            @Schema(description = "the sequence number of the first event that breaks the chain")
            long sequence,

            String eventId,
            String type,

            @Schema(description = "the global position of the commit that holds it")
            long position,

            String detail) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Checkpoint(
            String municipality,

            @Schema(
                    description =
                            "the stream verified: the theme's id, or a stelselmatrix's (<themeId>:matrix:<buurt>)")
            String themeId,

            long sequence,

            @Schema(description = "the chain's hash after that event (SHA-256, hex)")
            String hash,

            String issuedAt,
            String keyId,
            String algorithm,

            @Schema(
                    description =
                            "Base64 of the Ed25519 signature over the lines netwerkregie-checkpoint/1, "
                                    + "municipality, themeId (the stream's id), sequence, hash and issuedAt, joined by a newline")
            String signature) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Earlier(
            long sequence,
            String hash,

            @Schema(description = "whether the store still holds, intact, the event at that sequence with that hash")
            boolean held,

            @Schema(description = "the hash the store holds at that sequence now, when the chain is intact up to it")
            String hashNow) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ThemeVerification(
            String municipality,
            String themeId,

            @Schema(description = "for a stelselmatrix: its buurt (the stream is <themeId>:matrix:<buurt>)")
            String buurt,

            Instant verifiedAt,
            boolean intact,

            @Schema(description = "events read from the event store")
            long events,

            @Schema(description = "events at the start recorded before the chain existed, not covered by it")
            long unchainedEvents,

            Long chainedFrom,
            long headSequence,
            String headHash,
            Problem problem,

            @Schema(description = "the head, signed with the service's key; only when the chain is intact")
            Checkpoint checkpoint,

            @Schema(description = "the answer to sequence and hash, an earlier checkpoint")
            Earlier earlier) {}

    @GetMapping(
            value = "/v1/municipalities/{municipality}/themes/{themeId}/verification",
            produces = "application/json")
    @Operation(
            summary = "Verify a theme's history",
            description = "Recomputes the hash chain of the theme's events from the event store itself (every event "
                    + "carries the SHA-256 of the previous event's hash and its own canonical form) and names the first "
                    + "altered, inserted or missing event. An intact chain comes with a checkpoint: its head signed with "
                    + "the service's Ed25519 key (public key: GET /v1/checkpoint-keys), to keep outside the system. To "
                    + "prove later that nothing was removed or rewritten since, send an earlier checkpoint's sequence and "
                    + "hash: earlier.held says whether the store still holds them. Reads the theme's whole stream. For "
                    + "auditors and administrators.")
    ThemeVerification verify(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @Schema(description = "the sequence number of an earlier checkpoint (with hash)", minimum = "0")
                    @RequestParam(required = false)
                    Long sequence,
            @Schema(description = "the hash of an earlier checkpoint (with sequence)", pattern = "^[0-9a-f]{64}$")
                    @RequestParam(required = false)
                    String hash) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        if (sequence != null && sequence < 0) {
            in.reject("sequence", "must be 0 or more");
        }
        if (hash != null && !HASH.matcher(hash).matches()) {
            in.reject("hash", "must be 64 lowercase hexadecimal digits (SHA-256)");
        }
        if ((sequence == null) != (hash == null)) {
            in.reject(sequence == null ? "sequence" : "hash", "sequence and hash go together");
        }
        in.throwIfInvalid();
        GlobalSequenceEventStorageEngine store = chainedStore(engine, gm, id);
        return verified(store, gm, id.value(), null, id.value(), sequence, hash);
    }

    @GetMapping(
            value = "/v1/municipalities/{municipality}/themes/{themeId}/matrices/{buurt}/verification",
            produces = "application/json")
    @Operation(
            summary = "Verify a stelselmatrix's history",
            description = "As for a theme: the hash chain of the matrix's own stream (<themeId>:matrix:<buurt>) "
                    + "recomputed from the event store, the first altered, inserted or missing event named, and an "
                    + "intact chain's head signed as a checkpoint (its themeId line is the matrix's stream id). For "
                    + "auditors and administrators.")
    ThemeVerification verifyMatrix(
            @PathVariable String municipality,
            @PathVariable String themeId,
            @PathVariable String buurt,
            @Schema(description = "the sequence number of an earlier checkpoint (with hash)", minimum = "0")
                    @RequestParam(required = false)
                    Long sequence,
            @Schema(description = "the hash of an earlier checkpoint (with sequence)", pattern = "^[0-9a-f]{64}$")
                    @RequestParam(required = false)
                    String hash) {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        nl.netwerkregie.values.BuurtCode b = in.required("buurt", buurt, nl.netwerkregie.values.BuurtCode::new);
        if (sequence != null && sequence < 0) {
            in.reject("sequence", "must be 0 or more");
        }
        if (hash != null && !HASH.matcher(hash).matches()) {
            in.reject("hash", "must be 64 lowercase hexadecimal digits (SHA-256)");
        }
        if ((sequence == null) != (hash == null)) {
            in.reject(sequence == null ? "sequence" : "hash", "sequence and hash go together");
        }
        in.throwIfInvalid();
        String stream = nl.netwerkregie.events.MatrixEvent.matrixId(id, b);
        GlobalSequenceEventStorageEngine store = chainedStore(engine, gm, stream, "buurt");
        return verified(store, gm, id.value(), b.value(), stream, sequence, hash);
    }

    private ThemeVerification verified(
            GlobalSequenceEventStorageEngine store,
            MunicipalityCode gm,
            String themeId,
            String buurt,
            String stream,
            Long sequence,
            String hash) {
        EventChain.Verifier verifier = new EventChain.Verifier(stream);
        String[] storedAtSequence = {null};
        store.forEachEvent(stream, GlobalSequenceEventStorageEngine.EventWalk.verifying(verifier, event -> {
            if (sequence != null
                    && storedAtSequence[0] == null
                    && event.get(EventCommits.SEQUENCE, Number.class).longValue() == sequence) {
                storedAtSequence[0] = event.getString(EventCommits.HASH);
            }
        }));
        EventChain.Verification v = verifier.result();
        Instant now = clock.instant();
        Problem problem = v.problem() == null
                ? null
                : new Problem(
                        v.problem().kind(),
                        v.problem().sequenceNumber(),
                        v.problem().eventIdentifier(),
                        simpleName(v.problem().payloadType()),
                        v.problem().position(),
                        v.problem().detail());
        Checkpoint checkpoint = null;
        if (v.intact() && v.headHash() != null) {
            String issuedAt = now.toString();
            checkpoint = new Checkpoint(
                    gm.value(),
                    stream,
                    v.headSequence(),
                    v.headHash(),
                    issuedAt,
                    signer.keyId(),
                    CheckpointSigner.ALGORITHM,
                    signer.sign(
                            CheckpointSigner.signedText(gm.value(), stream, v.headSequence(), v.headHash(), issuedAt)));
        }
        Earlier earlier = null;
        if (sequence != null) {
            String held = intactUpTo(v, sequence) ? storedAtSequence[0] : null;
            earlier = new Earlier(sequence, hash, hash.equals(held), held);
        }
        return new ThemeVerification(
                gm.value(),
                themeId,
                buurt,
                now,
                v.intact(),
                v.events(),
                v.unchainedEvents(),
                v.chainedFrom(),
                v.headSequence(),
                v.headHash(),
                problem,
                checkpoint,
                earlier);
    }

    record SigningKeys(List<CheckpointSigner.PublicSigningKey> keys) {}

    @GetMapping(value = "/v1/checkpoint-keys", produces = "application/json")
    @Operation(
            summary = "The public keys that sign checkpoints",
            description = "The Ed25519 public key (Base64 of its X.509 SubjectPublicKeyInfo, and as PEM) with which an "
                    + "auditor checks a checkpoint's signature without this system. For regievoerders, auditors and "
                    + "administrators.")
    SigningKeys checkpointKeys() {
        return new SigningKeys(List.of(signer.publicKey()));
    }

    /**
     * The event store, when it keeps hash chains and holds this theme of this municipality (its first event,
     * {@code ThemeNamed}, names the municipality); otherwise 404, the same for an unknown theme and another
     * municipality's.
     */
    static GlobalSequenceEventStorageEngine chainedStore(EventStorageEngine engine, MunicipalityCode gm, ThemeId id) {
        return chainedStore(engine, gm, id.value(), "themeId");
    }

    /** As {@link #chainedStore(EventStorageEngine, MunicipalityCode, ThemeId)} for any stream whose first event names its municipality. */
    static GlobalSequenceEventStorageEngine chainedStore(
            EventStorageEngine engine, MunicipalityCode gm, String stream, String field) {
        if (!(engine instanceof GlobalSequenceEventStorageEngine store)) {
            throw new UnknownResourceException("verification", "this event store keeps no hash chain", field);
        }
        String municipality = store.firstEvent(stream)
                .map(event -> event.get(EventCommits.PAYLOAD))
                .filter(Document.class::isInstance)
                .map(payload -> ((Document) payload).getString("municipality"))
                .orElse(null);
        if (!gm.value().equals(municipality)) {
            throw new UnknownResourceException(field.equals("themeId") ? "theme" : "stelselmatrix", stream, field);
        }
        return store;
    }

    /** Whether the chain was verified intact up to and including {@code sequence}. */
    private static boolean intactUpTo(EventChain.Verification v, long sequence) {
        if (v.chainedFrom() == null || sequence < v.chainedFrom() || sequence > v.headSequence()) {
            return false;
        }
        return v.problem() == null || sequence < v.problem().sequenceNumber();
    }

    static String simpleName(String payloadType) {
        if (payloadType == null) {
            return null;
        }
        int dot = payloadType.lastIndexOf('.');
        return dot < 0 ? payloadType : payloadType.substring(dot + 1);
    }
}
