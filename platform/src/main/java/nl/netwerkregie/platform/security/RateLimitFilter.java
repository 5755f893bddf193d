package nl.netwerkregie.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.netwerkregie.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request rate limit per account (the token's subject) and service instance: a token bucket of
 * {@code burst} requests refilled at {@code requests-per-second}. A request beyond it gets {@code 429}
 * problem+json with {@code Retry-After} (whole seconds) and is not handled. Runs right after sign-in;
 * requests without an account (open paths, refused tokens) are not counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class RateLimitFilter extends OncePerRequestFilter {
    private static final int MAX_ACCOUNTS = 100_000;
    private final double perSecond;
    private final int burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimitFilter(SecuritySettings settings) {
        this.perSecond = settings.rateLimit().requestsPerSecond();
        this.burst = Math.max(1, settings.rateLimit().burst());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Account account = Account.current().orElse(null);
        if (account == null || perSecond <= 0) {
            chain.doFilter(request, response);
            return;
        }
        if (buckets.size() > MAX_ACCOUNTS) {
            long now = System.nanoTime();
            buckets.values().removeIf(b -> b.fullAt(now, perSecond, burst));
        }
        double waitSeconds = buckets.computeIfAbsent(account.subject(), s -> new Bucket(burst))
                .take(System.nanoTime(), perSecond, burst);
        if (waitSeconds > 0) {
            long retryAfter = Math.max(1, (long) Math.ceil(waitSeconds));
            response.setHeader("Retry-After", Long.toString(retryAfter));
            Problems.write(
                    request,
                    response,
                    429,
                    "rate-limited",
                    "Too Many Requests",
                    "more than " + burst + " requests at once or " + perSecond
                            + " per second from this account; retry after " + retryAfter + " s",
                    List.of());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Tokens left and when they were last counted. */
    private static final class Bucket {
        private double tokens;
        private long at = System.nanoTime();

        Bucket(int burst) {
            this.tokens = burst;
        }

        /** Takes one token; answers 0, or the seconds until one is there (and takes none). */
        synchronized double take(long now, double perSecond, int burst) {
            tokens = Math.min(burst, tokens + (now - at) / 1e9 * perSecond);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (1 - tokens) / perSecond;
        }

        synchronized boolean fullAt(long now, double perSecond, int burst) {
            return tokens + (now - at) / 1e9 * perSecond >= burst;
        }
    }
}
