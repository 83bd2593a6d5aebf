package org.trustcase.model.notifications;

import java.util.List;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.PlainText;

/** The checks of free text the notification use cases share: a length, and no control or hidden characters. */
final class TextChecks {
    private TextChecks() {
    }

    /** A one-line text ({@code null} passes). */
    static void line(List<FieldError> errors, String field, String value, int max) {
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
    static void text(List<FieldError> errors, String field, String value, int max) {
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
