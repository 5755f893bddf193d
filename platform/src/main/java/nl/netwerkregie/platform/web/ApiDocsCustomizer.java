package nl.netwerkregie.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import nl.netwerkregie.platform.security.AccessRules;
import nl.netwerkregie.platform.security.Role;
import nl.netwerkregie.platform.security.SecuritySettings;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Adds to the OpenAPI documents what the controllers do not say themselves: the RFC 9457
 * {@code Problem} schema and the error responses of every operation, the recording headers of
 * every command, and the formats of the codes and ids in paths.
 */
@Component
public class ApiDocsCustomizer implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {
    private static final String PROBLEM = "#/components/schemas/Problem";
    /** The security scheme every operation but the open ones declares. */
    public static final String SECURITY_SCHEME = "netwerkregie-oidc";

    private final long maxBodyBytes;
    private final long retentionHours;
    private final AccessRules rules;
    private final SecuritySettings security;

    /** The documented limits and rights are the configured ones. */
    public ApiDocsCustomizer(
            nl.netwerkregie.platform.ApiSettings settings, AccessRules rules, SecuritySettings security) {
        this.maxBodyBytes = settings.maxBodyBytes();
        this.retentionHours = settings.idempotency().retentionHours();
        this.rules = rules;
        this.security = security;
    }

