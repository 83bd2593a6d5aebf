package org.trustcase.app.ui.welcome;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.trustcase.app.ui.support.Messages;

/** Binds the welcome screen to its view model; the folder choosers are the system's. */
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
        error.managedProperty().bind(Bindings.createBooleanBinding(error::isVisible, error.visibleProperty()));
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
        File folder = chooser("welcome.new.chooser").showDialog(create.getScene().getWindow());
        if (folder != null) {
            viewModel.create(folder.toPath());
        }
    }

    @FXML
    private void open() {
        File folder = chooser("welcome.open.chooser").showDialog(create.getScene().getWindow());
        if (folder != null) {
            viewModel.open(folder.toPath());
        }
    }

    @FXML
    private void demo() {
        viewModel.demo();
    }

    private DirectoryChooser chooser(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get(title));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }
}
