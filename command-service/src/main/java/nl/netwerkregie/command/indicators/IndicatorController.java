package nl.netwerkregie.command.indicators;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.netwerkregie.command.CommandDispatch;
import nl.netwerkregie.command.CommandDispatch.Recording;
import nl.netwerkregie.events.IndicatorsLoaded;
import nl.netwerkregie.platform.domain.FieldError;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.web.Inputs;
import nl.netwerkregie.values.BuurtCode;
import nl.netwerkregie.values.IndicatorCode;
import nl.netwerkregie.values.IndicatorPeriod;
import nl.netwerkregie.values.IndicatorValue;
import nl.netwerkregie.values.MunicipalityCode;
import nl.netwerkregie.values.SourceLevel;
import nl.netwerkregie.values.UploadId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Uploads of wijkprofiel indicators for the buurten of a municipality, as CSV. */
@RestController
@Tag(name = "Wijkprofiel", description = "Load wijkprofiel indicators for buurten from a CSV file")
class IndicatorController {
    /** The most rows an upload holds. */
    static final int MAX_ROWS = 100_000;
    /** The most faulty rows an answer names; the rest are counted. */
    static final int MAX_ERRORS = 100;

    static final String HEADER = "buurt,period,indicator,value,level";
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,10})?");

    private final CommandDispatch dispatch;
    private final long maxBytes;

    IndicatorController(CommandDispatch dispatch, nl.netwerkregie.platform.ApiSettings settings) {
        this.dispatch = dispatch;
        this.maxBytes = settings.maxUploadBytes();
    }

    /** What an upload answers: its id, how many rows were recorded, its version and the consistency token. */
    record UploadRecorded(String uploadId, int rows, long version, String consistencyToken) {}

    @PostMapping(value = "/v1/municipalities/{municipality}/indicator-uploads", consumes = "text/csv")
    @Operation(
            summary = "Upload wijkprofiel indicators",
            description = "A UTF-8 CSV file, at most 100,000 rows and 8 MiB: first the header line "
                    + "`buurt,period,indicator,value,level`, then one value per line: a buurt code of this "
                    + "municipality, a period (a year `2014`, a quarter `2014-Q2` or a month `2014-03`), an indicator "
                    + "code (lower-case letters, digits, `-` and `.`, e.g. `zelfredzaamheid`, `clienten.jeugdzorg`, "
                    + "`inzet.nulde-lijn`), a number with a decimal point, and the level of its source: LOCAL, "
                    + "REGIONAL, PROVINCIAL or NATIONAL. Fields hold no commas and are not quoted. Every row is "
                    + "checked; a faulty row is answered 400 naming `line[n].<field>` (the header is line 1), a "
                    + "buurt of another municipality 409 `buurt-outside-municipality`, and then nothing of the file "
                    + "is recorded. A later upload's value for the same buurt, period, indicator and level "
                    + "supersedes an earlier one.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "text/csv",
                                            schema = @Schema(type = "string", maxLength = 8_388_608))))
    ResponseEntity<UploadRecorded> upload(
            @PathVariable String municipality,
            @Parameter(description = "when the values were published; today when absent")
                    @RequestParam(required = false)
                    LocalDate effectiveDate,
            @Parameter(description = "why, at most 1,000 characters") @RequestParam(required = false) String reason,
            HttpServletRequest request)
            throws java.io.IOException {
        Inputs in = new Inputs();
        MunicipalityCode gm = in.required("municipality", municipality, MunicipalityCode::new);
        Recording rec = dispatch.recording(request, in, reason, effectiveDate);
        in.throwIfInvalid();
        // read as a stream: line by line, strict UTF-8, at most maxBytes
        java.io.Reader reader = new java.io.InputStreamReader(
                new Bounded(request.getInputStream(), maxBytes),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        List<IndicatorValue> values;
        try {
            values = parse(reader);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException("body", "must be valid, shortest-form UTF-8");
        }
        UploadId id = UploadId.generate();
        String aggregate = IndicatorsLoaded.uploadAggregate(gm, id);
        dispatch.send(new LoadIndicators(aggregate, gm, id, values, rec.effectiveDate()), rec);
        long version = (values.size() + IndicatorUpload.PART - 1) / IndicatorUpload.PART - 1;
        return ResponseEntity.created(URI.create("/v1/municipalities/" + gm + "/indicator-uploads/" + id))
                .body(new UploadRecorded(id.value(), values.size(), version, aggregate + "." + version));
    }

    /** Every row of the file, or {@link InvalidInputException} naming the faulty ones by line number. */
    static List<IndicatorValue> parse(String body) {
        try {
            return parse(new java.io.StringReader(body));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads the file line by line; a line ending in CR LF reads as one ending in LF. */
    static List<IndicatorValue> parse(java.io.Reader body) throws java.io.IOException {
        java.io.BufferedReader lines = new java.io.BufferedReader(body, 65_536);
        String header = lines.readLine();
        if (header != null && header.startsWith("\uFEFF")) {
            throw new InvalidInputException("body", "must be UTF-8 without a byte-order mark");
        }
        if (header == null || !header.strip().equalsIgnoreCase(HEADER)) {
            throw new InvalidInputException("line[1]", "must be the header " + HEADER);
        }
        List<FieldError> errors = new ArrayList<>();
        List<IndicatorValue> values = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int faulty = 0;
        int blank = 0;
        int line = 1;
        for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
            line++;
            if (raw.strip().isEmpty()) {
                blank++; // refused below unless only empty lines follow
                continue;
            }
            if (blank > 0) {
                faulty++;
                if (errors.size() < MAX_ERRORS) {
                    errors.add(new FieldError("line[" + (line - blank) + "]", "must not be empty"));
                }
                blank = 0;
            }
            if (line - 1 > MAX_ROWS) {
                throw new InvalidInputException("body", "must hold at most " + MAX_ROWS + " rows");
            }
            if (raw.indexOf('\u0000') >= 0) {
                throw new InvalidInputException("line[" + line + "]", "must not hold NUL characters");
            }
            String[] f = raw.split(",", -1);
            List<FieldError> row = new ArrayList<>();
            if (f.length != 5) {
                row.add(new FieldError("line[" + line + "]", "must have 5 fields (" + HEADER + "), not " + f.length));
            } else {
                final int at = line;
                BuurtCode buurt = field(row, at, "buurt", () -> new BuurtCode(f[0].strip()));
                IndicatorPeriod period = field(row, at, "period", () -> new IndicatorPeriod(f[1].strip()));
                IndicatorCode indicator = field(row, at, "indicator", () -> new IndicatorCode(f[2].strip()));
                Double value = field(row, at, "value", () -> number(f[3].strip()));
                SourceLevel level = field(row, at, "level", () -> level(f[4].strip()));
                if (row.isEmpty()) {
                    String key = buurt + "," + period + "," + indicator + "," + level;
                    Integer earlier = seen.putIfAbsent(key, line);
                    if (earlier != null) {
                        row.add(new FieldError(
                                "line[" + line + "]",
                                "repeats the buurt, period, indicator and level of line " + earlier));
                    } else {
                        values.add(new IndicatorValue(buurt, period, indicator, value, level));
                    }
                }
            }
            if (!row.isEmpty()) {
                faulty++;
                if (errors.size() < MAX_ERRORS) {
                    errors.addAll(row);
                }
            }
        }
        if (faulty > 0) {
            if (faulty > MAX_ERRORS) {
                errors.add(new FieldError("body", faulty + " rows are faulty; the first " + MAX_ERRORS + " are named"));
            }
            throw new InvalidInputException(errors);
        }
        if (values.isEmpty()) {
            throw new InvalidInputException("body", "must hold at least one row after the header");
        }
        return values;
    }

    /** The request body, refused with {@code 413} once it passes {@code max} bytes. */
    private static final class Bounded extends java.io.FilterInputStream {
        private final long max;
        private long read;

        Bounded(java.io.InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int n = super.read(b, off, len);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new org.springframework.web.server.PayloadTooLargeException(
                        new IllegalStateException("an upload must be at most " + max + " bytes"));
            }
        }
    }

    private static <T> T field(List<FieldError> errors, int line, String name, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("line[" + line + "]." + name, e.getMessage()));
            return null;
        }
    }

    private static double number(String raw) {
        if (!NUMBER.matcher(raw).matches()) {
            throw new IllegalArgumentException("must be a number with a decimal point, e.g. 7.25 or -3");
        }
        return Double.parseDouble(raw);
    }

    private static SourceLevel level(String raw) {
        try {
            return SourceLevel.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be LOCAL, REGIONAL, PROVINCIAL or NATIONAL");
        }
    }
}
