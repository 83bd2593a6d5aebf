package org.trustcase.app.ui.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.theme.ThemeSettings;

/** Asks which active legal reviewers are assigned to the case: one check box each, the assigned ones checked. */
final class ReviewersDialog {
    private ReviewersDialog() {
    }

    static Optional<Set<String>> ask(Window owner, Messages messages, List<String> candidates,
            List<String> assigned) {
        Dialog<Set<String>> dialog = new Dialog<>();
        dialog.setTitle(messages.get("case.assign.title"));
        dialog.setHeaderText(messages.get("case.assign.header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType confirm = new ButtonType(messages.get("case.assign.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().getStylesheets().add(ThemeSettings.stylesheet());
        dialog.getDialogPane().lookupButton(confirm).setId("case-assign-confirm");
        Map<String, CheckBox> boxes = new LinkedHashMap<>();
        VBox content = new VBox(8);
        content.setPrefWidth(380);
        Set<String> everyone = new TreeSet<>(candidates);
        // someone assigned earlier and deactivated since can still be removed
        everyone.addAll(assigned);
        for (String login : everyone) {
            CheckBox box = new CheckBox(login);
            box.setId("case-assign-" + login);
            box.setSelected(assigned.contains(login));
            boxes.put(login, box);
            content.getChildren().add(box);
        }
        if (everyone.isEmpty()) {
            Label none = new Label(messages.get("case.assign.none"));
            none.setWrapText(true);
            content.getChildren().add(none);
        }
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> {
            if (button != confirm) {
                return null;
            }
            Set<String> chosen = new TreeSet<>();
            boxes.forEach((login, box) -> {
                if (box.isSelected()) {
                    chosen.add(login);
                }
            });
            return chosen;
        });
        return dialog.showAndWait();
    }
}
