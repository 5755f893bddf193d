package nl.netwerkregie.query.projection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A successful read of one theme carries the theme's version the answering view family includes as
 * {@code ETag}, to send back as {@code If-Match}. Only a successful answer does: a {@code 404} or {@code 400} for a
 * theme of another municipality must not tell that theme's version.
 *
 * <p>The version is looked up as the handler starts, before it reads a view, and written with the answer: so it never
 * names events the answer does not hold (the family writes its progress after its views, so a view read afterwards
 * holds at least that version). A handler may take it from {@link #versionRead} to check what it keeps in memory.
 */
@RestControllerAdvice
public class ThemeVersionHeader implements ResponseBodyAdvice<Object> {
    private static final Pattern THEME_PATH = Pattern.compile(
            "/themes/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})" + "(?:/matrices/(BU[0-9]{8}))?");
    /** The request attribute holding the started lookup of the version. */
    private static final String VERSION = ThemeVersionHeader.class.getName() + ".version";

    private final ProjectionProgress progress;
    private final ViewFamilies families;

    ThemeVersionHeader(ProjectionProgress progress, ViewFamilies families) {
        this.progress = progress;
        this.families = families;
    }

    /** The version of {@code aggregate} the family {@code group} included when this request's handler started. */
    private record Read(String group, String aggregate, long version) {}

    /**
     * The version of {@code aggregateId} that the family {@code group} included as the handler of the current
     * request started (-1: none), when this request is a read of that theme or matrix; empty otherwise. Looked up
     * before any view was read, so a view read now holds at least that version: a handler validates what it keeps
     * in memory with it instead of looking it up again.
     */
    public static java.util.OptionalLong versionRead(String group, String aggregateId) {
        org.springframework.web.context.request.RequestAttributes attributes =
                org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        Object read = attributes == null
                ? null
                : attributes.getAttribute(
                        VERSION, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        return read instanceof Read r
                        && r.group().equals(group)
                        && r.aggregate().equals(aggregateId)
                ? java.util.OptionalLong.of(r.version())
                : java.util.OptionalLong.empty();
    }

    /** The family and aggregate whose version a read of {@code path} carries; {@code null} when none. */
    private String[] versioned(String path) {
        Matcher theme = THEME_PATH.matcher(path);
        java.util.Optional<String> family = families.serving(path);
        if (!theme.find() || family.isEmpty()) {
            return null;
        }
        // a matrix's resources carry the matrix's version, the theme's others the theme's
        String aggregate = theme.group(2) == null ? theme.group(1) : theme.group(1) + ":matrix:" + theme.group(2);
        return new String[] {family.get(), aggregate};
    }

    /** Looks the version up as the handler of a read of one theme starts. */
    @Bean
    static WebMvcConfigurer themeVersionLookup(
            org.springframework.beans.factory.ObjectProvider<ThemeVersionHeader> header) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new HandlerInterceptor() {
                            @Override
                            public boolean preHandle(
                                    HttpServletRequest request, HttpServletResponse response, Object handler) {
                                if ("GET".equals(request.getMethod())) {
                                    header.getObject().lookUp(request);
                                }
                                return true;
                            }
                        })
                        .addPathPatterns("/v1/**");
            }
        };
    }

    private void lookUp(HttpServletRequest request) {
        String[] versioned = versioned(request.getRequestURI());
        if (versioned != null) {
            request.setAttribute(
                    VERSION, new Read(versioned[0], versioned[1], progress.version(versioned[0], versioned[1])));
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail) {
            return body;
        }
        Object read = request instanceof ServletServerHttpRequest servlet
                ? servlet.getServletRequest().getAttribute(VERSION)
                : null;
        long version;
        if (read instanceof Read before) {
            version = before.version();
        } else {
            String[] versioned = versioned(request.getURI().getPath());
            if (versioned == null) {
                return body;
            }
            version = progress.version(versioned[0], versioned[1]);
        }
        if (version >= 0) {
            response.getHeaders().setETag("\"" + version + "\"");
        }
        return body;
    }
}
