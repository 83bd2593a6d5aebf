package org.trustcase.app.ui.welcome;

import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.trustcase.app.ui.support.FolderChooser;
import org.trustcase.app.ui.support.Messages;

/** Binds the welcome screen to its view model; the folder dialogs are the system's. */
public final class WelcomeController {
    private final WelcomeViewModel viewModel;
    private final Messages messages;

    @FXML private Button create;
    @FXML private Label error;
    @FXML private VBox recentBox;
    @FXML private VBox recentList;

    public WelcomeController(WelcomeViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        for (Path folder : viewModel.recent()) {
            Hyperlink link = new Hyperlink(folder.toString());
            link.getStyleClass().add("welcome-recent");
            link.setOnAction(event -> viewModel.open(folder));
            recentList.getChildren().add(link);
        }
        recentBox.setVisible(!viewModel.recent().isEmpty());
        recentBox.setManaged(!viewModel.recent().isEmpty());
        javafx.application.Platform.runLater(create::requestFocus);
    }

    @FXML
    private void create() {
        FolderChooser.choose(create.getScene().getWindow(), messages.get("welcome.new.chooser"))
                .ifPresent(viewModel::create);
    }

    @FXML
    private void open() {
        FolderChooser.choose(create.getScene().getWindow(), messages.get("welcome.open.chooser"))
                .ifPresent(viewModel::open);
    }

    @FXML
    private void demo() {
        viewModel.demo();
    }

}
