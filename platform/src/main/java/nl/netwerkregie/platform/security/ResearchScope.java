package nl.netwerkregie.platform.security;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.platform.domain.ForbiddenException;

/**
 * Which municipalities a read across municipalities may cover: those the account covers, and for an account
 * that reads only as a researcher, only those that had published their data for research on the day.
 */
public final class ResearchScope {
    private ResearchScope() {}

    /**
     * The municipalities asked for ({@code requested}, in the order given), or when none is asked for, every
     * municipality the account may read this way, sorted. A municipality asked for that the account does not
     * cover, or that a researcher may not read, is refused with {@code 403} naming {@code field}.
     */
    public static List<String> readable(
            Account account, List<String> requested, ResearchPublications published, LocalDate today, String field) {
        boolean onlyResearcher = !account.has(Role.REGIEVOERDER) && !account.has(Role.AUDITOR);
        if (requested == null || requested.isEmpty()) {
            return account.municipalities().stream()
                    .filter(m -> !onlyResearcher || (published != null && published.publishedForResearch(m, today)))
                    .sorted()
                    .toList();
        }
        for (String m : requested) {
            if (!account.covers(m)) {
                throw new ForbiddenException(field, "the token does not cover municipality " + m);
            }
            if (onlyResearcher && (published == null || !published.publishedForResearch(m, today))) {
                throw new ForbiddenException(field, "municipality " + m + " has not published its data for research");
            }
        }
        return requested.stream().distinct().toList();
    }

    /** The roles that read across municipalities this way. */
    public static Set<Role> roles() {
        return EnumSet.of(Role.REGIEVOERDER, Role.AUDITOR, Role.RESEARCHER);
    }
}
