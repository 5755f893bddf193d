package nl.netwerkregie.platform.web;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Cross-origin access for browser front ends: the origins in {@code netwerkregie.cors.allowed-origins}
 * (comma-separated; none by default) may call every {@code /v1} endpoint and read the headers the API
 * adds to its responses.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {
    private final List<String> allowedOrigins;

    public WebConfiguration(@Value("${netwerkregie.cors.allowed-origins:}") List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        if (allowedOrigins.isEmpty()) {
            return;
        }
        registry.addMapping("/v1/**")
                .allowedOrigins(allowedOrigins.toArray(String[]::new))
                .allowedMethods("GET", "POST", "PUT", "OPTIONS")
                .allowedHeaders("Content-Type", "X-Recorded-By", "X-Correlation-Id")
                .exposedHeaders(ResponseHeadersFilter.API_VERSION, CorrelationFilter.HEADER, "Location")
                .maxAge(3600);
    }
}
