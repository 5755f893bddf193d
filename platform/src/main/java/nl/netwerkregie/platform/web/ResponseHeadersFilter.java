package nl.netwerkregie.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response: {@code API-Version} with the full version of the API (Dutch API Design
 * Rules), and security headers suited to a JSON API (no sniffing, no framing, no caching of answers
 * that may hold personal data, no referrer). Swagger UI pages get a looser policy so they can render.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ResponseHeadersFilter extends OncePerRequestFilter {
    public static final String API_VERSION = "API-Version";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(request.getRequestURI(), response);
        chain.doFilter(request, response);
    }

    /** Sets the headers on {@code response}; also used by the error responses that no filter sees. */
    public static void apply(String path, HttpServletResponse response) {
        response.setHeader(API_VERSION, ApiDocs.VERSION);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        if (!path.contains("/swagger-ui")) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
    }
}
