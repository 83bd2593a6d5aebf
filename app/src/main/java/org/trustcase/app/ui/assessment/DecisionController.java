package org.trustcase.app.ui.assessment;

import org.trustcase.model.access.Permissions;
import org.trustcase.model.access.UseCase;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.trustcase.app.ui.form.FormField;
import org.trustcase.app.ui.support.Keys;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.assessment.Suggestion;

/** The current decision with its sign-off, and the form that records the next decision. */
public final class DecisionController {
    private final AssessmentViewModel viewModel;
    private final DecisionFormViewModel form;
    private final Messages messages;
    private final TimeText time;
    private final AssessmentText text;

    @FXML private Label noDecision;
    @FXML private VBox currentBody;
    @FXML private Label meta;
    @FXML private Label currentAuthority;
    @FXML private Label currentAuthorityReason;
    @FXML private Label currentSubjects;
    @FXML private Label currentSubjectsReason;
    @FXML private Label departs;
    @FXML private Label stale;
    @FXML private Label signOffStatus;
    @FXML private Button signOff;
    private final Permissions permissions;

    @FXML private Parent decisionForm;
    @FXML private VBox formBody;
    @FXML private Label needsAssessment;
    @FXML private Button followSuggestion;
    @FXML private RadioButton authorityYes;
    @FXML private RadioButton authorityNo;
    @FXML private FormField authorityReasonField;
    @FXML private TextArea authorityReason;
    @FXML private RadioButton subjectsYes;
    @FXML private RadioButton subjectsNo;
    @FXML private FormField subjectsReasonField;
    @FXML private TextArea subjectsReason;
    @FXML private FormField exceptionField;
    @FXML private ComboBox<Ground> exception;
    @FXML private Label publicCommunication;
    @FXML private HBox departureWarning;
    @FXML private Label departureText;
    @FXML private FormField justificationField;
    @FXML private TextArea justification;
    @FXML private Button record;

    public DecisionController(AssessmentViewModel viewModel, Messages messages, TimeText time,
            Permissions permissions) {
        this.permissions = permissions;
        this.viewModel = viewModel;
        this.form = viewModel.decisionForm();
        this.messages = messages;
        this.time = time;
        this.text = new AssessmentText(messages);
    }

