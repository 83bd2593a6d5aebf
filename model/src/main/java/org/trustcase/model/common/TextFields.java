package org.trustcase.model.common;

import java.util.List;

/** The checks of free text the use cases share: a length, and no control or hidden characters. */
public final class TextFields {
    private TextFields() {
    }

    /** A one-line text ({@code null} passes). */
    public static void line(List<FieldError> errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "validation.too-long", value.length(), max));
        } else {
            PlainText.forbiddenInLine(value).ifPresent(c -> errors.add(new FieldError(field,
                    "validation.forbidden-character", PlainText.name(c))));
        }
    }

    /** A text that may break lines ({@code null} passes). */
    public static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(new FieldError(field, "validation.too-long", value.length(), max));
        } else {
            PlainText.forbiddenInText(value).ifPresent(c -> errors.add(new FieldError(field,
                    "validation.forbidden-character", PlainText.name(c))));
        }
    }
}
