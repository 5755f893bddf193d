package nl.netwerkregie.platform.domain;

/** A theme, actor, ingredient or contact that does not exist (in this municipality): answered {@code 404}. */
public class UnknownResourceException extends RuntimeException {
    private final String resource;
    private final String field;

    /**
     * @param resource what kind of thing was not found, e.g. {@code actor}
     * @param id       the id asked for
     * @param field    the request field or path parameter that named it
     */
    public UnknownResourceException(String resource, String id, String field) {
        super("no " + resource + " " + id + " is known here");
        this.resource = resource;
        this.field = field;
    }

    public String resource() {
        return resource;
    }

    public String field() {
        return field;
    }
}
