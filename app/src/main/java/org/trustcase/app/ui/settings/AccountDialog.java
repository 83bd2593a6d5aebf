package org.trustcase.app.ui.settings;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.theme.ThemeSettings;
import org.trustcase.model.common.Role;
import org.trustcase.model.users.UserService;

/** Asks for a new account (login, name, role, password typed twice), or for a new password alone. */
final class AccountDialog {
    private AccountDialog() {
    }

    static Optional<AccountsViewModel.NewAccount> askNew(Window owner, Messages messages) {
        Dialog<AccountsViewModel.NewAccount> dialog = new Dialog<>();
        ButtonType confirm = prepare(dialog, owner, messages.get("accounts.add.title"), messages.get("accounts.add"));
        TextField login = field("account-login");
        TextField fullName = field("account-full-name");
        ComboBox<Role> role = new ComboBox<>();
        role.setId("account-role");
        role.getItems().setAll(Role.values());
        role.setCellFactory(list -> roleCell(messages));
        role.setButtonCell(roleCell(messages));
        role.setValue(Role.LEGAL_REVIEWER);
        PasswordField password = password("account-password");
        PasswordField again = password("account-password-again");
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("signin.login")), login);
        grid.addRow(1, new Label(messages.get("accounts.full-name")), fullName);
        grid.addRow(2, new Label(messages.get("accounts.role")), role);
        grid.addRow(3, new Label(messages.get("signin.password")), password);
        grid.addRow(4, new Label(messages.get("signin.password.again")), again);
        grid.add(hint(messages), 1, 5);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(Bindings.createBooleanBinding(
                () -> login.getText().isBlank() || password.getText().length() < UserService.MIN_PASSWORD
                        || !password.getText().equals(again.getText()),
                login.textProperty(), password.textProperty(), again.textProperty()));
        dialog.setResultConverter(button -> button == confirm ? new AccountsViewModel.NewAccount(
                login.getText().strip(), fullName.getText(), role.getValue(), password.getText().toCharArray()) : null);
        Platform.runLater(login::requestFocus);
        return dialog.showAndWait();
    }

    /** A new password, typed twice; with {@code askCurrent} the current one first (one's own account). */
    static Optional<char[][]> askPassword(Window owner, Messages messages, String login, boolean askCurrent) {
        Dialog<char[][]> dialog = new Dialog<>();
        ButtonType confirm = prepare(dialog, owner, messages.format("accounts.password.title", login),
                messages.get("accounts.password.set"));
        PasswordField current = password("account-current-password");
        PasswordField password = password("account-password");
        PasswordField again = password("account-password-again");
        GridPane grid = grid();
        int row = 0;
        if (askCurrent) {
            grid.addRow(row++, new Label(messages.get("accounts.password.current")), current);
        }
        grid.addRow(row++, new Label(messages.get("accounts.password.new")), password);
        grid.addRow(row++, new Label(messages.get("signin.password.again")), again);
        grid.add(hint(messages), 1, row);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(Bindings.createBooleanBinding(
                () -> (askCurrent && current.getText().isEmpty())
                        || password.getText().length() < UserService.MIN_PASSWORD
                        || !password.getText().equals(again.getText()),
                current.textProperty(), password.textProperty(), again.textProperty()));
        dialog.setResultConverter(button -> button == confirm ? new char[][] {
            askCurrent ? current.getText().toCharArray() : null, password.getText().toCharArray()} : null);
        Platform.runLater(askCurrent ? current::requestFocus : password::requestFocus);
        return dialog.showAndWait();
    }

    private static ButtonType prepare(Dialog<?> dialog, Window owner, String title, String confirmText) {
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(ThemeSettings.stylesheet());
        dialog.getDialogPane().lookupButton(confirm).setId("account-confirm");
        return confirm;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPrefWidth(460);
        return grid;
    }

    private static Label hint(Messages messages) {
        Label hint = new Label(messages.format("accounts.password.hint", UserService.MIN_PASSWORD));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        return hint;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static PasswordField password(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }

    private static ListCell<Role> roleCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.label(item));
            }
        };
    }
}
