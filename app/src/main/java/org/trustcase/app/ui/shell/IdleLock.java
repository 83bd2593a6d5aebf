package org.trustcase.app.ui.shell;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;

/**
 * Locks the window after a spell without input (a key, the mouse, a scroll, a touch) on it, checked twice a minute.
 * Install it on the window's root; stop it when the window closes.
 */
public final class IdleLock {
    /** What a professional tool on a shared desk does by default. */
    public static final Duration DEFAULT = Duration.ofMinutes(15);

    private final Duration after;
    private final Runnable lock;
    private final LongSupplier nanoTime;
    private final Timeline check;
    private long lastInput;

    public IdleLock(Duration after, Runnable lock, LongSupplier nanoTime) {
        this.after = Objects.requireNonNull(after, "after");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.lastInput = nanoTime.getAsLong();
        this.check = new Timeline(new KeyFrame(javafx.util.Duration.seconds(30), event -> checkNow()));
        check.setCycleCount(Timeline.INDEFINITE);
    }

    /** Counts input on {@code root} and its children, and starts checking. */
    public void install(Node root) {
        EventHandler<Event> seen = event -> lastInput = nanoTime.getAsLong();
        root.addEventFilter(InputEvent.ANY, seen);
        check.play();
    }

    /** Locks when no input came for the whole spell. */
    void checkNow() {
        if (nanoTime.getAsLong() - lastInput >= after.toNanos()) {
            lastInput = nanoTime.getAsLong();
            lock.run();
        }
    }

    public void stop() {
        check.stop();
    }
}
