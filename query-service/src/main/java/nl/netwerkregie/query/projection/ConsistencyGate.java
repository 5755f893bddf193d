package nl.netwerkregie.query.projection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.netwerkregie.platform.web.InvalidInputException;
import nl.netwerkregie.platform.web.NotYetConsistentException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Read-your-writes: a read that carries a consistency token from a command response (header
 * {@code X-Consistency-Token} or parameter {@code consistencyToken}, {@code <aggregate id>.<version>})
 * is answered only once the views include that version. It waits at most
 * {@code netwerkregie.consistency.max-wait-ms} (default 5,000), then answers {@code 503} with
 * {@code Retry-After}, so a front end needs no polling loop. A read of one theme also carries the
 * theme's version its views include as {@code ETag}.
 */
@Configuration(proxyBeanMethods = false)
public class ConsistencyGate implements HandlerInterceptor, WebMvcConfigurer {
    public static final String HEADER = "X-Consistency-Token";
    public static final String PARAMETER = "consistencyToken";
    private static final Pattern TOKEN = Pattern.compile("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\.(\\d{1,18})");
    private static final Pattern THEME_PATH = Pattern.compile("/themes/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    private final ProjectionProgress progress;
    private final long maxWaitMs;

    ConsistencyGate(ProjectionProgress progress, @Value("${netwerkregie.consistency.max-wait-ms:5000}") long maxWaitMs) {
        this.progress = progress;
        this.maxWaitMs = maxWaitMs;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/v1/municipalities/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        waitForToken(request);
        // a theme's views answer with the theme's version they include, to send back as If-Match
        Matcher theme = THEME_PATH.matcher(request.getRequestURI());
        if (theme.find()) {
            long version = progress.version(theme.group(1));
            if (version >= 0) {
                response.setHeader("ETag", "\"" + version + "\"");
            }
        }
        return true;
    }

    private void waitForToken(HttpServletRequest request) throws InterruptedException {
        String token = request.getHeader(HEADER);
        String field = HEADER;
        if (token == null) {
            token = request.getParameter(PARAMETER);
            field = PARAMETER;
        }
        if (token == null) {
            return;
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            throw new InvalidInputException(field, "must be a consistency token from a command response: <id>.<version>");
        }
        String aggregate = m.group(1);
        long version = Long.parseLong(m.group(2));
        long deadline = System.nanoTime() + maxWaitMs * 1_000_000;
        while (progress.version(aggregate) < version) {
            if (System.nanoTime() > deadline) {
                throw new NotYetConsistentException("the views do not include version " + version + " of " + aggregate
                        + " yet; ask again shortly", 1);
            }
            Thread.sleep(10);
        }
    }
}
