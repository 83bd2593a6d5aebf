package org.trustcase.app.ui.support;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Where failures nobody expected end up: logged with their stack trace, and shown in one dialog with a short summary
 * and the technical details behind "Details", so that no failure passes silently. The same failure again while its
 * dialog is open is counted in that dialog, and within a few seconds after it was closed only logged: repeated
 * failures never stack dialogs.
 */
public final class ErrorReporter {
    /** How long after its dialog was closed the same failure is only logged. */
    public static final Duration QUIET = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(ErrorReporter.class.getName());

    private final Messages messages;
    private final Supplier<Window> owner;
    private final Clock clock;
    private final RepeatedFailures repeated = new RepeatedFailures(QUIET);
    private final Map<String, ErrorDialog> open = new HashMap<>();

    public ErrorReporter(Messages messages, Supplier<Window> owner) {
        this(messages, owner, Clock.systemUTC());
    }

    /** @param clock measures the quiet time after a dialog was closed */
    public ErrorReporter(Messages messages, Supplier<Window> owner, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Call on the JavaFX thread. */
    public void report(Throwable failure) {
        ErrorReport report = ErrorReport.of(failure, messages);
        LOG.log(System.Logger.Level.ERROR, "unexpected failure: " + report.summary(), failure);
        switch (repeated.arrived(report.key(), clock.instant())) {
            case SHOW -> show(report);
            case COUNT_IN_OPEN_DIALOG -> open.get(report.key()).happened(repeated.count(report.key()));
            case LOG_ONLY -> { }
        }
    }

    private void show(ErrorReport report) {
        ErrorDialog dialog = ErrorDialog.create(report, messages.get("error.unexpected.header"), messages, owner.get());
        open.put(report.key(), dialog);
        dialog.alert().setOnHidden(event -> {
            open.remove(report.key());
            repeated.closed(report.key(), clock.instant());
        });
        dialog.alert().show();
    }

    /** The longest message {@link #describe} passes on whole. */
    static final int NOTICE_LIMIT = 1_000;

    /**
     * The message of a failure, for a notice: the first message along its causes, or, when that is too long to read
     * (an SQL statement, say), the short summary of {@link ErrorReport#summary}.
     */
    public static String describe(Throwable failure) {
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null && shown.getCause() != shown) {
            shown = shown.getCause();
        }
        String message = shown.getMessage();
        if (message != null && message.length() <= NOTICE_LIMIT) {
            return message;
        }
        String summary = ErrorReport.summary(failure);
        return summary != null ? summary : failure.getClass().getSimpleName();
    }
}
