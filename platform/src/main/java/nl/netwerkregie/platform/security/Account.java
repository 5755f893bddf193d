package nl.netwerkregie.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls: the token's subject (a pseudonymous account id, never a name or e-mail address), the
 * roles it grants and the municipalities (CBS codes) it covers.
 */
public record Account(String subject, Set<Role> roles, Set<String> municipalities) {
    public Account {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        municipalities = Set.copyOf(municipalities);
    }

    /** Reads an account from a validated token; {@code municipalitiesClaim} names the claim with the codes. */
    public static Account of(Jwt jwt, String municipalitiesClaim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> m && m.get("roles") instanceof Collection<?> c) {
            c.forEach(r -> add(roles, r));
        }
        if (jwt.getClaims().get("roles") instanceof Collection<?> c) {
            c.forEach(r -> add(roles, r));
        }
        Set<String> municipalities = new LinkedHashSet<>();
        Object claimed = jwt.getClaims().get(municipalitiesClaim);
        if (claimed instanceof Collection<?> c) {
            c.forEach(v -> municipalities.add(String.valueOf(v)));
        } else if (claimed instanceof String s) {
            municipalities.add(s);
        }
        return new Account(jwt.getSubject(), roles, municipalities);
    }

    private static void add(Set<Role> roles, Object claim) {
        Role r = Role.ofClaim(String.valueOf(claim));
        if (r != null) {
            roles.add(r);
        }
    }

    /** The account of the request being handled, if it came with a valid token. */
    public static Optional<Account> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof AccountAuthentication a ? Optional.of(a.account()) : Optional.empty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean covers(String municipality) {
        return municipalities.contains(municipality);
    }

    /**
     * Whether this account sees personal names and contact details in clear: a regievoerder, an
     * administrator, or an auditor also granted {@link Role#PERSONAL_DATA}; never a researcher alone.
     */
    public boolean seesPersonalData() {
        return has(Role.REGIEVOERDER) || has(Role.ADMINISTRATOR) || (has(Role.AUDITOR) && has(Role.PERSONAL_DATA));
    }
}
