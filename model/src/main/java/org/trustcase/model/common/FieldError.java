package org.trustcase.model.common;

import java.util.Objects;

/**
 * One invalid field: {@code field} is the field's stable name (as in the JSON form of a case, e.g.
 * {@code awareAt} or {@code parties[1].name}), {@code message} says what is wrong in plain words.
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