    /**
     * Declares sign-in on every operation: the OpenID Connect scheme of the configured issuer, the roles
     * that may call it ({@code x-roles}, from the service's {@link AccessRules}), and the 401, 403 and 429
     * answers.
     */
    private void describeSecurity(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.getComponents()
                .addSecuritySchemes(
                        SECURITY_SCHEME,
                        new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.OPENIDCONNECT)
                                .openIdConnectUrl(security.issuerUri() + "/.well-known/openid-configuration")
                                .description("Sign in at the municipality's identity provider and send the access "
                                        + "token as Authorization: Bearer <token>. The token names the account "
                                        + "(sub), its roles (realm_access.roles or roles) and the CBS codes of its "
                                        + "municipalities (" + security.municipalitiesClaim() + "); a path of "
                                        + "another municipality is answered 403."));
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    AccessRules.Rule rule =
                            rules.match(method.name(), "/v1" + path).orElse(null);
                    if (rule == null || rule.open()) {
                        return;
                    }
                    operation.addSecurityItem(
                            new io.swagger.v3.oas.models.security.SecurityRequirement().addList(SECURITY_SCHEME));
                    operation.addExtension(
                            "x-roles", rule.roles().stream().map(Role::claim).toList());
                    ApiResponses responses = operation.getResponses();
                    responses.addApiResponse(
                            "401",
                            problem(
                                            "No access token, or one that is expired, badly signed, or of another issuer or audience; "
                                                    + "see WWW-Authenticate")
                                    .addHeaderObject(
                                            "WWW-Authenticate",
                                            new io.swagger.v3.oas.models.headers.Header()
                                                    .description(
                                                            "Bearer realm=\"netwerkregie\", with error=\"invalid_token\" "
                                                                    + "when a token was sent")
                                                    .schema(new StringSchema())));
                    responses.addApiResponse(
                            "403",
                            problem("The token does not cover the municipality in the path, or holds none of the roles "
                                    + String.join(
                                            ", ",
                                            rule.roles().stream()
                                                    .map(Role::claim)
                                                    .toList())
                                    + (rule.roles().contains(Role.RESEARCHER)
                                            ? " (a researcher: only while the municipality has published its data for research)"
                                            : "")));
                    responses.addApiResponse(
                            "429",
                            problem("More than " + security.rateLimit().burst() + " requests at once or "
                                            + security.rateLimit().requestsPerSecond()
                                            + " per second from this account (per service instance); see Retry-After")
                                    .addHeaderObject(
                                            "Retry-After",
                                            new io.swagger.v3.oas.models.headers.Header()
                                                    .description("Seconds to wait")
                                                    .schema(new IntegerSchema())));
                }));
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        // the major version belongs in the server URL (API Design Rules); the paths follow it
        openApi.setServers(java.util.List.of(
                new io.swagger.v3.oas.models.servers.Server().url("/v1").description("this service, version 1")));
        if (openApi.getPaths() != null) {
            io.swagger.v3.oas.models.Paths relative = new io.swagger.v3.oas.models.Paths();
            openApi.getPaths()
                    .forEach((path, item) ->
                            relative.addPathItem(path.startsWith("/v1/") ? path.substring(3) : path, item));
            openApi.setPaths(relative);
        }
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Schema<?> fieldError = new ObjectSchema()
                .addProperty(
                        "field",
                        new StringSchema().description("JSON path, header or parameter at fault, e.g. buurten[1]"))
                .addProperty("reason", new StringSchema().description("why it is refused"));
        openApi.getComponents()
                .addSchemas(
                        "Problem",
                        new ObjectSchema()
                                .description("An RFC 9457 problem detail")
                                .addProperty("type", new StringSchema().format("uri"))
                                .addProperty("title", new StringSchema())
                                .addProperty("status", new IntegerSchema())
                                .addProperty("detail", new StringSchema())
                                .addProperty("instance", new StringSchema().format("uri-reference"))
                                .addProperty(
                                        "errors",
                                        new ArraySchema().items(fieldError).description("400: every field at fault"))
                                .addProperty(
                                        "rule",
                                        new StringSchema()
                                                .description(
                                                        "409: the rule the command breaks, e.g. position-not-held"))
                                .addProperty(
                                        "field",
                                        new StringSchema()
                                                .description(
                                                        "404 and 409: the field that names the resource or breaks the rule")));
        describeSecurity(openApi);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        boolean command = !handlerMethod.hasMethodAnnotation(GetMapping.class);
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                describePathParameter(p);
            }
        }
        if (command
                && operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "themeId".equals(p.getName()))) {
            operation.addParametersItem(new HeaderParameter()
                    .name("If-Match")
                    .required(false)
                    .description("The ETag of the theme's last response: the command applies only while the theme is "
                            + "still at that version, else 412 with the current version")
                    .schema(new StringSchema().example("\"3\"")));
            operation
                    .getResponses()
                    .addApiResponse(
                            "412",
                            problem("The theme has moved on from the If-Match version; "
                                    + "currentVersion names the version it is at"));
        }
        if (command) {
            operation.addParametersItem(new HeaderParameter()
                    .name("Idempotency-Key")
                    .required(false)
                    .description("Makes a retry safe: a request with a key already used (by the same account) and the "
                            + "same body gets the first response again (Idempotent-Replayed: true) without recording "
                            + "anything; with another body (compared as parsed JSON) it is refused with 422. Keys are scoped by municipality "
                            + "and account and kept " + retentionHours + " hours.")
                    .schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,100}$")));
            operation.getResponses().addApiResponse("422", problem("The Idempotency-Key was used for another request"));
        }
        // every read takes a consistency token, except the processor's own status
        if (!command && !handlerMethod.getBeanType().getSimpleName().startsWith("Projection")) {
            String token =
                    "A consistency token from a command response (<id>.<version>): the answer waits until the views "
                            + "include that version, at most a few seconds, else 503 with Retry-After. It must name the theme in the "
                            + "path and a version the event store holds, else 409 at once";
            operation.addParametersItem(new HeaderParameter()
                    .name("X-Consistency-Token")
                    .required(false)
                    .description(token)
                    .schema(new StringSchema().pattern("^[0-9a-f-]{36}\\.\\d{1,18}$")));
            operation.addParametersItem(new io.swagger.v3.oas.models.parameters.QueryParameter()
                    .name("consistencyToken")
                    .required(false)
                    .description(token + " (the same as the header)")
                    .schema(new StringSchema().pattern("^[0-9a-f-]{36}\\.\\d{1,18}$")));
        }
        operation.addParametersItem(new HeaderParameter()
                .name("X-Correlation-Id")
                .required(false)
                .description(
                        "Correlates this request with the events it causes; generated when absent, echoed in the response")
                .schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{1,100}$")));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.addApiResponse("400", problem("Invalid input: every field at fault is named in errors"));
        responses.addApiResponse("404", problem("Unknown municipality scope, theme, actor, ingredient or contact"));
        if (command) {
            responses.addApiResponse(
                    "409", problem("The command breaks a rule given the current state; rule names it"));
            responses.addApiResponse("413", problem("The request body is larger than " + maxBodyBytes + " bytes"));
            responses.addApiResponse(
                    "415",
                    problem("The request body is not application/json (UTF-8), or is sent with a "
                            + "Content-Encoding; errors names the header"));
            responses.forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject(
                            "ETag",
                            new io.swagger.v3.oas.models.headers.Header()
                                    .description("The version of the theme (or actor) after the command")
                                    .schema(new StringSchema()));
                    response.addHeaderObject(
                            "X-Consistency-Token",
                            new io.swagger.v3.oas.models.headers.Header()
                                    .description("Pass to the query service to read this command's effects")
                                    .schema(new StringSchema()));
                }
            });
        } else {
            if (operation.getParameters() != null
                    && operation.getParameters().stream().anyMatch(p -> "themeId".equals(p.getName()))) {
                responses
                        .get("200")
                        .addHeaderObject(
                                "ETag",
                                new io.swagger.v3.oas.models.headers.Header()
                                        .description(
                                                "The theme's version these views include; send it as If-Match with a command")
                                        .schema(new StringSchema()));
            }
            if (!handlerMethod.getBeanType().getSimpleName().startsWith("Projection")) {
                responses.addApiResponse(
                        "409",
                        problem(
                                "The consistency token names a version the event store does not hold "
                                        + "for this theme or actor in this municipality (rule version-not-recorded), answered at once"));
            }
            responses.addApiResponse(
                    "503",
                    problem("The views do not yet include the version of the consistency token, "
                            + "or too many reads wait already; see Retry-After"));
        }
        responses.addApiResponse(
                "406",
                problem("The Accept header admits none of the response's media types; "
                        + "refused before anything is recorded"));
        responses.addApiResponse("500", problem("Unexpected error"));
        responses
                .values()
                .forEach(r -> r.addHeaderObject(
                        ResponseHeadersFilter.API_VERSION,
                        new io.swagger.v3.oas.models.headers.Header()
                                .description("The full version of the API")
                                .schema(new StringSchema().example(ApiDocs.VERSION))));
        operation.setResponses(responses);
        return operation;
    }

    private static void describePathParameter(Parameter p) {
        if (!"path".equals(p.getIn())) {
            return;
        }
        switch (p.getName()) {
            case "municipality" ->
                p.description("CBS municipality code")
                        .schema(new StringSchema().pattern("^GM\\d{4}$").example("GM0274"));
            case "buurt" ->
                p.description("CBS buurt code")
                        .schema(new StringSchema().pattern("^BU\\d{8}$").example("BU02740101"));
            default -> {
                if (p.getName().endsWith("Id")) {
                    p.schema(new StringSchema().format("uuid"));
                }
            }
        }
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                "application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }
}
