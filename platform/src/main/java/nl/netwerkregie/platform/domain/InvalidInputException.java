package nl.netwerkregie.platform.domain;

import java.util.List;

/** The request is malformed: answered {@code 400} with every field at fault. Nothing was recorded. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream()
                .map(e -> e.field() + ": " + e.reason())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String reason) {
        this(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
