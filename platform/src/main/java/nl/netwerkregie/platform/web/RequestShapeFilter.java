package nl.netwerkregie.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import nl.netwerkregie.platform.domain.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the shape of every request before anything else reads it, so that a request refused for its
 * form is refused before any handler runs and records nothing:
 * <ul>
 *   <li>no matrix parameters ({@code ;}) in the path: {@code 400};</li>
 *   <li>the single-valued headers ({@link #SINGLE_VALUED}) at most once: {@code 400} naming the header;</li>
 *   <li>no {@code Content-Encoding} other than {@code identity}: {@code 415} (bodies are never compressed);</li>
 *   <li>a request with a body declares {@code Content-Type: application/json}, with at most
 *       {@code charset=utf-8}: anything else, {@code +json} types and wildcards included, is {@code 415};</li>
 *   <li>the body is read completely here: longer than {@code netwerkregie.max-body-bytes} (1 MiB by
 *       default), with or without a declared length, is {@code 413}; a body that cannot be read (a
 *       malformed chunk) is {@code 400}; a body that is not valid shortest-form UTF-8 (overlong forms,
 *       UTF-16, a byte-order mark, a NUL byte) is {@code 400}.</li>
 * </ul>
 * The checked body is handed on from memory, so later readers (idempotency, the JSON reader) see exactly it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
public class RequestShapeFilter extends OncePerRequestFilter {
    /** Headers that carry one value; sending one twice is ambiguous and refused. */
    public static final List<String> SINGLE_VALUED = List.of(
            "Content-Type",
            "Content-Length",
            "Content-Encoding",
            "Authorization",
            "Idempotency-Key",
            "If-Match",
            "X-Consistency-Token",
            "X-Correlation-Id",
            "Accept");

    private static final Pattern JSON =
            Pattern.compile("application/json\\s*(;\\s*charset\\s*=\\s*\"?utf-8\"?\\s*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSV =
            Pattern.compile("text/csv\\s*(;\\s*charset\\s*=\\s*\"?utf-8\"?\\s*)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPLOAD = Pattern.compile(nl.netwerkregie.platform.ApiSettings.UPLOAD_PATH);
    private final long maxBytes;
    private final long maxUploadBytes;

    public RequestShapeFilter(nl.netwerkregie.platform.ApiSettings settings) {
        this.maxBytes = settings.maxBodyBytes();
        this.maxUploadBytes = settings.maxUploadBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().indexOf(';') >= 0) {
            invalid(request, response, "path", "must not hold matrix parameters (;)");
            return;
        }
        for (String header : SINGLE_VALUED) {
            if (Collections.list(request.getHeaders(header)).size() > 1) {
                invalid(request, response, header, "must be sent at most once");
                return;
            }
        }
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.strip().equalsIgnoreCase("identity")) {
            Problems.write(
                    request,
                    response,
                    415,
                    "http-415",
                    "Unsupported Media Type",
                    "request bodies are not compressed: send them without Content-Encoding",
                    List.of(new FieldError("Content-Encoding", "is not supported; send the body uncompressed")));
            return;
        }
        long declared = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (declared <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        // the one upload takes text/csv with its own limit; every other body is JSON
        boolean upload = UPLOAD.matcher(request.getRequestURI()).matches();
        long limit = upload ? maxUploadBytes : maxBytes;
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        String contentType = request.getHeader("Content-Type");
        if (upload) {
            if (contentType == null || !CSV.matcher(contentType.strip()).matches()) {
                Problems.write(
                        request,
                        response,
                        415,
                        "http-415",
                        "Unsupported Media Type",
                        "an upload must be sent as text/csv (UTF-8)",
                        List.of(new FieldError(
                                "Content-Type",
                                contentType == null ? "is required for an upload" : "must be text/csv")));
                return;
            }
            // an upload is read as a stream by its handler, which enforces the same limit and UTF-8
            chain.doFilter(request, response);
            return;
        } else if (contentType == null || !JSON.matcher(contentType.strip()).matches()) {
            Problems.write(
                    request,
                    response,
                    415,
                    "http-415",
                    "Unsupported Media Type",
                    "a request body must be sent as application/json (UTF-8)",
                    List.of(new FieldError(
                            "Content-Type",
                            contentType == null ? "is required for a request body" : "must be application/json")));
            return;
        }
        byte[] body;
        try {
            body = readAtMost(request.getInputStream(), limit);
        } catch (IOException unreadable) {
            invalid(request, response, "body", "could not be read: the transfer encoding is malformed");
            return;
        }
        if (body == null) {
            tooLarge(request, response, limit);
            return;
        }
        String fault = utf8Fault(body);
        if (fault != null) {
            invalid(request, response, "body", fault);
            return;
        }
        chain.doFilter(
                new CheckedBodyRequest(
                        request, body, upload ? "text/csv;charset=UTF-8" : "application/json;charset=UTF-8"),
                response);
    }

    /** The whole stream, or {@code null} once it passes {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            if (out.size() > max) {
                return null;
            }
        }
        return out.toByteArray();
    }

    /** Why {@code body} is not acceptable UTF-8 text, or {@code null} when it is. */
    static String utf8Fault(byte[] body) {
        if (body.length >= 2
                && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                        || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return "must be UTF-8, not UTF-16";
        }
        if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF) {
            return "must be UTF-8 without a byte-order mark";
        }
        for (byte b : body) {
            if (b == 0) {
                return "must be UTF-8 text without NUL bytes (UTF-16 is not accepted)";
            }
        }
        try {
            // Java's decoder refuses overlong forms, surrogates encoded in UTF-8 and truncated sequences
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return null;
        } catch (CharacterCodingException e) {
            return "must be valid, shortest-form UTF-8";
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        Problems.write(
                request,
                response,
                413,
                "http-413",
                "Content Too Large",
                "the request body must be at most " + limit + " bytes",
                List.of());
    }

    private static void invalid(HttpServletRequest request, HttpServletResponse response, String field, String reason)
            throws IOException {
        Problems.write(
                request,
                response,
                400,
                "invalid-input",
                "Invalid input",
                Problems.detail(field, reason),
                List.of(new FieldError(field, reason)));
    }

    /** The request with its body already read and checked, served again from memory. */
    public static final class CheckedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;
        private final String contentType;

        CheckedBodyRequest(HttpServletRequest request, byte[] body, String contentType) {
            super(request);
            this.body = body;
            this.contentType = contentType;
        }

        public byte[] body() {
            return body.clone();
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
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return "Content-Type".equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(getContentType()))
                    : super.getHeaders(name);
        }
    }
}
