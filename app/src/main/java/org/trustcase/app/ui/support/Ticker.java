package org.trustcase.app.ui.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The window's one ticking clock: every second it reads the application clock into {@link #nowProperty()}, which
 * live countdowns and deadline alerts follow. One {@link Timeline} serves the whole window, however many clocks
 * are shown. Use on the JavaFX thread.
 */
public final class Ticker {
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Instant> now;
    private final Timeline timeline;

    public Ticker(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.now = new ReadOnlyObjectWrapper<>(this, "now", clock.instant());
        this.timeline = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    /** The application clock's instant at the last tick. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public Instant now() {
        return now.get();
    }

    /** Reads the application clock now (the timeline does so every second). */
    public void tick() {
        now.set(clock.instant());
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }
}
