package nl.netwerkregie.query.projection;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A successful read of one theme carries the theme's version the answering view family includes as
 * {@code ETag}, to send back as {@code If-Match}. Only a successful answer does: a {@code 404} or {@code 400} for a
 * theme of another municipality must not tell that theme's version.
 */
@RestControllerAdvice
class ThemeVersionHeader implements ResponseBodyAdvice<Object> {
    private static final Pattern THEME_PATH = Pattern.compile(
            "/themes/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})" + "(?:/matrices/(BU[0-9]{8}))?");
    private final ProjectionProgress progress;
    private final ViewFamilies families;

    ThemeVersionHeader(ProjectionProgress progress, ViewFamilies families) {
        this.progress = progress;
        this.families = families;
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
        String path = request.getURI().getPath();
        Matcher theme = THEME_PATH.matcher(path);
        java.util.Optional<String> family = families.serving(path);
        if (theme.find() && family.isPresent()) {
            // a matrix's resources carry the matrix's version, the theme's others the theme's
            String aggregate = theme.group(2) == null ? theme.group(1) : theme.group(1) + ":matrix:" + theme.group(2);
            long version = progress.version(family.get(), aggregate);
            if (version >= 0) {
                response.getHeaders().setETag("\"" + version + "\"");
            }
        }
        return body;
    }
}
