package nl.netwerkregie.platform.web;

/** The views do not yet include the version a consistency token asks for: answered {@code 503} with {@code Retry-After}. */
public class NotYetConsistentException extends RuntimeException {
    private final int retryAfterSeconds;

    public NotYetConsistentException(String detail, int retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
