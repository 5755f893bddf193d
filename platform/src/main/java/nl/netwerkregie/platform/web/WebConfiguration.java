package nl.netwerkregie.platform.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin access for browser front ends: the origins in {@code netwerkregie.cors.allowed-origins}
 * (comma-separated; none by default) may call every {@code /v1} endpoint, send the API's request
 * headers ({@link #ALLOWED_HEADERS}) and read its response headers ({@link #EXPOSED_HEADERS}). Every
 * {@code /v1} handler also negotiates its response type before it runs ({@link AcceptBeforeHandling}).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {
    /** Request headers a browser front end may send. */
    public static final List<String> ALLOWED_HEADERS = List.of(
            "Content-Type",
            "Accept",
            "Authorization",
            CorrelationFilter.HEADER,
            "If-Match",
            "Idempotency-Key",
            "X-Consistency-Token");
    /** Response headers a browser front end may read. */
    public static final List<String> EXPOSED_HEADERS = List.of(
            ResponseHeadersFilter.API_VERSION,
            CorrelationFilter.HEADER,
            "Location",
            "ETag",
            "X-Consistency-Token",
            "Retry-After",
            "Idempotent-Replayed",
            "WWW-Authenticate");

    private final List<String> allowedOrigins;

    public WebConfiguration(nl.netwerkregie.platform.ApiSettings settings) {
        this.allowedOrigins = settings.cors().allowedOrigins();
    }

    /** Dates in query parameters are read as in bodies: {@link ApiDates}. */
    @Override
    public void addFormatters(org.springframework.format.FormatterRegistry registry) {
        registry.addConverter(String.class, java.time.LocalDate.class, ApiDates::parse);
    }

    @Override
    public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptBeforeHandling()).addPathPatterns("/v1/**");
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (allowedOrigins.isEmpty()) {
            return;
        }
        registry.addMapping("/v1/**")
                .allowedOrigins(allowedOrigins.toArray(String[]::new))
                .allowedMethods("GET", "POST", "PUT", "OPTIONS")
                .allowedHeaders(ALLOWED_HEADERS.toArray(String[]::new))
                .exposedHeaders(EXPOSED_HEADERS.toArray(String[]::new))
                .maxAge(3600);
    }
}
