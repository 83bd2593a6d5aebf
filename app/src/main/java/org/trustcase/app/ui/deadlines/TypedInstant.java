package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;

/**
 * A date and time typed in a dialog, read in the user's zone: the instant, or what is wrong with the text (not
 * a date and time, in the future, or empty).
 *
 * @param instant the instant; null when the text is not acceptable
 * @param problem what is wrong, for the dialog; empty for blank text, null when acceptable
 */
record TypedInstant(Instant instant, String problem) {

    static TypedInstant read(String text, Instant now, TimeText time, Messages messages) {
        Instant instant;
        try {
            instant = time.parse(text).orElse(null);
        } catch (DateTimeParseException e) {
            return new TypedInstant(null, messages.format("deadlines.dialog.invalid", text.strip(),
                    TimeText.INPUT_PATTERN));
        }
        if (instant == null) {
            return new TypedInstant(null, "");
        }
        if (instant.isAfter(now)) {
            return new TypedInstant(null, messages.get("deadlines.dialog.future"));
        }
        return new TypedInstant(instant, null);
    }

    boolean valid() {
        return instant != null;
    }
}
