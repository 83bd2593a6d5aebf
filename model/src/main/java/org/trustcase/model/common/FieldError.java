package org.trustcase.model.common;

import java.util.Objects;

/**
 * One invalid field: {@code field} is the field's stable name (as in the JSON form of a case, e.g.
 * {@code awareAt} or {@code parties[1].name}), {@code problem} what is wrong with it, as a code with
 * arguments for the interfaces to render.
 */
public record FieldError(String field, Problem problem) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
    }

    public FieldError(String field, String code, Object... args) {
        this(field, Problem.of(code, args));
    }

    /** The same problem, reported under another field name (an option of the command line, say). */
    public FieldError renamed(String newField) {
        return new FieldError(newField, problem);
    }

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
