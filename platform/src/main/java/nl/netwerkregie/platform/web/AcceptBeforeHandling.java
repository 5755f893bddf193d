package nl.netwerkregie.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Content negotiation before the handler runs. Spring checks {@code Accept} only after a handler that
 * declares no {@code produces} has returned, when a command has already been recorded: a client
 * would then see {@code 406}, retry, and record it twice. This refuses an {@code Accept} that admits
 * none of the handler's media types (its {@code produces}, else {@code application/json}) with
 * {@code 406} before anything happens.
 */
public class AcceptBeforeHandling implements HandlerInterceptor {
    private static final List<MediaType> DEFAULT = List.of(MediaType.APPLICATION_JSON);

    @Override
    @SuppressWarnings("unchecked")
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        Set<MediaType> declared =
                (Set<MediaType>) request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        List<MediaType> producible = declared == null || declared.isEmpty() ? DEFAULT : List.copyOf(declared);
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(producible);
        }
        for (MediaType a : accepted) {
            if (a.getQualityValue() == 0) {
                continue;
            }
            for (MediaType p : producible) {
                if (a.isCompatibleWith(p)) {
                    return true;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(producible);
    }
}
