package nl.netwerkregie.platform.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.AntPathMatcher;

/**
 * Who may call which operation of a service: an ordered table of rules (method, path pattern, roles),
 * the first that matches decides. Each service declares its table as a bean; {@link ApiSecurity}
 * enforces it on every request and the contract shows it on every operation ({@code x-roles}).
 * Independent of the rules, a path under {@code /v1/municipalities/{municipality}} is only open to a
 * token whose municipalities claim holds that code.
 */
public final class AccessRules {
    private static final Pattern MUNICIPALITY = Pattern.compile("^/v1/municipalities/([^/]+)");
    private static final Pattern CODE = Pattern.compile("GM\\d{4}");
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    /**
     * One rule.
     *
     * @param method  the HTTP method, or {@code null} for any
     * @param pattern an Ant-style path pattern under {@code /v1}, e.g. {@code /v1/municipalities/*}{@code /settings/**}
     * @param roles   the roles of which a token needs at least one; empty for an open path
     * @param open    whether the path needs no token at all (health, the contract, Swagger UI)
     */
    public record Rule(String method, String pattern, Set<Role> roles, boolean open) {
        public boolean matches(String requestMethod, String path) {
            return (method == null || method.equalsIgnoreCase(requestMethod)) && PATHS.match(pattern, path);
        }
    }

    private final List<Rule> rules;

    private AccessRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The first rule for this method and path (a request path, or a contract template such as {@code /v1/municipalities/{municipality}/themes}). */
    public Optional<Rule> match(String method, String path) {
        return rules.stream().filter(r -> r.matches(method, path)).findFirst();
    }

    /**
     * The municipality code a path names, when it names a well-formed one; a malformed code is left to the
     * endpoint, which answers {@code 400} without touching any data.
     */
    public static Optional<String> municipalityOf(String path) {
        Matcher m = MUNICIPALITY.matcher(path);
        return m.find() && CODE.matcher(m.group(1)).matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static final class Builder {
        private final List<Rule> rules = new ArrayList<>();

        private Builder() {
            open("/actuator/**");
            open("/v1/openapi.json");
            open("/v1/openapi.json/**");
            open("/v1/swagger-ui.html");
            open("/v1/swagger-ui/**");
            open("/error");
        }

        /** A path anyone may call without a token. */
        public Builder open(String pattern) {
            rules.add(new Rule(null, pattern, Set.of(), true));
            return this;
        }

        /** Calls of {@code method} ({@code null}: any) on {@code pattern} need one of {@code roles}. */
        public Builder allow(String method, String pattern, Role first, Role... more) {
            rules.add(new Rule(method, pattern, EnumSet.of(first, more), false));
            return this;
        }

        public AccessRules build() {
            return new AccessRules(rules);
        }
    }
}
