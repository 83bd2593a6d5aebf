package org.trustcase.app.ui.intake;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.trustcase.app.ui.form.CaseFieldControls;
import org.trustcase.app.ui.form.FormField;
import org.trustcase.app.ui.support.Keys;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.cases.ReportChannel;
import org.trustcase.model.casework.CaseService;

/**
 * The intake form. Ctrl+Enter saves, Esc cancels, Enter in a one-line field does nothing. Creates the form's view
 * model from the services it is given.
 */
public final class IntakeController {
    private final IntakeViewModel viewModel;
    private final Messages messages;
    private final TimeText time;

    @FXML private Parent root;
    @FXML private FormField titleField;
    @FXML private TextField title;
    @FXML private FormField summaryField;
    @FXML private FormField reporterField;
    @FXML private FormField channelField;
    @FXML private ComboBox<ReportChannel> channel;
    @FXML private FormField detectedAtField;
    @FXML private FormField awareAtField;
    @FXML private FormField gapReasonField;
    @FXML private FormField jurisdictionsField;
    @FXML private FormField ownerField;
    @FXML private javafx.scene.control.ProgressIndicator savingIndicator;
    @FXML private Label savingText;
    @FXML private Label failure;
    @FXML private Label emailNote;
    @FXML private Button save;
    @FXML private Button cancel;

    public IntakeController(CaseService cases, org.trustcase.model.evidence.EvidenceService evidence, Clock clock,
            TaskExecutor tasks, Messages messages, TimeText time) {
        this.viewModel = new IntakeViewModel(cases, evidence, clock, tasks, messages, time);
        this.messages = messages;
        this.time = time;
    }

    @FXML
    private void initialize() {
        new CaseFieldControls(viewModel.form(), messages, time)
                .bind(CaseField.TITLE, titleField)
                .bind(CaseField.SUMMARY, summaryField)
                .bind(CaseField.REPORTER, reporterField)
                .bind(CaseField.CHANNEL, channelField)
                .bind(CaseField.DETECTED_AT, detectedAtField)
                .bind(CaseField.AWARE_AT, awareAtField)
                .bind(CaseField.AWARE_GAP_REASON, gapReasonField)
                .bind(CaseField.JURISDICTIONS, jurisdictionsField)
                .bind(CaseField.OWNER, ownerField);

        failure.textProperty().bind(viewModel.failureProperty());
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        failure.visibleProperty().bind(failure.managedProperty());

        save.disableProperty().bind(viewModel.canSaveProperty().not());
        // saving shows that it runs, so that a slow disk never looks like a dead button
        savingIndicator.visibleProperty().bind(viewModel.savingProperty());
        savingIndicator.managedProperty().bind(viewModel.savingProperty());
        savingText.visibleProperty().bind(viewModel.savingProperty());
        savingText.managedProperty().bind(viewModel.savingProperty());
        save.setOnAction(event -> viewModel.save());
        cancel.setOnAction(event -> viewModel.cancel());
        cancel.disableProperty().bind(viewModel.savingProperty());

        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Keys.SUBMIT.match(event)) {
                event.consume();
                viewModel.save();
            } else if (event.getCode() == KeyCode.ESCAPE && !channel.isShowing()) {
                event.consume();
                viewModel.cancel();
            }
        });
    }

    /** Fills the form from a dropped e-mail (see {@link IntakeViewModel#prefill}). */
    void prefill(EmailIntake email) {
        viewModel.prefill(email);
        emailNote.setText(messages.format("intake.email.note", email.file().getFileName()));
        emailNote.setManaged(true);
        emailNote.setVisible(true);
    }

    /** Why the dropped e-mail could not be added to the case opened; empty when it was. */
    String attachFailure() {
        return viewModel.attachFailure();
    }

    void focusFirstField() {
        title.requestFocus();
    }

    /** Called once with the created case, or empty when the intake was cancelled. */
    void setOnFinished(Consumer<Optional<BreachCase>> handler) {
        viewModel.setOnFinished(handler);
    }

    ReadOnlyBooleanProperty savingProperty() {
        return viewModel.savingProperty();
    }
}
