package org.trustcase.app.ui.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.theme.ThemeSettings;

/**
 * Asks, before files are taken in, where they come from and why they are collected: both go into each item's record
 * and its first custody event. Both may stay empty.
 */
final class ImportDialog {
    /** What the user said of the files. */
    record Details(String source, String reason) {
    }

    private ImportDialog() {
    }

    static Optional<Details> ask(Window owner, Messages messages, List<Path> files) {
        Dialog<Details> dialog = new Dialog<>();
        dialog.setTitle(messages.get("evidence.import.title"));
        dialog.setHeaderText(messages.format("evidence.import.header", files.size(), Sizes.human(total(files))));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType add = new ButtonType(messages.get("evidence.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(add, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(ThemeSettings.stylesheet());
        dialog.getDialogPane().lookupButton(add).setId("evidence-import-confirm");
        dialog.getDialogPane().setId("evidence-import-dialog");
        Label names = new Label(String.join(", ", files.stream().limit(5).map(file -> file.getFileName().toString())
                .toList()) + (files.size() > 5 ? " …" : ""));
        names.setWrapText(true);
        names.getStyleClass().add("text-muted");
        TextField source = new TextField();
        source.setId("evidence-import-source");
        source.setPromptText(messages.get("evidence.import.source.prompt"));
        TextArea reason = new TextArea();
        reason.setId("evidence-import-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(messages.get("evidence.import.reason.prompt"));
        VBox form = new VBox(6, names, new Label(messages.get("evidence.import.source")), source,
                new Label(messages.get("evidence.import.reason")), reason);
        form.setPrefWidth(460);
        dialog.getDialogPane().setContent(form);
        dialog.setResultConverter(button -> button == add ? new Details(source.getText(), reason.getText()) : null);
        dialog.setOnShown(event -> source.requestFocus());
        return dialog.showAndWait();
    }

    private static long total(List<Path> files) {
        long sum = 0;
        for (Path file : files) {
            try {
                sum += Files.size(file);
            } catch (IOException e) {
                // unreadable now: the import says so when it gets to it
            }
        }
        return sum;
    }
}
