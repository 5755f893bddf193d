package nl.netwerkregie.command;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Puts the version a command produced in the headers too: {@code ETag} (the theme's or actor's
 * version) and {@code X-Consistency-Token} (to send to the query service, which then answers only
 * once its views include this command).
 */
@RestControllerAdvice
class RecordedHeaders implements ResponseBodyAdvice<Object> {
    static final String CONSISTENCY_TOKEN = "X-Consistency-Token";

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
        if (body instanceof Recorded recorded) {
            response.getHeaders().setETag("\"" + recorded.version() + "\"");
            response.getHeaders().set(CONSISTENCY_TOKEN, recorded.consistencyToken());
        }
        return body;
    }
}
