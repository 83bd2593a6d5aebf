package org.trustcase.model.audit;

import java.util.Objects;

/** One field's value before and after a change, as text; {@code null} means "not set". */
public record FieldChange(String field, String before, String after) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
