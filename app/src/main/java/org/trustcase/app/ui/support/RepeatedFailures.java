package org.trustcase.app.ui.support;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps identical failures from stacking dialogs: while the dialog of a failure is open, the same failure again only
 * counts in that dialog; after it is closed, the same failure within a short quiet time is only logged. A different
 * failure gets its own dialog. Use on one thread (the JavaFX thread).
 */
final class RepeatedFailures {
    /** What to do with a failure that arrived. */
    enum Outcome {
        /** Show a dialog for it. */
        SHOW,
        /** Its dialog is open: count it there. */
        COUNT_IN_OPEN_DIALOG,
        /** Its dialog was closed a moment ago: only log it. */
        LOG_ONLY
    }

    private final Duration quiet;
    private final Map<String, Entry> entries = new HashMap<>();

    RepeatedFailures(Duration quiet) {
        this.quiet = Objects.requireNonNull(quiet, "quiet");
    }

    Outcome arrived(String key, Instant now) {
        entries.values().removeIf(entry -> !entry.open && !now.isBefore(entry.lastSeen.plus(quiet)));
        Entry entry = entries.get(key);
        if (entry == null) {
            entries.put(key, new Entry(now));
            return Outcome.SHOW;
        }
        entry.lastSeen = now;
        entry.count++;
        return entry.open ? Outcome.COUNT_IN_OPEN_DIALOG : Outcome.LOG_ONLY;
    }

    /** How often the failure arrived since its dialog was shown. */
    int count(String key) {
        Entry entry = entries.get(key);
        return entry == null ? 0 : entry.count;
    }

    /** The dialog of the failure was closed; the quiet time starts now. */
    void closed(String key, Instant now) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.open = false;
            entry.lastSeen = now;
        }
    }

    private static final class Entry {
        private boolean open = true;
        private int count = 1;
        private Instant lastSeen;

        Entry(Instant now) {
            this.lastSeen = now;
        }
    }
}
