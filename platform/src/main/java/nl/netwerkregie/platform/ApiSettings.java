package nl.netwerkregie.platform;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits and options of the REST API of both services ({@code netwerkregie.*}), each with its one
 * default; the contract documents the configured values.
 *
 * @param maxBodyBytes larger request bodies are answered {@code 413}
 * @param maxUploadBytes the same for a CSV upload ({@link #UPLOAD_PATH}), the one body that is not JSON
 * @param cors         browser front ends allowed to call {@code /v1}
 * @param idempotency  how long idempotency keys are kept (command service)
 * @param consistency  how reads wait for a consistency token (query service)
 */
@ConfigurationProperties("netwerkregie")
public record ApiSettings(
        @DefaultValue("1048576") long maxBodyBytes,
        @DefaultValue("8388608") long maxUploadBytes,
        @DefaultValue Cors cors,
        @DefaultValue Idempotency idempotency,
        @DefaultValue Consistency consistency) {

    /** The path of the one request that takes {@code text/csv}: an upload of wijkprofiel indicators. */
    public static final String UPLOAD_PATH = "^/v1/municipalities/[^/]+/indicator-uploads$";

    /** @param allowedOrigins origins (comma-separated in a property) whose browsers may call the API; none by default */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
        public Cors {
            allowedOrigins = allowedOrigins.stream()
                    .map(String::strip)
                    .filter(o -> !o.isEmpty())
                    .toList();
        }
    }

    /** @param retentionHours how long a key and its first response are kept */
    public record Idempotency(@DefaultValue("24") long retentionHours) {}

    /**
     * @param maxWaitMs  how long a read waits for the views to include its token before {@code 503}
     * @param maxWaiting reads that may wait at once per instance; more are answered {@code 503} at once
     */
    public record Consistency(
            @DefaultValue("5000") long maxWaitMs,
            @DefaultValue("1000") int maxWaiting) {}
}
