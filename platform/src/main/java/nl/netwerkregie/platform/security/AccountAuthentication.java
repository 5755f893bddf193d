package nl.netwerkregie.platform.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A validated token with the {@link Account} read from it once. */
public final class AccountAuthentication extends JwtAuthenticationToken {
    private final transient Account account;

    public AccountAuthentication(Jwt jwt, Account account) {
        super(
                jwt,
                account.roles().stream()
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r.claim()))
                        .toList(),
                account.subject());
        this.account = account;
    }

    public Account account() {
        return account;
    }
}
