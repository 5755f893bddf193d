package nl.netwerkregie.platform.domain;

/** One field at fault in a request: its JSON path (e.g. {@code buurten[1]}) or header/parameter name, and why. */
public record FieldError(String field, String reason) {}
