package nl.netwerkregie.platform.security;

import java.util.Locale;

/**
 * The rights an account's token grants, as realm roles of the identity provider (Keycloak's
 * {@code realm_access.roles}, or a top-level {@code roles} claim). An account may hold several.
 */
public enum Role {
    /** Records for the municipalities in its token, and reads them with names in clear. */
    REGIEVOERDER,
    /** Reads everything of its municipalities, history included; names in clear only with {@link #PERSONAL_DATA}. */
    AUDITOR,
    /** Pseudonymised reads of municipalities that published their data for research. */
    RESEARCHER,
    /** Replays and projection management, municipality settings, erasure and access exports of persons. */
    ADMINISTRATOR,
    /** Granted beside {@link #AUDITOR}: personal names in clear. */
    PERSONAL_DATA;

    /** The role's name in a token: {@code regievoerder}, {@code personal-data}, … */
    public String claim() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The role a token's role name stands for, or {@code null} for a role this API does not know. */
    public static Role ofClaim(String claim) {
        for (Role r : values()) {
            if (r.claim().equals(claim)) {
                return r;
            }
        }
        return null;
    }
}
