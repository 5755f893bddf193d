package nl.netwerkregie.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the access tokens whose signature has been verified, by their whole compact form (header, claims and
 * signature), so that the next request with the very same token skips decoding and the signature check. The
 * validators (expiry, issuer, audience) still run on every request: a remembered token stops being accepted the
 * moment it expires. At most {@code capacity} tokens are remembered; when full, the memory starts over.
 */
final class VerifiedTokens implements JwtDecoder {
    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param decoder   decodes a token, checks its signature and validates it (the issuer's decoder)
     * @param validator the same validation the decoder applies, run again on every remembered token
     */
    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.decoder = decoder;
        this.validator = validator;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.get(token);
        if (known != null) {
            if (!validator.validate(known).hasErrors()) {
                return known;
            }
            verified.remove(token);
        }
        Jwt jwt = decoder.decode(token); // throws for a bad signature or a failed validation: nothing is remembered
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(token, jwt);
        return jwt;
    }
}
