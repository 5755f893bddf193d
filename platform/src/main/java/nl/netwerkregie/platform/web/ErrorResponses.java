package nl.netwerkregie.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error the services can send is problem+json with the security headers, also those that no
 * controller produced: an error forwarded to {@code /error} by the servlet container (a filter's
 * {@code sendError}, an exception outside Spring MVC) is answered here, a direct request for
 * {@code /error} is an unknown resource ({@code 404}), and a request Tomcat refuses before any
 * servlet sees it (an encoded slash, NUL or backslash in the path, a header too large, a malformed
 * header) is answered by {@link ProblemReportValve} instead of Tomcat's HTML page.
 */
@RestController
public class ErrorResponses implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : 404;
        String detail = status == 404
                ? "there is no resource at this path; the contract at /v1/openapi.json lists every path"
                : status >= 500
                        ? "the request could not be handled; nothing was recorded unless a response said so"
                        : "the request was refused";
        ResponseHeadersFilter.apply(request.getRequestURI(), response);
        Problems.write(
                request,
                response,
                status,
                status == 404 ? "not-found" : "http-" + status,
                title(status),
                detail,
                List.of());
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** Tomcat's own error page, as problem+json: for requests refused before they reach a servlet. */
    public static class ProblemReportValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.resetBuffer();
                ResponseHeadersFilter.apply("", response);
                response.setContentType("application/problem+json");
                String detail = status == 400
                        ? "the request line or its headers are malformed: the path must not hold "
                                + "encoded slashes, NUL, backslashes or braces, and headers must be well-formed and under 8 KB"
                        : "the request was refused";
                String body = "{\"type\":\"" + Problems.TYPE_PREFIX + "http-" + status + "\",\"title\":\""
                        + title(status) + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
                OutputStream out = response.getOutputStream();
                out.write(body.getBytes(StandardCharsets.UTF_8));
                response.finishResponse();
            } catch (IOException | IllegalStateException ignored) {
                // the client is gone or the response was already committed: nothing more can be sent
            }
        }
    }
}
