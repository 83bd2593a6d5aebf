package org.trustcase.app.ui.assessment;

import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.assessment.Suggestion;

/** The suggestion from the latest assessment and the case's facts, with every step of its reasoning. */
public final class SuggestionController {
    private final AssessmentViewModel viewModel;
    private final Messages messages;

    @FXML private Label none;
    @FXML private VBox body;
    @FXML private Label outcome;
    @FXML private Label basis;
    @FXML private Label authority;
    @FXML private Label subjects;
    @FXML private VBox reasons;

    public SuggestionController(AssessmentViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        viewModel.suggestionProperty().addListener((observable, before, after) -> show(after));
        show(viewModel.suggestionProperty().get());
    }

    private void show(Suggestion suggestion) {
        boolean shown = suggestion != null;
        none.setVisible(!shown);
        none.setManaged(!shown);
        body.setVisible(shown);
        body.setManaged(shown);
        reasons.getChildren().clear();
        if (!shown) {
            return;
        }
        outcome.setText(messages.label(suggestion.outcome()));
        outcome.getStyleClass().removeIf(style -> style.startsWith("outcome-") && !style.equals("outcome-pill"));
        outcome.getStyleClass().add("outcome-" + suggestion.outcome().code());
        basis.setText(messages.format("suggestion.basis", suggestion.assessmentVersion()));
        authority.setText(messages.get(suggestion.notifyAuthority() ? "suggestion.authority.yes"
                : "suggestion.authority.no"));
        authority.setGraphic(icon(suggestion.notifyAuthority()));
        subjects.setText(suggestion.exception() != null
                ? messages.format("suggestion.subjects.ground", messages.label(suggestion.exception()))
                : messages.get(suggestion.notifySubjects() ? "suggestion.subjects.yes" : "suggestion.subjects.no"));
        subjects.setGraphic(icon(suggestion.notifySubjects()));
        for (String reason : messages.texts().render(suggestion.reasons())) {
            reasons.getChildren().add(reasonRow(reason));
        }
    }

    private static FontIcon icon(boolean notify) {
        FontIcon icon = new FontIcon(notify ? "mdi2e-email-arrow-right-outline" : "mdi2f-file-document-outline");
        icon.getStyleClass().add("choice-icon");
        return icon;
    }

    private static HBox reasonRow(String reason) {
        Label bullet = new Label("•");
        bullet.getStyleClass().add("text-muted");
        Label line = new Label(reason);
        line.setWrapText(true);
        line.setMinHeight(Label.USE_PREF_SIZE);
        line.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(line, Priority.ALWAYS);
        HBox row = new HBox(8, bullet, line);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("reason");
        return row;
    }
}
