package org.trustcase.model.common;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a validation rule; nothing has been stored. Each error names its field;
 * {@link #problems()} are the errors' problems in the same order.
 */
public final class ValidationException extends TrustcaseException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(technical(errors), errors.stream().map(FieldError::problem).toList(), null);
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String code, Object... args) {
        this(List.of(new FieldError(field, code, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String technical(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one error");
        }
        return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }
}
