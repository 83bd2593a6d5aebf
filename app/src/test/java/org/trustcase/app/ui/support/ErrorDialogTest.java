package org.trustcase.app.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trustcase.app.ui.theme.ThemeSettings;
import org.trustcase.app.ui.theme.UiPreferences;

/** The error dialog as the user sees it: short text, details on request, one dialog for repeated failures. */
@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {
    private static final String TOO_BIG = "[SQLITE_TOOBIG] String or BLOB exceeds size limit (string or blob too big)";

    private Stage stage;
    private ErrorReporter reporter;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new ThemeSettings(UiPreferences.inMemory()).apply();
        stage.setScene(new Scene(new StackPane(new Label("window")), 800, 600));
        stage.show();
        // a clock that stands still: "shortly after" does not depend on how fast the test runs
        reporter = new ErrorReporter(Messages.forLocale(Locale.ENGLISH), () -> stage,
                Clock.fixed(Instant.parse("2026-03-30T10:00:00Z"), ZoneOffset.UTC));
    }

    private static RuntimeException tooBigStatement() {
        String sql = "insert into audit_event (changes) values ('" + "x".repeat(1_500_000) + "')";
        return new IllegalStateException("SQL [" + sql + "]; " + TOO_BIG, new SQLException(TOO_BIG));
    }

    private static List<Window> dialogs(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(window -> window.isShowing() && window.getScene().getRoot() instanceof DialogPane)
                .collect(Collectors.toList());
    }

    private void report(FxRobot robot, Throwable failure) {
        robot.interact(() -> reporter.report(failure));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aHugeFailureShowsAShortTextWithTheDetailsBehindDetailsInADialogNoWiderThanTheScreen(FxRobot robot) {
        report(robot, tooBigStatement());

        assertThat(dialogs(robot)).hasSize(1);
        Window dialog = dialogs(robot).get(0);
        String shown = robot.lookup("#error-summary").queryAs(Label.class).getText();
        assertThat(shown).isEqualTo(TOO_BIG);
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        assertThat(pane.getHeaderText()).isEqualTo(
                "Something went wrong. Nothing was lost, but the last action may not have completed.");
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(Screen.getPrimary().getVisualBounds().getWidth());
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(ErrorDialog.PREFERRED_WIDTH + 40);

        assertWithin(dialog, pane.lookupButton(ButtonType.CLOSE));

        TitledPane details = robot.lookup("#error-details").queryAs(TitledPane.class);
        assertThat(details.getText()).isEqualTo("Details");
        assertThat(details.isExpanded()).isFalse();
        robot.clickOn("#error-details .title");
        assertThat(details.isExpanded()).isTrue();
        assertThat(robot.lookup("#error-details-text").queryAs(TextArea.class).getText())
                .contains("SQL [insert into audit_event").contains("Caused by: java.sql.SQLException");
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(Screen.getPrimary().getVisualBounds().getWidth());

        assertWithin(dialog, pane.lookupButton(ButtonType.CLOSE));

        robot.clickOn(pane.lookupButton(ButtonType.CLOSE));
        assertThat(dialogs(robot)).isEmpty();
    }

    /** The node lies inside the window: nothing of the dialog is cut off. */
    private static void assertWithin(Window window, Node node) {
        Bounds bounds = node.localToScreen(node.getLayoutBounds());
        assertThat(bounds.getMaxY()).as("bottom of %s", node).isLessThanOrEqualTo(window.getY() + window.getHeight());
        assertThat(bounds.getMaxX()).as("right of %s", node).isLessThanOrEqualTo(window.getX() + window.getWidth());
    }

    @Test
    void repeatedIdenticalFailuresShowOneDialogThatCountsThem(FxRobot robot) {
        report(robot, tooBigStatement());
        report(robot, tooBigStatement());
        report(robot, tooBigStatement());

        assertThat(dialogs(robot)).hasSize(1);
        assertThat(robot.lookup("#error-repeats").queryAs(Label.class).getText())
                .isEqualTo("This happened 3 times in a row.");

        DialogPane pane = (DialogPane) dialogs(robot).get(0).getScene().getRoot();
        assertWithin(dialogs(robot).get(0), pane.lookupButton(ButtonType.CLOSE));
        robot.clickOn(pane.lookupButton(ButtonType.CLOSE));
        report(robot, tooBigStatement());
        assertThat(dialogs(robot)).as("the same failure right after its dialog was closed").isEmpty();

        report(robot, new IllegalStateException("disk gone"));
        assertThat(dialogs(robot)).hasSize(1);
        assertThat(robot.lookup("#error-summary").queryAs(Label.class).getText()).isEqualTo("disk gone");
        robot.interact(() -> ((DialogPane) dialogs(robot).get(0).getScene().getRoot()).getScene().getWindow().hide());
    }
}
