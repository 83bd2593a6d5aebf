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
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.trustcase.app.ui.form.CaseForm;
import org.trustcase.app.ui.form.FormBinder;
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
    @FXML private TextArea summary;
    @FXML private FormField reporterField;
    @FXML private TextField reporter;
    @FXML private FormField channelField;
    @FXML private ComboBox<ReportChannel> channel;
    @FXML private FormField detectedAtField;
    @FXML private TextField detectedAt;
    @FXML private FormField awareAtField;
    @FXML private TextField awareAt;
    @FXML private FormField gapReasonField;
    @FXML private TextArea gapReason;
    @FXML private FormField jurisdictionsField;
    @FXML private TextField jurisdictions;
    @FXML private Label failure;
    @FXML private Button save;
    @FXML private Button cancel;

    public IntakeController(CaseService cases, Clock clock, TaskExecutor tasks, Messages messages, TimeText time) {
        this.viewModel = new IntakeViewModel(cases, clock, tasks, messages, time);
        this.messages = messages;
        this.time = time;
    }

    @FXML
    private void initialize() {
        CaseForm form = viewModel.form();
        FormBinder binder = new FormBinder(form);
        binder.text(titleField, title, CaseField.TITLE);
        binder.text(summaryField, summary, CaseField.SUMMARY);
        binder.text(reporterField, reporter, CaseField.REPORTER);
        binder.choice(channelField, channel, ReportChannel.values(), form.channelProperty(), CaseField.CHANNEL,
                messages::label);
        binder.parsed(detectedAtField, detectedAt, CaseField.DETECTED_AT);
        binder.parsed(awareAtField, awareAt, CaseField.AWARE_AT);
        binder.text(gapReasonField, gapReason, CaseField.AWARE_GAP_REASON);
        binder.parsed(jurisdictionsField, jurisdictions, CaseField.JURISDICTIONS);

        String zone = messages.format("form.zoneHint", time.zoneLabel());
        detectedAtField.setHint(zone);
        awareAtField.setHint(zone);
        detectedAt.setPromptText(TimeText.INPUT_PATTERN);
        awareAt.setPromptText(TimeText.INPUT_PATTERN);

        gapReasonField.visibleProperty().bind(form.gapReasonNeededProperty()
                .or(form.text(CaseField.AWARE_GAP_REASON).isNotEmpty()));
        gapReasonField.managedProperty().bind(gapReasonField.visibleProperty());

        failure.textProperty().bind(viewModel.failureProperty());
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        failure.visibleProperty().bind(failure.managedProperty());

        save.disableProperty().bind(viewModel.canSaveProperty().not());
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
