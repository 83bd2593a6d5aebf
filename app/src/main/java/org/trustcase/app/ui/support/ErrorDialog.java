package org.trustcase.app.ui.support;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.trustcase.app.ui.theme.ThemeSettings;

/**
 * The error dialog: a short header and summary, how often the failure happened, and the technical details in a
 * collapsed "Details" area. Never wider than the screen it opens on.
 */
public final class ErrorDialog {
    /** The widest the dialog is by choice; a narrower screen makes it narrower. */
    static final double PREFERRED_WIDTH = 560;
    private static final double SCREEN_MARGIN = 48;

    private final Alert alert;
    private final Label repeats;
    private final Messages messages;

    private ErrorDialog(Alert alert, Label repeats, Messages messages) {
        this.alert = alert;
        this.repeats = repeats;
        this.messages = messages;
    }

    /**
     * @param header what went wrong in the user's words (a text from the bundle)
     * @param owner  the window the dialog belongs to; {@code null} or a hidden window for none
     */
    public static ErrorDialog create(ErrorReport report, String header, Messages messages, Window owner) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.setTitle(messages.get("error.unexpected.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().add(ThemeSettings.stylesheet());
        alert.getDialogPane().setId("error-dialog");
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        Rectangle2D screen = screenOf(owner);
        double width = Math.min(PREFERRED_WIDTH, screen.getWidth() - SCREEN_MARGIN);

        Label summary = new Label(report.summary());
        summary.setId("error-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(width);
        summary.setMinHeight(Region.USE_PREF_SIZE);

        Label repeats = new Label();
        repeats.setId("error-repeats");
        repeats.getStyleClass().add("text-muted");
        repeats.managedProperty().bind(repeats.textProperty().isNotEmpty());
        repeats.visibleProperty().bind(repeats.managedProperty());

        TextArea text = new TextArea(report.details());
        text.setId("error-details-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        text.setPrefColumnCount(40);
        TitledPane details = new TitledPane(messages.get("error.details"), text);
        details.setId("error-details");
        details.setExpanded(false);
        details.setAnimated(false);
        details.setMaxWidth(width);

        VBox content = new VBox(10, summary, repeats, details);
        content.setMaxWidth(width);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setPrefWidth(width);
        alert.getDialogPane().setMaxWidth(width);
        alert.setResizable(true);
        alert.getDialogPane().setMaxHeight(screen.getHeight() - SCREEN_MARGIN);
        // wrapped texts are taller than a first measure says: once shown, the window takes the size they need
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.setOnShown(event -> Platform.runLater(() -> fit(alert)));
        // the window follows the details: once they are laid out, it takes the size they need
        details.expandedProperty().addListener((observable, was, expanded) -> Platform.runLater(() -> fit(alert)));
        return new ErrorDialog(alert, repeats, messages);
    }

    public Alert alert() {
        return alert;
    }

    /** Says that the failure happened {@code count} times (nothing for once). */
    public void happened(int count) {
        repeats.setText(count > 1 ? messages.format("error.repeated", count) : "");
        Platform.runLater(() -> fit(alert));
    }

    private static void fit(Alert alert) {
        Window window = alert.getDialogPane().getScene() == null ? null : alert.getDialogPane().getScene().getWindow();
        if (window != null && window.isShowing()) {
            window.sizeToScene();
        }
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner != null && owner.isShowing()) {
            List<Screen> screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1,
                    owner.getWidth()), Math.max(1, owner.getHeight()));
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
