package nl.netwerkregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {
    private static final Instant ISSUED = Instant.parse("2026-12-04T10:00:00Z");

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = ISSUED;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
    private final List<String> decoded = new ArrayList<>();

    {
        validator.setClock(clock);
    }

    /** Stands in for the issuer's decoder: decodes "<subject>" (a forged one fails), then validates, as Nimbus does. */
    private final JwtDecoder issuer = token -> {
        decoded.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        Jwt jwt = Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject(token)
                .issuedAt(ISSUED)
                .expiresAt(ISSUED.plusSeconds(300))
                .build();
        var result = validator.validate(jwt);
        if (result.hasErrors()) {
            throw new JwtValidationException("invalid", result.getErrors());
        }
        return jwt;
    };

    @Test
    void theSameTokenIsVerifiedOnceAndValidatedEachTime() {
        VerifiedTokens tokens = new VerifiedTokens(issuer, validator, 10);
        assertThat(tokens.decode("alice").getSubject()).isEqualTo("alice");
        clock.now = ISSUED.plusSeconds(200);
        assertThat(tokens.decode("alice").getSubject()).isEqualTo("alice");
        assertThat(tokens.decode("bob").getSubject()).isEqualTo("bob");
        assertThat(decoded).containsExactly("alice", "bob");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        VerifiedTokens tokens = new VerifiedTokens(issuer, validator, 10);
        tokens.decode("alice");
        clock.now = ISSUED.plusSeconds(301);
        assertThatThrownBy(() -> tokens.decode("alice")).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> tokens.decode("alice")).isInstanceOf(JwtValidationException.class);
        assertThat(decoded).containsExactly("alice", "alice", "alice");
    }

    @Test
    void aTokenThatFailsVerificationIsNeverRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(issuer, validator, 10);
        assertThatThrownBy(() -> tokens.decode("forged-alice")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-alice")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).containsExactly("forged-alice", "forged-alice");
    }

    @Test
    void whenFullTheMemoryStartsOver() {
        VerifiedTokens tokens = new VerifiedTokens(issuer, validator, 2);
        tokens.decode("a");
        tokens.decode("b");
        tokens.decode("a");
        tokens.decode("c"); // full: starts over with c alone
        tokens.decode("c");
        tokens.decode("a");
        assertThat(decoded).containsExactly("a", "b", "c", "a");
    }
}
