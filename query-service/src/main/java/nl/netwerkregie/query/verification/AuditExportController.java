package nl.netwerkregie.query.verification;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.netwerkregie.eventstore.EventChain;
import nl.netwerkregie.eventstore.EventCommits;
import nl.netwerkregie.eventstore.GlobalSequenceEventStorageEngine;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.ThemeId;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A theme's whole history as stored, for a tool that checks it without this system: a zip of
 * {@code events.jsonl} (one event per line, with the exact texts its hash covers) and {@code manifest.json}
 * (counts, the file's SHA-256, the chain's head and the verification, a signed checkpoint). Streamed: one
 * window of commits in memory at a time, and one event at a time of a commit of many events; a municipality's
 * manifest keeps a few hundred bytes per stream until it is written.
 */
@RestController
@Tag(name = "Verification", description = "Prove that the event store still holds a theme's history as it was recorded")
class AuditExportController {
    static final String FORMAT = "netwerkregie-audit-export/1";

    private final EventStorageEngine engine;
    private final CheckpointSigner signer;
    private final ObjectMapper json;
    private final Clock clock;

    private final MunicipalityStreams streams;

    AuditExportController(
            EventStorageEngine engine,
            CheckpointSigner signer,
            ObjectMapper json,
            Clock clock,
            MunicipalityStreams streams) {
        this.engine = engine;
        this.signer = signer;
        this.json = json;
        this.clock = clock;
        this.streams = streams;
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/themes/{themeId}/audit-export", produces = "application/zip")
    @Operation(
            summary = "Export a theme's history for an audit",
            description = "A zip of events.jsonl and manifest.json. Each line of events.jsonl is one stored event in "
                    + "sequence order: aggregateId, sequence, position, eventId, timestamp, type, revision, payloadJson "
                    + "and metaDataJson (the exact texts the hash covers) and hash. A tool recomputes each hash as SHA-256 "
                    + "(hex) of the previous line's hash (empty for the first chained event), a newline, and the lines "
                    + "aggregateId, sequence, eventId, timestamp, type, revision (the text null when absent), payloadJson "
                    + "and metaDataJson joined by newlines. manifest.json gives the format, the number of lines, the "
                    + "file's SHA-256, the head and the verification of this system, and a signed checkpoint when the "
                    + "chain is intact. Personal data stays sealed as it is stored. For auditors and administrators.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the zip, streamed",
                            content =
                                    @Content(
                                            mediaType = "application/zip",
                                            schema = @Schema(type = "string", format = "binary"))))
    void export(@PathVariable String municipality, @PathVariable String themeId, HttpServletResponse response)
            throws IOException {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        ThemeId id = in.required("themeId", themeId, ThemeId::new);
        in.throwIfInvalid();
        GlobalSequenceEventStorageEngine store = VerificationController.chainedStore(engine, gm, id);
        Instant exportedAt = clock.instant();
        response.setStatus(200);
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"audit-" + id.value() + "-" + exportedAt.getEpochSecond() + ".zip\"");
        write(store, gm.value(), id.value(), exportedAt, response.getOutputStream());
    }

    private void write(
            GlobalSequenceEventStorageEngine store, String gm, String id, Instant exportedAt, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry("events.jsonl"));
        MessageDigest sha = sha256();
        CountingStream counted = new CountingStream(new DigestOutputStream(new Unclosed(zip), sha));
        JsonGenerator lines = json.getFactory().createGenerator(counted);
        lines.setRootValueSeparator(null);
        StreamWritten one = writeStream(store, id, lines);
        long[] written = {one.lines()};
        lines.flush();
        zip.closeEntry();

        EventChain.Verification v = one.verification();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("municipality", gm);
        manifest.put("themeId", id);
        manifest.put("exportedAt", exportedAt.toString());
        manifest.put(
                "files",
                Map.of(
                        "events.jsonl",
                        Map.of(
                                "lines",
                                written[0],
                                "bytes",
                                counted.count,
                                "sha256",
                                HexFormat.of().formatHex(sha.digest()))));
        manifest.put("events", written[0]);
        describe(manifest, gm, id, v, exportedAt);
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** What one stream contributed to events.jsonl: its lines and its chain's verification. */
    record StreamWritten(long lines, EventChain.Verification verification) {}

    /**
     * Writes every event of {@code stream} as one line, verifying its chain on the way; one window of commits at a
     * time, and one event at a time of a commit of many events.
     */
    private static StreamWritten writeStream(GlobalSequenceEventStorageEngine store, String stream, JsonGenerator lines)
            throws IOException {
        EventChain.Verifier verifier = new EventChain.Verifier(stream);
        long[] written = {0};
        try {
            store.forEachEvent(stream, GlobalSequenceEventStorageEngine.EventWalk.verifying(verifier, event -> {
                writeLine(stream, event, lines);
                written[0]++;
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new StreamWritten(written[0], verifier.result());
    }

    private static void writeLine(String stream, Document event, JsonGenerator lines) {
        try {
            lines.writeStartObject();
            lines.writeStringField("aggregateId", stream);
            lines.writeNumberField(
                    "sequence", event.get(EventCommits.SEQUENCE, Number.class).longValue());
            lines.writeNumberField(
                    "position", event.get(EventCommits.POSITION, Number.class).longValue());
            lines.writeStringField("eventId", event.getString(EventCommits.EVENT_IDENTIFIER));
            lines.writeStringField("timestamp", event.getString(EventCommits.TIMESTAMP));
            lines.writeStringField("type", event.getString(EventCommits.PAYLOAD_TYPE));
            lines.writeStringField("revision", event.getString(EventCommits.PAYLOAD_REVISION));
            lines.writeStringField("payloadJson", EventCommits.toJson(event.get(EventCommits.PAYLOAD)));
            lines.writeStringField("metaDataJson", EventCommits.toJson(event.get(EventCommits.META_DATA)));
            lines.writeStringField("hash", event.getString(EventCommits.HASH));
            lines.writeEndObject();
            lines.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The verification of one stream in a manifest: its head, and a signed checkpoint or the problem found. */
    private void describe(Map<String, Object> into, String gm, String stream, EventChain.Verification v, Instant at) {
        into.put("intact", v.intact());
        into.put("unchainedEvents", v.unchainedEvents());
        into.put("chainedFrom", v.chainedFrom());
        into.put("headSequence", v.headSequence());
        into.put("headHash", v.headHash());
        if (v.problem() != null) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("kind", v.problem().kind());
            problem.put("sequence", v.problem().sequenceNumber());
            problem.put("eventId", v.problem().eventIdentifier());
            problem.put("type", VerificationController.simpleName(v.problem().payloadType()));
            problem.put("detail", v.problem().detail());
            into.put("problem", problem);
        } else if (v.headHash() != null) {
            String issuedAt = at.toString();
            Map<String, Object> checkpoint = new LinkedHashMap<>();
            checkpoint.put("municipality", gm);
            checkpoint.put("themeId", stream);
            checkpoint.put("sequence", v.headSequence());
            checkpoint.put("hash", v.headHash());
            checkpoint.put("issuedAt", issuedAt);
            checkpoint.put("keyId", signer.keyId());
            checkpoint.put("algorithm", CheckpointSigner.ALGORITHM);
            checkpoint.put(
                    "signature",
                    signer.sign(CheckpointSigner.signedText(gm, stream, v.headSequence(), v.headHash(), issuedAt)));
            into.put("checkpoint", checkpoint);
        }
    }

    @GetMapping(value = "/v1/municipalities/{municipality}/audit-export", produces = "application/zip")
    @Operation(
            summary = "Export a municipality's whole history for an audit",
            description =
                    "As a theme's audit export, for every stream of the municipality: its themes, their "
                            + "stelselmatrices, its actors, its analyses, the regions it is a member of, its settings and its indicator "
                            + "uploads, one stream after another in "
                            + "events.jsonl (the chain restarts at each new aggregateId). manifest.json lists every stream with "
                            + "its kind, first line, lines, head and verification, and a signed checkpoint per intact stream. "
                            + "Streamed: one window of one stream's commits in memory at a time, and of a commit of many "
                            + "events (an indicator upload of many parts) one event at a time. For auditors and administrators.",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "the zip, streamed",
                            content =
                                    @Content(
                                            mediaType = "application/zip",
                                            schema = @Schema(type = "string", format = "binary"))))
    void exportMunicipality(@PathVariable String municipality, HttpServletResponse response) throws IOException {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        in.throwIfInvalid();
        if (!(engine instanceof GlobalSequenceEventStorageEngine store)) {
            throw new nl.netwerkregie.platform.domain.UnknownResourceException(
                    "audit export", "this event store keeps no hash chain", "municipality");
        }
        Map<String, List<String>> byKind = this.streams.of(gm.value());
        Instant exportedAt = clock.instant();
        response.setStatus(200);
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"audit-" + gm.value() + "-" + exportedAt.getEpochSecond() + ".zip\"");
        ZipOutputStream zip = new ZipOutputStream(response.getOutputStream());
        zip.putNextEntry(new ZipEntry("events.jsonl"));
        MessageDigest sha = sha256();
        CountingStream counted = new CountingStream(new DigestOutputStream(new Unclosed(zip), sha));
        JsonGenerator lines = json.getFactory().createGenerator(counted);
        lines.setRootValueSeparator(null);
        // what the manifest says of each stream, kept small (its map and signed checkpoint are made as it is written)
        List<Described> described = new java.util.ArrayList<>();
        long total = 0;
        for (Map.Entry<String, List<String>> kind : byKind.entrySet()) {
            for (String stream : kind.getValue()) {
                if (!readableBy(store, stream, gm.value())) {
                    continue; // a stream whose first event names another municipality is not this one's
                }
                StreamWritten one = writeStream(store, stream, lines);
                described.add(new Described(stream, kind.getKey(), total + 1, one.lines(), one.verification()));
                total += one.lines();
            }
        }
        lines.flush();
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("manifest.json"));
        JsonGenerator manifest =
                json.getFactory().createGenerator(new Unclosed(zip)).useDefaultPrettyPrinter();
        manifest.writeStartObject();
        manifest.writeStringField("format", FORMAT);
        manifest.writeStringField("municipality", gm.value());
        manifest.writeStringField("exportedAt", exportedAt.toString());
        manifest.writeFieldName("files");
        json.writeValue(
                manifest,
                Map.of(
                        "events.jsonl",
                        Map.of(
                                "lines",
                                total,
                                "bytes",
                                counted.count,
                                "sha256",
                                HexFormat.of().formatHex(sha.digest()))));
        manifest.writeNumberField("events", total);
        manifest.writeArrayFieldStart("streams");
        for (Described d : described) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("aggregateId", d.stream());
            entry.put("kind", d.kind());
            entry.put("firstLine", d.firstLine());
            entry.put("lines", d.lines());
            describe(entry, gm.value(), d.stream(), d.verification(), exportedAt);
            json.writeValue(manifest, entry);
        }
        manifest.writeEndArray();
        manifest.writeBooleanField(
                "intact", described.stream().allMatch(d -> d.verification().intact()));
        manifest.writeEndObject();
        manifest.close();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** One stream of a municipality's export, as its manifest entry is written from. */
    private record Described(
            String stream, String kind, long firstLine, long lines, EventChain.Verification verification) {}

    /**
     * Whether the first event of a stream names the municipality: as the one that recorded it, or among the members
     * of a region.
     */
    private static boolean readableBy(GlobalSequenceEventStorageEngine store, String stream, String municipality) {
        return store.firstEvent(stream)
                .map(event -> event.get(EventCommits.PAYLOAD))
                .filter(Document.class::isInstance)
                .map(Document.class::cast)
                .map(payload -> municipality.equals(payload.getString("municipality"))
                        || (payload.get("members") instanceof List<?> members && members.contains(municipality)))
                .orElse(false);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Keeps the zip open when the JSON writer closes its stream. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
