package nl.netwerkregie.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.netwerkregie.platform.domain.FieldError;
import nl.netwerkregie.platform.domain.InvalidInputException;

/**
 * Turns the raw fields of a request into value types, collecting every field at fault instead of
 * stopping at the first. The value types do the checking; this only names the field.
 */
public final class Inputs {
    private final List<FieldError> errors = new ArrayList<>();

    /** A required field: {@code null} when missing or invalid (the error is recorded). */
    public <R, T> T required(String field, R raw, Function<R, T> convert) {
        if (raw == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return convert(field, raw, convert);
    }

    /** An optional field: {@code null} when absent. */
    public <R, T> T optional(String field, R raw, Function<R, T> convert) {
        return raw == null ? null : convert(field, raw, convert);
    }

    /**
     * A list of {@code min}..{@code max} elements, each converted; {@code null} elements are refused. A list
     * with too few elements still has each of them checked, so every fault is named at once; one with too
     * many is refused for its length alone.
     */
    public <R, T> List<T> list(String field, List<R> raw, Function<R, T> convert, int min, int max) {
        if (raw == null) {
            if (min > 0) {
                errors.add(new FieldError(field, "is required"));
            }
            return List.of();
        }
        if (raw.size() < min || raw.size() > max) {
            errors.add(new FieldError(field, "must hold " + min + " to " + max + " elements"));
            if (raw.size() > max) {
                return List.of();
            }
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            T v = required(field + "[" + i + "]", raw.get(i), convert);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    public void reject(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }

    /** Throws {@link InvalidInputException} with every error collected so far, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private <R, T> T convert(String field, R raw, Function<R, T> convert) {
        try {
            return convert.apply(raw);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage() == null ? "is invalid" : e.getMessage()));
            return null;
        }
    }
}
