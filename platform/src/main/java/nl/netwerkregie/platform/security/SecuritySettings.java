package nl.netwerkregie.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in ({@code netwerkregie.security.*}): the OpenID Connect issuer whose tokens both services accept,
 * and the limit of requests per account.
 *
 * @param issuerUri           the issuer (its {@code /.well-known/openid-configuration} names the signing keys);
 *                            a municipality points this at its own identity provider. Default: the development
 *                            Keycloak that {@code ./run.sh} starts.
 * @param audience            a token must name this audience ({@code aud}); empty: not checked
 * @param municipalitiesClaim the claim that lists the CBS codes of the municipalities an account works for
 * @param swaggerClientId     the public client Swagger UI signs in with (authorization code with PKCE)
 * @param rateLimit           requests per account
 */
@ConfigurationProperties("netwerkregie.security")
public record SecuritySettings(
        @DefaultValue("http://127.0.0.1:8180/realms/netwerkregie")
        String issuerUri,

        @DefaultValue("netwerkregie") String audience,
        @DefaultValue(DEFAULT_MUNICIPALITIES_CLAIM) String municipalitiesClaim,
        @DefaultValue("netwerkregie-frontend") String swaggerClientId,
        @DefaultValue RateLimit rateLimit) {
    public static final String DEFAULT_MUNICIPALITIES_CLAIM = "municipalities";

    public SecuritySettings {
        issuerUri = issuerUri == null || issuerUri.isBlank()
                ? "http://127.0.0.1:8180/realms/netwerkregie"
                : issuerUri.strip().replaceAll("/+$", "");
    }

    /**
     * A token bucket per account and service instance: {@code burst} requests at once, refilled at
     * {@code requestsPerSecond}; a request beyond it is answered {@code 429} with {@code Retry-After}.
     * {@code 0} requests per second turns the limit off.
     */
    public record RateLimit(
            @DefaultValue("50") double requestsPerSecond,
            @DefaultValue("200") int burst) {}
}
