package nl.netwerkregie.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.netwerkregie.platform.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Both services are OAuth2 resource servers: every request but the open ones ({@link AccessRules}) needs
 * a JWT from the configured OpenID Connect issuer ({@link SecuritySettings#issuerUri()}), checked for
 * signature, expiry, issuer and audience. No token or a bad one: {@code 401} problem+json with
 * {@code WWW-Authenticate}; a token without the right: {@code 403} problem+json saying which right.
 *
 * <p>One check for every endpoint: a path of {@code /v1/municipalities/{municipality}} needs that code
 * in the token's municipalities claim; then the service's {@link AccessRules} name the roles that may
 * call it. A researcher (with no other fitting role) gets a municipality's views only while the
 * municipality has published its data for research ({@link ResearchPublications}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
public class ApiSecurity {
    static final String FORBIDDEN = "forbidden";
    static final String UNAUTHORIZED = "unauthorized";

    @Bean
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            AccessRules rules,
            SecuritySettings settings,
            ObjectProvider<ResearchPublications> publications,
            Clock clock)
            throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        bearer.setRealmName("netwerkregie");
        http.csrf(c -> c.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.requireExplicitSave(true))
                .anonymous(Customizer.withDefaults())
                .headers(h -> h.cacheControl(c -> c.disable()))
                .authorizeHttpRequests(a -> a.anyRequest().access(new Check(rules, publications, clock)))
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(
                                jwt -> new AccountAuthentication(jwt, Account.of(jwt, settings.municipalitiesClaim()))))
                        .authenticationEntryPoint((request, response, e) -> unauthorized(bearer, request, response, e))
                        .accessDeniedHandler((request, response, e) -> forbidden(request, response, e)))
                .exceptionHandling(e -> e.authenticationEntryPoint(
                                (request, response, ex) -> unauthorized(bearer, request, response, ex))
                        .accessDeniedHandler((request, response, ex) -> forbidden(request, response, ex)));
        return http.build();
    }

    /**
     * The decoder of the configured issuer, built at the first request that carries a token (so a service
     * starts while its identity provider is still starting): keys from the issuer's discovery document,
     * then signature, expiry, issuer and audience checked. A token verified once is remembered
     * ({@link VerifiedTokens}, up to 2,000 tokens): the same token again is only validated, not decoded and verified.
     */
    @Bean
    JwtDecoder jwtDecoder(SecuritySettings settings) {
        OAuth2TokenValidator<Jwt> issuer = JwtValidators.createDefaultWithIssuer(settings.issuerUri());
        OAuth2TokenValidator<Jwt> validator = settings.audience().isBlank()
                ? issuer
                : new DelegatingOAuth2TokenValidator<>(issuer, audience(settings.audience()));
        return new VerifiedTokens(
                new SupplierJwtDecoder(() -> {
                    NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(settings.issuerUri());
                    decoder.setJwtValidator(validator);
                    return decoder;
                }),
                validator,
                2_000);
    }

    /**
     * What Spring Security's firewall refuses before sign-in (a {@code ;} in the path, an encoded slash, a
     * backslash, a NUL, a header value it does not accept): {@code 400} problem+json naming the path or the
     * header, like every other malformed request.
     */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> {
            String message = e.getMessage() == null ? "" : e.getMessage();
            boolean header = message.toLowerCase(java.util.Locale.ROOT).contains("header");
            Problems.write(
                    request,
                    response,
                    400,
                    "http-400",
                    "Bad Request",
                    "the request was refused before it was read: " + message,
                    List.of(
                            new nl.netwerkregie.platform.domain.FieldError(
                                    header ? "header" : "path",
                                    header
                                            ? "holds a character that is not allowed"
                                            : "must not hold matrix parameters (;), encoded slashes or dots, backslashes or NUL")));
        };
    }

    private static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "the token is not meant for audience " + audience, null));
    }

    private static void unauthorized(
            BearerTokenAuthenticationEntryPoint bearer,
            HttpServletRequest request,
            HttpServletResponse response,
            AuthenticationException e)
            throws IOException {
        // sets 401 and WWW-Authenticate (with error="invalid_token" when a token was sent but refused)
        bearer.commence(request, response, e);
        boolean sent = request.getHeader("Authorization") != null;
        Problems.write(
                request,
                response,
                401,
                UNAUTHORIZED,
                "Unauthorized",
                sent
                        ? "the bearer token was refused: " + e.getMessage()
                        : "sign in: send an access token of the identity provider as Authorization: Bearer <token>",
                List.of(new nl.netwerkregie.platform.domain.FieldError(
                        "Authorization", sent ? "holds no valid token" : "header is required")));
    }

    private static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String detail = e instanceof Refusal ? e.getMessage() : "the token does not grant this request";
        Problems.write(request, response, 403, FORBIDDEN, "Forbidden", detail, List.of());
    }

    /** A refusal that says which right the token lacks. */
    static final class Refusal extends AccessDeniedException {
        Refusal(String message) {
            super(message);
        }
    }

    /** The one check of every request: open path, municipality claim, roles, research publication. */
    static final class Check implements AuthorizationManager<RequestAuthorizationContext> {
        private final AccessRules rules;
        private final ObjectProvider<ResearchPublications> publications;
        private final Clock clock;

        Check(AccessRules rules, ObjectProvider<ResearchPublications> publications, Clock clock) {
            this.rules = rules;
            this.publications = publications;
            this.clock = clock;
        }

        @Override
        @SuppressWarnings("deprecation")
        public AuthorizationDecision check(
                Supplier<Authentication> authentication, RequestAuthorizationContext context) {
            HttpServletRequest request = context.getRequest();
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            AccessRules.Rule rule = rules.match(request.getMethod(), path).orElse(null);
            if (rule != null && rule.open()) {
                return new AuthorizationDecision(true);
            }
            if (!(authentication.get() instanceof AccountAuthentication signedIn)) {
                return new AuthorizationDecision(false); // anonymous: 401 through the entry point
            }
            Account account = signedIn.account();
            String municipality = AccessRules.municipalityOf(path).orElse(null);
            // a read across municipalities names them in the query: each is checked as a path's would be
            List<String> named = municipality != null
                    ? List.of(municipality)
                    : "GET".equals(request.getMethod()) && request.getParameterValues("municipality") != null
                            // one that is no municipality code at all is left to the handler's 400
                            ? java.util.Arrays.stream(request.getParameterValues("municipality"))
                                    .filter(m -> m.matches("GM[0-9]{4}"))
                                    .toList()
                            : List.of();
            for (String m : named) {
                if (!account.covers(m)) {
                    throw new Refusal("the token does not cover municipality " + m);
                }
            }
            if (rule == null) {
                return new AuthorizationDecision(true); // no such operation: the service answers 404
            }
            Set<Role> fitting = EnumSet.noneOf(Role.class);
            fitting.addAll(rule.roles());
            fitting.retainAll(account.roles());
            if (fitting.isEmpty()) {
                throw new Refusal("needs the role "
                        + rule.roles().stream().map(Role::claim).collect(Collectors.joining(" or ")));
            }
            if (fitting.equals(EnumSet.of(Role.RESEARCHER))) {
                ResearchPublications published = publications.getIfAvailable();
                for (String m : named) {
                    if (published == null || !published.publishedForResearch(m, LocalDate.now(clock))) {
                        throw new Refusal("municipality " + m + " has not published its data for research");
                    }
                }
            }
            return new AuthorizationDecision(true);
        }
    }
}
