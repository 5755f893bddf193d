package nl.netwerkregie.command;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import nl.netwerkregie.platform.domain.FieldError;
import nl.netwerkregie.platform.web.Problems;
import org.bson.Document;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on any command: the first request with a key is handled and its response
 * kept in MongoDB (collection {@code idempotency_keys}, {@code _id} = municipality, recording account and
 * key, see {@link #recordId}) for
 * {@code netwerkregie.idempotency.retention-hours} (24 by default); a retry with the same key and the same
 * request (method, path and body compared as parsed JSON: key order and whitespace do not matter) gets
 * that response again, with {@code Idempotent-Replayed: true}, without recording anything
 * — on any instance, since all share the store. The same key with another request is refused
 * ({@code 422}); while the first is still being handled, a retry gets {@code 409}. A response of 5xx is
 * not kept, so the request can be retried.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "idempotency_keys";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern MUNICIPALITY = Pattern.compile("^/v1/municipalities/([^/]+)");
    private static final com.fasterxml.jackson.databind.ObjectMapper CANONICAL =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final List<String> KEPT_HEADERS = List.of("ETag", "X-Consistency-Token", "Location", "Content-Type");
    /** A request still marked in progress after this long was abandoned (its instance stopped): it may be retried. */
    private static final Duration ABANDONED = Duration.ofMinutes(2);

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration retention;

    IdempotencyFilter(MongoDatabase database, Clock clock, nl.netwerkregie.platform.ApiSettings settings) {
        this.keys = database.getCollection(COLLECTION);
        this.clock = clock;
        this.retention = Duration.ofHours(settings.idempotency().retentionHours());
        // expired keys are removed by a real MongoDB; lookups ignore them everywhere
        keys.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null
                || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            Problems.write(
                    request,
                    response,
                    400,
                    "invalid-input",
                    "Invalid input",
                    HEADER + " must be 1 to 100 letters, digits or ._:-",
                    List.of(new FieldError(HEADER, "must be 1 to 100 letters, digits or ._:-")));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String id = recordId(request, key);
        String fingerprint = fingerprint(request, body);
        Instant now = clock.instant();
        Document existing = keys.find(Filters.eq("_id", id)).first();
        if (existing != null && expired(existing, now)) {
            keys.deleteOne(Filters.eq("_id", id));
            existing = null;
        }
        if (existing == null) {
            try {
                keys.insertOne(new Document("_id", id)
                        .append("fingerprint", fingerprint)
                        .append("state", "in-progress")
                        .append("startedAt", Date.from(now))
                        .append("expiresAt", Date.from(now.plus(retention))));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                existing = keys.find(Filters.eq("_id", id)).first();
            }
        }
        if (existing != null) {
            answerFromKept(existing, fingerprint, request, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new CachedBodyRequest(request, body), captured);
        } finally {
            int status = captured.getStatus();
            if (status >= 500) {
                keys.deleteOne(Filters.eq("_id", id));
            } else {
                Document headers = new Document();
                for (String h : KEPT_HEADERS) {
                    if (captured.getHeader(h) != null) {
                        headers.append(h, captured.getHeader(h));
                    }
                }
                keys.updateOne(
                        Filters.eq("_id", id),
                        new Document(
                                "$set",
                                new Document("state", "done")
                                        .append("status", status)
                                        .append("headers", headers)
                                        .append(
                                                "body",
                                                new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8))));
            }
            captured.copyBodyToResponse();
        }
    }

    private void answerFromKept(
            Document kept, String fingerprint, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!fingerprint.equals(kept.getString("fingerprint"))) {
            Problems.write(
                    request,
                    response,
                    422,
                    "idempotency-key-reused",
                    "Idempotency key reused",
                    "this " + HEADER + " was used for another request; use a new key for a new request",
                    List.of());
            return;
        }
        if (!"done".equals(kept.getString("state"))) {
            Problems.write(
                    request,
                    response,
                    409,
                    "idempotency-key-in-progress",
                    "Request in progress",
                    "the first request with this " + HEADER + " is still being handled; retry shortly",
                    List.of());
            return;
        }
        response.setStatus(kept.getInteger("status"));
        kept.get("headers", Document.class).forEach((name, value) -> response.setHeader(name, String.valueOf(value)));
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(kept.getString("body").getBytes(StandardCharsets.UTF_8));
    }

    private boolean expired(Document kept, Instant now) {
        Instant expires = kept.getDate("expiresAt").toInstant();
        boolean abandoned = !"done".equals(kept.getString("state"))
                && kept.getDate("startedAt").toInstant().plus(ABANDONED).isBefore(now);
        return expires.isBefore(now) || abandoned;
    }

    /**
     * The record's {@code _id}: municipality, account and key as a JSON array, e.g.
     * {@code ["GM0274","regievoerder-7","k-1"]}. JSON quoting keeps the three apart whatever characters
     * they hold, so no account's key can collide with another account's (as {@code account + ":" + key} did).
     */
    static String recordId(HttpServletRequest request, String key) {
        java.util.regex.Matcher m = MUNICIPALITY.matcher(request.getRequestURI());
        String municipality = m.find() ? m.group(1) : "";
        try {
            return CANONICAL.writeValueAsString(
                    List.of(municipality, String.valueOf(CommandDispatch.recordedBy()), key));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body as canonical JSON (keys sorted, no whitespace), so that key order and spacing do not matter; else its bytes. */
    static byte[] canonical(byte[] body) {
        try {
            Object parsed = CANONICAL.readValue(body, Object.class);
            return CANONICAL.writeValueAsBytes(parsed);
        } catch (IOException notJson) {
            return body;
        }
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(canonical(body));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, so it can be read again by the controller. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
