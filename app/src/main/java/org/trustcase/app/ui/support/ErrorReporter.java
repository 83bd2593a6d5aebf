package org.trustcase.app.ui.support;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.trustcase.app.ui.theme.ThemeSettings;

/**
 * Where failures nobody expected end up: logged with their stack trace and shown to the user in
 * one dialog, so that no failure passes silently.
 */
public final class ErrorReporter {
    private static final System.Logger LOG = System.getLogger(ErrorReporter.class.getName());

    private final Messages messages;
    private final Supplier<Window> owner;

    public ErrorReporter(Messages messages, Supplier<Window> owner) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** Call on the JavaFX thread. */
    public void report(Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "unexpected failure", failure);
        Alert alert = new Alert(Alert.AlertType.ERROR, describe(failure), ButtonType.CLOSE);
        alert.setTitle(messages.get("error.unexpected.title"));
        alert.setHeaderText(messages.get("error.unexpected.header"));
        alert.getDialogPane().getStylesheets().add(ThemeSettings.stylesheet());
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.show();
    }

    /** The message of a failure, for one line of a dialog. */
    public static String describe(Throwable failure) {
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown.getMessage() != null ? shown.getMessage() : shown.getClass().getSimpleName();
    }
}