    @FXML
    private void initialize() {
        viewModel.currentDecisionProperty().addListener((observable, before, after) -> showCurrent());
        viewModel.decisionStaleProperty().addListener((observable, before, after) -> showCurrent());
        showCurrent();
        signOff.disableProperty().bind(viewModel.canSignOffProperty().not());
        // each role is offered what it may do: a reviewer signs off, only a DPO decides
        signOff.setVisible(permissions.may(UseCase.DECISION_SIGN_OFF));
        signOff.setManaged(signOff.isVisible());
        if (!permissions.may(UseCase.DECISION_RECORD)) {
            decisionForm.setVisible(false);
            decisionForm.setManaged(false);
        }
        signOff.setOnAction(event -> viewModel.signOff());

        yesNo(authorityYes, authorityNo, form.notifyAuthorityProperty());
        yesNo(subjectsYes, subjectsNo, form.notifySubjectsProperty());
        authorityReason.textProperty().bindBidirectional(form.authorityReasonProperty());
        subjectsReason.textProperty().bindBidirectional(form.subjectsReasonProperty());
        justification.textProperty().bindBidirectional(form.justificationProperty());
        Stream.of(authorityReason, subjectsReason, justification).forEach(Keys::tabLeaves);
        authorityReasonField.showProblems(form.problemProperty(DecisionFormViewModel.AUTHORITY_REASON));
        subjectsReasonField.showProblems(form.problemProperty(DecisionFormViewModel.SUBJECTS_REASON));
        exceptionField.showProblems(form.problemProperty(DecisionFormViewModel.EXCEPTION));
        justificationField.showProblems(form.problemProperty(DecisionFormViewModel.JUSTIFICATION));
        subjectsReasonField.captionProperty().bind(Bindings.createStringBinding(() -> messages.get(
                form.exceptionProperty().get() == null ? "decision.subjectsReason.required" : "decision.subjectsReason"),
                form.exceptionProperty()));

        exception.getItems().setAll(Ground.all());
        ChoiceCells.show(exception, ground -> ground.exception() == null ? messages.get("decision.exception.none")
                : messages.label(ground.exception()));
        exception.setValue(Ground.NONE);
        exception.valueProperty().addListener((observable, before, after) ->
                form.exceptionProperty().set(after == null ? null : after.exception()));
        form.exceptionProperty().addListener((observable, before, after) -> exception.setValue(Ground.of(after)));
        exception.disableProperty().bind(form.exceptionAllowedProperty().not());
        shownWhen(publicCommunication, form.publicCommunicationRequiredProperty());

        shownWhen(departureWarning, form.departsProperty());
        shownWhen(justificationField, form.departsProperty());
        departureText.textProperty().bind(Bindings.createStringBinding(this::departureText,
                form.suggestionProperty()));

        formBody.disableProperty().bind(form.suggestionProperty().isNull());
        followSuggestion.disableProperty().bind(form.suggestionProperty().isNull());
        shownWhen(needsAssessment, form.suggestionProperty().isNull());
        followSuggestion.setOnAction(event -> {
            form.followSuggestion();
            authorityReason.requestFocus();
        });
        record.disableProperty().bind(viewModel.canRecordDecisionProperty().not());
        record.setOnAction(event -> viewModel.recordDecision());
        decisionForm.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Keys.SUBMIT.match(event)) {
                event.consume();
                viewModel.recordDecision();
            }
        });
    }

    private void showCurrent() {
        NotificationDecision decision = viewModel.currentDecisionProperty().get();
        shownWhen(noDecision, decision == null);
        shownWhen(currentBody, decision != null);
        if (decision == null) {
            return;
        }
        DecisionDraft d = decision.decision();
        meta.setText(messages.format("decision.meta", decision.version(), decision.author(),
                time.display(decision.decidedAt()), decision.assessmentVersion()));
        currentAuthority.setText(messages.get(d.notifyAuthority() ? "decision.authority.yes" : "decision.authority.no"));
        currentAuthorityReason.setText(d.authorityReason());
        currentSubjects.setText(d.exception() != null
                ? messages.format("decision.subjects.ground", messages.label(d.exception()))
                : messages.get(d.notifySubjects() ? "decision.subjects.yes" : "decision.subjects.no"));
        currentSubjectsReason.setText(d.subjectsReason() == null ? "" : d.subjectsReason());
        shownWhen(currentSubjectsReason, d.subjectsReason() != null);
        Suggestion suggested = decision.suggestion();
        departs.setText(decision.departsFromSuggestion()
                ? messages.format("decision.departs", text.choices(suggested.notifyAuthority(),
                        suggested.notifySubjects(), suggested.exception()), d.departureJustification())
                : messages.get("decision.follows"));
        departs.getStyleClass().removeAll("decision-departs", "decision-follows");
        departs.getStyleClass().add(decision.departsFromSuggestion() ? "decision-departs" : "decision-follows");
        boolean isStale = viewModel.decisionStaleProperty().get();
        int latest = viewModel.assessments().isEmpty() ? 0
                : viewModel.assessments().get(viewModel.assessments().size() - 1).version();
        stale.setText(isStale ? messages.format("decision.stale", decision.assessmentVersion(), latest) : "");
        shownWhen(stale, isStale);
        signOffStatus.setText(decision.signOff() == null ? messages.get("decision.notSignedOff")
                : messages.format("decision.signedOff", decision.signOff().reviewer(),
                        time.display(decision.signOff().at())));
    }

    private String departureText() {
        Suggestion suggestion = form.suggestionProperty().get();
        return suggestion == null ? "" : messages.format("decision.departureWarning",
                text.choices(suggestion.notifyAuthority(), suggestion.notifySubjects(), suggestion.exception()));
    }

    private static void yesNo(RadioButton yes, RadioButton no, ObjectProperty<Boolean> choice) {
        ToggleGroup group = new ToggleGroup();
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        group.selectedToggleProperty().addListener((observable, before, after) ->
                choice.set(after == null ? null : after == yes));
        choice.addListener((observable, before, after) -> group.selectToggle(after == null ? null : after ? yes : no));
    }

    private static void shownWhen(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static void shownWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    /** A choice of the Art. 34(3) box: a ground, or none. */
    record Ground(Art34Exception exception) {
        static final Ground NONE = new Ground(null);

        static Ground of(Art34Exception exception) {
            return new Ground(exception);
        }

        static List<Ground> all() {
            return Stream.concat(Stream.of(NONE), Arrays.stream(Art34Exception.values()).map(Ground::new)).toList();
        }
    }
}
