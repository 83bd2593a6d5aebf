package org.trustcase.app.ui.signin;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import org.trustcase.app.ui.support.Messages;

/** Binds the sign-in form to its view model. */
public final class SignInController {
    private final SignInViewModel viewModel;
    private final SignInPlace place;
    private final Messages messages;

    @FXML private Label heading;
    @FXML private Label intro;
    @FXML private TextField login;
    @FXML private VBox fullNameRow;
    @FXML private TextField fullName;
    @FXML private PasswordField password;
    @FXML private VBox repeatedRow;
    @FXML private PasswordField repeated;
    @FXML private Label error;
    @FXML private Label demoHint;
    @FXML private Label workspaceFolder;
    @FXML private Hyperlink otherWorkspace;
    @FXML private Button submit;

    public SignInController(SignInViewModel viewModel, SignInPlace place, Messages messages) {
        this.viewModel = viewModel;
        this.place = place;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        boolean first = viewModel.firstAccountProperty().get();
        heading.setText(messages.get(first ? "signin.first.title" : "signin.title"));
        submit.setText(messages.get(first ? "signin.first.submit" : "signin.submit"));
        login.textProperty().bindBidirectional(viewModel.loginProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        repeated.textProperty().bindBidirectional(viewModel.repeatedProperty());
        fullName.textProperty().bindBidirectional(viewModel.fullNameProperty());
        shownWhen(fullNameRow, viewModel.firstAccountProperty());
        shownWhen(repeatedRow, viewModel.firstAccountProperty());
        shownWhen(intro, viewModel.firstAccountProperty());
        shownWhen(demoHint, viewModel.firstAccountProperty().not().and(
                new javafx.beans.property.SimpleBooleanProperty(place.demo())));
        error.textProperty().bind(viewModel.errorProperty());
        shownWhen(error, viewModel.errorProperty().isNotEmpty());
        submit.disableProperty().bind(viewModel.readyProperty().not());
        submit.setDefaultButton(true);
        workspaceFolder.setText(place.directory().toAbsolutePath().toString());
        otherWorkspace.setVisible(place.otherWorkspace() != null);
        otherWorkspace.setManaged(place.otherWorkspace() != null);
        otherWorkspace.disableProperty().bind(viewModel.busyProperty());
        login.disableProperty().bind(viewModel.busyProperty());
        password.disableProperty().bind(viewModel.busyProperty());
        javafx.application.Platform.runLater(login::requestFocus);
        viewModel.busyProperty().addListener((observable, was, now) -> {
            if (!now && !viewModel.errorProperty().get().isEmpty()) {
                password.requestFocus();
            }
        });
    }

    private static void shownWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    @FXML
    private void chooseOtherWorkspace() {
        place.otherWorkspace().run();
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }
}
