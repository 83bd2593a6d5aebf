package org.trustcase.app.ui.deadlines;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trustcase.app.ui.theme.ThemeSettings;

/** What the deadline dialogs share: owner, styling, a confirm button with the stable id {@code deadline-confirm}. */
final class DialogForm {
    private DialogForm() {
    }

    /** Sets up the dialog and returns its confirm button type. */
    static ButtonType prepare(Dialog<?> dialog, Window owner, String title, String header, String confirmText) {
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().addAll(ThemeSettings.stylesheet(), Stylesheet.url());
        dialog.getDialogPane().getStyleClass().add("deadline-dialog");
        dialog.getDialogPane().lookupButton(confirm).setId("deadline-confirm");
        return confirm;
    }

    static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add("form-field-caption");
        caption.setWrapText(true);
        return caption;
    }

    static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("form-field-hint");
        hint.setWrapText(true);
        return hint;
    }

    static Label problem() {
        Label problem = new Label();
        problem.getStyleClass().add("form-field-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        return problem;
    }

    static VBox content(Node... children) {
        VBox content = new VBox(6, children);
        content.setPrefWidth(480);
        return content;
    }

    static void focusLater(Node node) {
        Platform.runLater(node::requestFocus);
    }

    /**
     * A time typed in the user's zone ({@code yyyy-MM-dd HH:mm}), read as it is typed: the field, the problem shown
     * under it while the text is not a plausible past time, and the instant read.
     */
    record InstantInput(javafx.scene.control.TextField field, Label problem,
            javafx.beans.binding.ObjectBinding<TypedInstant> typed) {

        static InstantInput of(String id, java.time.Instant initial, java.time.Instant now,
                org.trustcase.app.ui.support.TimeText time, org.trustcase.app.ui.support.Messages messages) {
            javafx.scene.control.TextField field = new javafx.scene.control.TextField(time.input(initial));
            field.setId(id);
            field.setPromptText(org.trustcase.app.ui.support.TimeText.INPUT_PATTERN);
            Label problem = DialogForm.problem();
            javafx.beans.binding.ObjectBinding<TypedInstant> typed = javafx.beans.binding.Bindings.createObjectBinding(
                    () -> TypedInstant.read(field.getText(), now, time, messages), field.textProperty());
            problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> typed.get().valid() ? "" : typed.get().problem(), typed));
            return new InstantInput(field, problem, typed);
        }
    }
}
