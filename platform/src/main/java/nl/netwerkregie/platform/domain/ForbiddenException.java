package nl.netwerkregie.platform.domain;

/**
 * The caller may not read or do this, decided by the handler rather than by the path (for example a municipality
 * named in a query parameter): answered {@code 403}, naming the field that asked for it.
 */
public class ForbiddenException extends RuntimeException {
    private final String field;

    public ForbiddenException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
