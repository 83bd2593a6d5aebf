package org.trustcase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.trustcase.app.ui.deadlines.DeadlineAlert;
import org.trustcase.app.ui.deadlines.DeadlineNotifier;
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
    /** The deadline alerts the window gave, in order (see {@link #notifier()}). */
    protected final List<DeadlineAlert> alerts = new CopyOnWriteArrayList<>();

    /** The workspace the window shows; an empty, non-demo one unless a test says otherwise. */
    protected AppContext newContext() {
        return TestContexts.workspace(clock);
    }

    /**
     * How the window shows deadline alerts: recorded in {@link #alerts} unless a test says otherwise, so that no
     * notification popup lies over the controls a test clicks; {@code null} for the app's desktop notifications.
     */
    protected DeadlineNotifier notifier() {
        return alerts::add;
    }

    /** The files the window opened in the system's programs, in order (see {@link #viewer()}). */
    protected final List<java.nio.file.Path> opened = new CopyOnWriteArrayList<>();

    /** How the window opens files in the system's programs: recorded in {@link #opened}, nothing is started. */
    protected org.trustcase.app.ui.evidence.SystemViewer viewer() {
        return opened::add;
    }

    /** How the window prints: by default a computer without a printer, whose Save as PDF asks for nothing. */
    protected org.trustcase.app.ui.reports.Printing printing() {
        return noPrinter(suggestedName -> java.util.Optional.empty());
    }

    /** A computer without a printer, whose Save as PDF answers with {@code saveAs} (given the suggested name). */
    protected static org.trustcase.app.ui.reports.Printing noPrinter(
            java.util.function.Function<String, java.util.Optional<java.nio.file.Path>> saveAs) {
        return new org.trustcase.app.ui.reports.Printing() {
            @Override
            public boolean hasPrinter() {
                return false;
            }

            @Override
            public boolean print(javafx.stage.Window owner, byte[] pdf) {
                throw new AssertionError("no printer to print on");
            }

            @Override
            public java.util.Optional<java.nio.file.Path> saveAs(javafx.stage.Window owner, String suggestedName) {
                return saveAs.apply(suggestedName);
            }
        };
    }

    /** Call from the test's {@code @Start}. */
    protected void show(Stage stage) {
        window = MainWindow.create(context, preferences, ZoneOffset.UTC, Locale.ENGLISH, notifier(), viewer(),
                printing());
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

    /** Moves the workspace clock on and lets the window's ticking clock read it, as its timeline does every second. */
    protected void advance(FxRobot robot, java.time.Duration duration) {
        clock.advance(duration);
        robot.interact(() -> window.ticker().tick());
        settle();
    }

    /** Scrolls the nearest scroll pane holding the node so that the node is in view, as a user would. */
    protected static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof javafx.scene.control.ScrollPane pane) {
                    javafx.geometry.Bounds in = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                    double range = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                    if (range > 0) {
                        pane.setVvalue(Math.max(0, Math.min(1, (in.getMinY() - 24) / range)));
                    }
                    return;
                }
            }
        });
    }

    /**
     * The case's "still needed" checklist, opened when it is collapsed: one line per missing thing, after the step it
     * blocks ({@code For “Close case”: No remedial actions recorded}); empty when nothing is needed.
     */
    protected static String checklist(FxRobot robot) {
        if (!shown(robot, "#case-checklist")) {
            return "";
        }
        javafx.scene.control.Button toggle = robot.lookup("#checklist-toggle").queryAs(javafx.scene.control.Button.class);
        if (!robot.lookup("#checklist-items").query().isVisible()) {
            robot.interact(toggle::fire);
        }
        StringBuilder lines = new StringBuilder();
        String heading = "";
        for (Node node : ((javafx.scene.layout.Pane) robot.lookup("#checklist-items").query()).getChildren()) {
            if (node instanceof javafx.scene.control.Hyperlink item) {
                lines.append(heading).append(": ").append(item.getText()).append('\n');
            } else if (node instanceof Label group) {
                heading = group.getText();
            }
        }
        return lines.toString();
    }

    /** The titles of the rows the Cases table holds, in its order. */
    protected static java.util.List<String> listedTitles(FxRobot robot) {
        return robot.lookup("#cases-table").queryAs(javafx.scene.control.TableView.class).getItems().stream()
                .map(row -> ((org.trustcase.model.caselist.CaseRow) row).title()).toList();
    }

    protected static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
