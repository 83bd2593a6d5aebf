package org.trustcase.app.ui.shell;

import java.time.Duration;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.audit.AuditVerification;
import org.trustcase.model.audit.CheckpointSigner;
import org.trustcase.model.auditing.AuditService;

/**
 * The audit trail as the window reports it: checked in the background when the window opens and whenever the user
 * asks, its result in the status bar, and a failure as a banner that stays for as long as the window is open (the
 * failure is recorded in the trail by the check itself). While the window is open, a checkpoint is signed when one
 * is due (a day after the last, if the trail grew).
 */
public final class TrailStatus {
    /** Where the last check stands. */
    public enum State { CHECKING, INTACT, BROKEN, UNCHECKED }

    /** How often the window looks whether a day's checkpoint is due. */
    private static final javafx.util.Duration LOOK_FOR_CHECKPOINT = javafx.util.Duration.hours(1);
    private static final Duration CHECKPOINT_EVERY = Duration.ofDays(1);

    private final AuditService audit;
    private final CheckpointSigner checkpoints;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.UNCHECKED);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty banner = new SimpleStringProperty(this, "banner", "");
    private final Timeline daily;
    private final java.time.Clock clock;
    /** The last check's result and when it ended, or null before the first. */
    private volatile Checked last;

    /** A check of the trail: its result, and when it was made. */
    public record Checked(AuditVerification result, java.time.Instant at) {
    }

    public TrailStatus(AuditService audit, CheckpointSigner checkpoints, TaskExecutor tasks, Messages messages) {
        this(audit, checkpoints, tasks, messages, java.time.Clock.systemUTC());
    }

    /** @param clock when a check is said to have been made */
    public TrailStatus(AuditService audit, CheckpointSigner checkpoints, TaskExecutor tasks, Messages messages,
            java.time.Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.daily = new Timeline(new KeyFrame(LOOK_FOR_CHECKPOINT, event -> signIfDue()));
        daily.setCycleCount(Animation.INDEFINITE);
    }

    /** Checks the trail now, in the background; a check already running is not started twice. */
    public void verify() {
        if (state.get() == State.CHECKING) {
            return;
        }
        state.set(State.CHECKING);
        text.set(messages.get("trail.checking"));
        tasks.longJob(progress -> audit.verify())
                .onSuccess(this::show)
                .onError(RuntimeException.class, failure -> {
                    state.set(State.UNCHECKED);
                    text.set(messages.format("trail.error", messages.describe(failure)));
                })
                .start();
    }

    /** Checks the trail, then looks every hour whether a day's checkpoint is due. JavaFX thread. */
    public void start() {
        verify();
        daily.play();
    }

    public void stop() {
        daily.stop();
    }

    /** The last check made in this window, if any (a report's footer names it). */
    public java.util.Optional<Checked> last() {
        return java.util.Optional.ofNullable(last);
    }

    private void show(AuditVerification result) {
        last = new Checked(result, clock.instant());
        if (result.ok()) {
            state.set(State.INTACT);
            text.set(messages.format("trail.intact", result.events()));
            signIfDue();
            return;
        }
        state.set(State.BROKEN);
        String found = messages.render(result.problem());
        text.set(result.firstBadSeq() > 0 ? messages.format("trail.broken", Long.toString(result.firstBadSeq()))
                : messages.get(result.aboutCheckpoints() ? "trail.broken.checkpoints" : "trail.broken.records"));
        // the first failure stays: a later check that passes does not make it unsaid
        if (banner.get().isEmpty()) {
            banner.set(messages.format("trail.banner", found));
        }
    }

    /** Signs a checkpoint when a day has passed since the last one and the trail grew; never over a broken trail. */
    private void signIfDue() {
        if (state.get() != State.INTACT) {
            return;
        }
        tasks.create(() -> checkpoints.signIfDue(CHECKPOINT_EVERY)).start();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** The status bar's words for the last check. */
    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** The banner's words once a check failed; empty until then. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner;
    }
}
