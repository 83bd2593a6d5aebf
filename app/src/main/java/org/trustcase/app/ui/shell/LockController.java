package org.trustcase.app.ui.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import org.trustcase.app.ui.support.Messages;

/** Binds the lock screen, which covers the whole window while it is locked. */
public final class LockController {
    private final LockViewModel viewModel;
    private final SessionControls sessionControls;
    private final Messages messages;

    @FXML private StackPane root;
    @FXML private Label text;
    @FXML private PasswordField password;
    @FXML private Label error;
    @FXML private Button unlock;

    public LockController(LockViewModel viewModel, SessionControls sessionControls, Messages messages) {
        this.viewModel = viewModel;
        this.sessionControls = sessionControls;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(viewModel.lockedProperty());
        text.setText(messages.format("lock.text", viewModel.login()));
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        password.disableProperty().bind(viewModel.checkingProperty());
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        unlock.disableProperty().bind(viewModel.passwordProperty().isEmpty().or(viewModel.checkingProperty()));
        password.setOnAction(event -> viewModel.unlock());
        viewModel.lockedProperty().addListener((observable, was, now) -> {
            if (now) {
                password.requestFocus();
            }
        });
    }

    @FXML
    private void unlock() {
        viewModel.unlock();
    }

    @FXML
    private void signOut() {
        sessionControls.signOut();
    }
}
