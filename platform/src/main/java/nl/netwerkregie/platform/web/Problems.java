package nl.netwerkregie.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.platform.domain.FieldError;
import nl.netwerkregie.platform.domain.InvalidInputException;
import nl.netwerkregie.platform.domain.RuleViolationException;
import nl.netwerkregie.platform.domain.UnknownResourceException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error either service answers, as RFC 9457 problem+json: {@code type}, {@code title},
 * {@code status}, {@code detail}, and {@code errors} (each field at fault and why) for invalid input
 * or {@code rule} and {@code field} for a broken rule. Spring's own errors (unknown route, wrong
 * method, wrong media type) take the same shape through {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice
public class Problems extends ResponseEntityExceptionHandler {
    public static final String TYPE_PREFIX = "https://netwerkregie.nl/problems/";
    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private static final com.fasterxml.jackson.databind.ObjectMapper FILTER_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * Writes a problem+json response from a servlet filter, which runs before Spring MVC and its
     * exception handlers: the same fields as every other error, escaped properly.
     *
     * @param errors the fields at fault for a {@code 400}, or an empty list
     */
    public static void write(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail,
            List<FieldError> errors)
            throws java.io.IOException {
        write(request, response, status, type, title, detail, errors, Map.of());
    }

    /** As {@link #write(jakarta.servlet.http.HttpServletRequest, jakarta.servlet.http.HttpServletResponse, int, String, String, String, List)}, with extra members such as {@code rule}. */
    public static void write(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail,
            List<FieldError> errors,
            Map<String, Object> extra)
            throws java.io.IOException {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        if (!errors.isEmpty()) {
            body.put(
                    "errors",
                    errors.stream()
                            .map(f -> Map.of("field", f.field(), "reason", f.reason()))
                            .toList());
        }
        body.putAll(new java.util.TreeMap<>(extra));
        response.setStatus(status);
        response.setContentType("application/problem+json");
        FILTER_JSON.writeValue(response.getOutputStream(), body);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return invalid(e.errors());
    }

    @ExceptionHandler(nl.netwerkregie.platform.domain.ForbiddenException.class)
    ResponseEntity<Object> forbidden(nl.netwerkregie.platform.domain.ForbiddenException e) {
        ProblemDetail p = problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
        p.setProperty("field", e.field());
        return respond(p);
    }

    @ExceptionHandler(UnknownResourceException.class)
    ResponseEntity<Object> unknown(UnknownResourceException e) {
        ProblemDetail p = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        p.setProperty("field", e.field());
        return respond(p);
    }

    /**
     * A command for a theme whose id belongs to another kind of aggregate (an actor's id in a theme's
     * path): for the caller that theme does not exist. Nothing else is said about the id.
     */
    @ExceptionHandler(org.axonframework.eventsourcing.IncompatibleAggregateException.class)
    ResponseEntity<Object> incompatibleAggregate(
            org.axonframework.eventsourcing.IncompatibleAggregateException e,
            jakarta.servlet.http.HttpServletRequest request) {
        ProblemDetail p = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "no such resource is known here");
        p.setProperty("field", "themeId");
        return respond(p);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> unknownAggregate(AggregateNotFoundException e) {
        ProblemDetail p = problem(
                HttpStatus.NOT_FOUND,
                "not-found",
                "Not found",
                "no theme or actor " + e.getAggregateIdentifier() + " is known here");
        return respond(p);
    }

    /** The caller's {@code If-Match} names a version the theme has moved on from: answered {@code 412} with the current one. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail p = problem(
                HttpStatus.PRECONDITION_FAILED,
                "version-mismatch",
                "The theme has changed",
                "If-Match names version " + e.getExpectedVersion() + " but the theme is at version "
                        + e.getActualVersion() + "; nothing was recorded");
        p.setProperty("currentVersion", e.getActualVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .eTag("\"" + e.getActualVersion() + "\"")
                .body(p);
    }

    /** Another instance appended to the same theme first; nothing of this command was recorded. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrent(ConcurrencyException e) {
        ProblemDetail p = problem(
                HttpStatus.CONFLICT,
                "rule-violated",
                "The command breaks a rule",
                "the theme was changed by another command at the same moment; nothing was recorded, send it again");
        p.setProperty("rule", "concurrent-modification");
        return respond(p);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> rule(RuleViolationException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "rule-violated", "The command breaks a rule", e.getMessage());
        p.setProperty("rule", e.rule());
        p.setProperty("field", e.field());
        return respond(p);
    }

    @ExceptionHandler(NotYetConsistentException.class)
    ResponseEntity<Object> notYetConsistent(NotYetConsistentException e) {
        ProblemDetail p =
                problem(HttpStatus.SERVICE_UNAVAILABLE, "not-yet-consistent", "Not yet consistent", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(p);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e) {
        return invalid(List.of(new FieldError(e.getHeaderName(), "header is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getRequiredType() == java.time.LocalDate.class) {
            Throwable root = e.getMostSpecificCause();
            return invalid(List.of(new FieldError(
                    e.getName(),
                    root instanceof IllegalArgumentException && root.getMessage() != null
                            ? root.getMessage()
                            : ApiDates.RULE)));
        }
        return invalid(List.of(new FieldError(e.getName(), "must be a valid " + describe(e.getRequiredType()))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected error", e);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal error",
                "the request could not be handled; nothing was recorded unless a response said so"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonParseException jpe
                    && jpe.getOriginalMessage() != null
                    && jpe.getOriginalMessage().startsWith("Duplicate field")
                    && jpe.getProcessor() != null) {
                return invalid(List.of(new FieldError(
                        pointerToPath(jpe.getProcessor()
                                .getParsingContext()
                                .pathAsPointer()
                                .toString()),
                        "appears more than once in its object: every key may be given once")));
            }
        }
        if (cause instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = path(jme);
            String reason;
            if (cause instanceof UnrecognizedPropertyException) {
                reason = "is not a known field";
            } else if (cause instanceof InvalidFormatException ife) {
                reason = "must be a valid " + describe(ife.getTargetType());
            } else if (cause instanceof MismatchedInputException mie) {
                reason = "must be a " + describe(mie.getTargetType());
            } else {
                reason = "is malformed";
            }
            return invalid(List.of(new FieldError(field, reason)));
        }
        return invalid(List.of(new FieldError("body", "must be a well-formed JSON document")));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldError(e.getParameterName(), "query parameter is required")));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail p) {
            // Spring's own details name its internals ("No static resource …") or types we do not serve
            if (ex instanceof org.springframework.web.servlet.resource.NoResourceFoundException
                    || ex instanceof org.springframework.web.servlet.NoHandlerFoundException) {
                p.setDetail("there is no resource at this path; the contract at /v1/openapi.json lists every path");
            } else if (ex instanceof org.springframework.web.HttpMediaTypeNotAcceptableException) {
                p.setDetail("responses are sent as application/json (errors as application/problem+json); "
                        + "the network drawing as image/svg+xml");
                p.setProperty("errors", List.of(Map.of("field", "Accept", "reason", "must accept application/json")));
            } else if (ex instanceof org.springframework.web.HttpMediaTypeNotSupportedException) {
                p.setDetail("a request body must be sent as application/json (UTF-8)");
                p.setProperty("errors", List.of(Map.of("field", "Content-Type", "reason", "must be application/json")));
            }
            if (p.getType() == null || "about:blank".equals(p.getType().toString())) {
                p.setType(URI.create(TYPE_PREFIX + "http-" + statusCode.value()));
            }
            HttpHeaders h = new HttpHeaders();
            h.addAll(response.getHeaders());
            h.set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
            return new ResponseEntity<>(p, h, response.getStatusCode());
        }
        return response;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value of another type";
        }
        if (type == java.time.LocalDate.class) {
            return ApiDates.DESCRIPTION;
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
            return "JSON array";
        }
        if (type == String.class) {
            return "string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        return "JSON object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The detail of a {@code 400} for one field: names the field once; the reason never repeats it. */
    public static String detail(String field, String reason) {
        return "invalid " + field + ": " + reason;
    }

    /** A JSON pointer ({@code /session/participants/0}) as the API names fields ({@code session.participants[0]}). */
    private static String pointerToPath(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(name).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(name);
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static ResponseEntity<Object> invalid(List<FieldError> errors) {
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                "Invalid input",
                errors.size() == 1
                        ? detail(errors.get(0).field(), errors.get(0).reason())
                        : errors.size() + " fields are invalid");
        p.setProperty(
                "errors",
                errors.stream()
                        .map(f -> Map.of("field", f.field(), "reason", f.reason()))
                        .toList());
        return respond(p);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_PREFIX + type));
        p.setTitle(title);
        return p;
    }

    private static ResponseEntity<Object> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .body(p);
    }
}
