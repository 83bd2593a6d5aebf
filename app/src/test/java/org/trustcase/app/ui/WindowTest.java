package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trustcase.app.AppContext;
import org.trustcase.app.testing.MutableClock;
import org.trustcase.app.testing.TestContexts;
import org.trustcase.app.ui.theme.UiPreferences;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;

/**
 * What the window tests share: a main window on a new SQLite workspace (UTC, English), waiting for
 * background work, and small keyboard helpers. Tests go through {@link AppContext} only.
 */
abstract class WindowTest {
    protected static final Instant NOW = Instant.parse("2026-03-30T10:00:00Z");

    protected final MutableClock clock = new MutableClock(NOW);
    protected final AppContext context = newContext();
    protected final UiPreferences preferences = UiPreferences.inMemory();
    protected MainWindow window;

    /** The workspace the window shows; an empty, non-demo one unless a test says otherwise. */
    protected AppContext newContext() {
        return TestContexts.workspace(clock);
    }

    /** Call from the test's {@code @Start}. */
    protected void show(Stage stage) {
        window = MainWindow.create(context, preferences, ZoneOffset.UTC, Locale.ENGLISH);
        stage.setScene(window.scene());
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void shutDownWindow() {
        if (window != null) {
            window.shutDown();
        }
        context.close();
    }

    protected BreachCase seed(String title) {
        return context.cases().open(CaseDetails.builder().title(title).awareAt(NOW.minusSeconds(3600)).build());
    }

    /** Waits until background work and what it queued on the JavaFX thread are done. */
    protected void settle() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        do {
            WaitForAsyncUtils.waitForFxEvents();
        } while (!window.isIdle() && System.nanoTime() < deadline);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isIdle()).as("background work finished").isTrue();
    }

    protected static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /** Puts the keyboard focus on a control (which may be scrolled out of view). */
    protected static void focus(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
    }

    /**
     * Sends typed text to the window holding {@code query} (a dialog just opened): headless, the
     * window that had the focus still counts as focused until something is clicked.
     */
    protected static void typeInto(FxRobot robot, String query) {
        robot.targetWindow(robot.lookup(query).query().getScene().getWindow());
    }

    /** True when the node and all its ancestors are visible. */
    protected static boolean shown(FxRobot robot, String query) {
        for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
