package org.trustcase.app.ui.assessment;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.AssessmentComparison;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.assessment.Suggestion;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseDetails;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.severity.SeverityInputs;

/**
 * The Assessment tab of one case: the calculator, the suggestion, the decision form, the current
 * decision with its sign-off, and the versions. Every service call runs through {@link TaskExecutor}; what a
 * call needs is copied from the properties on the JavaFX thread before it starts.
 */
public final class AssessmentViewModel {
    private final AssessmentService service;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final AssessedCase assessedCase;
    private final CalculatorViewModel calculator;
    private final DecisionFormViewModel decisionForm = new DecisionFormViewModel();

    private final ObservableList<Assessment> assessments = FXCollections.observableArrayList();
    private final ObservableList<NotificationDecision> decisions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Suggestion> suggestion = new ReadOnlyObjectWrapper<>(this, "suggestion");
    private final ReadOnlyObjectWrapper<NotificationDecision> currentDecision =
            new ReadOnlyObjectWrapper<>(this, "currentDecision");
    private final ReadOnlyBooleanWrapper decisionStale = new ReadOnlyBooleanWrapper(this, "decisionStale");
    private final ReadOnlyObjectWrapper<AssessmentComparison> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final BooleanBinding canRecordAssessment;
    private final BooleanBinding canRecordDecision;
    private final BooleanBinding canSignOff;
    private CaseDetails factsSeen;

    public AssessmentViewModel(AssessmentService service, TaskExecutor tasks, Messages messages, AssessedCase assessedCase) {
        this.service = Objects.requireNonNull(service, "service");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.assessedCase = Objects.requireNonNull(assessedCase, "assessedCase");
        this.calculator = new CalculatorViewModel(service.method(), messages.get("assessment.adjustment.reasonPending"));
        canRecordAssessment = calculator.completeProperty().and(calculator.changedProperty()).and(working.not());
        canRecordDecision = decisionForm.completeProperty().and(working.not());
        canSignOff = Bindings.createBooleanBinding(() -> currentDecision.get() != null
                && currentDecision.get().signOff() == null && !decisionStale.get() && !working.get(),
                currentDecision, decisionStale, working);
        factsSeen(assessedCase.breachCase().getValue());
        assessedCase.breachCase().addListener((observable, before, after) -> {
            if (factsSeen(after)) {
                load();
            }
        });
    }

    public CalculatorViewModel calculator() {
        return calculator;
    }

    public DecisionFormViewModel decisionForm() {
        return decisionForm;
    }

    /** Every assessment version, oldest first. */
    public ObservableList<Assessment> assessments() {
        return FXCollections.unmodifiableObservableList(assessments);
    }

    /** Every decision version, oldest first. */
    public ObservableList<NotificationDecision> decisions() {
        return FXCollections.unmodifiableObservableList(decisions);
    }

    /** The suggestion from the latest assessment and the case's facts; {@code null} before the first assessment. */
    public ReadOnlyObjectProperty<Suggestion> suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    /** The latest decision, or {@code null}. */
    public ReadOnlyObjectProperty<NotificationDecision> currentDecisionProperty() {
        return currentDecision.getReadOnlyProperty();
    }

    /** True when a later assessment left the current decision behind. */
    public ReadOnlyBooleanProperty decisionStaleProperty() {
        return decisionStale.getReadOnlyProperty();
    }

    /** The two versions being compared, or {@code null}. */
    public ReadOnlyObjectProperty<AssessmentComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Why the last request was refused; empty when it was not. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public BooleanBinding canRecordAssessmentProperty() {
        return canRecordAssessment;
    }

    public BooleanBinding canRecordDecisionProperty() {
        return canRecordDecision;
    }

    public BooleanBinding canSignOffProperty() {
        return canSignOff;
    }

    public void dismissNotice() {
        notice.set("");
    }

    /** Reads the versions and the suggestion again; the calculator keeps edits not recorded yet. */
    public void load() {
        tasks.create(this::read)
                .onSuccess(this::show)
                .onError(TrustcaseException.class, refused -> notice.set(messages.describe(refused)))
                .start();
    }

    /** Records the calculator's inputs as the next assessment version. */
    public void recordAssessment() {
        if (!canRecordAssessment.get()) {
            return;
        }
        SeverityInputs inputs = calculator.inputs().orElseThrow();
        String narrative = calculator.narrative();
        start();
        tasks.create(() -> new Recorded<>(service.assess(assessedCase.reference(), inputs, narrative), read()))
                .onSuccess(recorded -> {
                    calculator.load(recorded.value());
                    show(recorded.state());
                    assessedCase.refresh().run();
                })
                .onError(TrustcaseException.class, refused -> notice.set(
                        messages.format("assessment.recordRefused", messages.describe(refused))))
                .andFinally(() -> working.set(false))
                .start();
    }

    /** Records the decision form as the next decision version; refusals are shown beside their fields. */
    public void recordDecision() {
        if (!canRecordDecision.get()) {
            return;
        }
        DecisionDraft draft = decisionForm.draft();
        start();
        tasks.create(() -> new Recorded<>(service.decide(assessedCase.reference(), draft), read()))
                .onSuccess(recorded -> {
                    decisionForm.clear();
                    show(recorded.state());
                    assessedCase.refresh().run();
                })
                .onError(ValidationException.class, invalid -> {
                    List<FieldError> other = decisionForm.showRejection(invalid, messages.texts());
                    notice.set(other.isEmpty() ? messages.get("decision.refused")
                            : messages.format("decision.refusedBecause",
                                    other.stream().map(error -> messages.render(error.problem())).collect(Collectors.joining("; "))));
                })
                .onError(TrustcaseException.class, refused -> notice.set(
                        messages.format("decision.refusedBecause", messages.describe(refused))))
                .andFinally(() -> working.set(false))
                .start();
    }

    /** Records the reviewer's sign-off of the current decision. */
    public void signOff() {
        if (!canSignOff.get()) {
            return;
        }
        int version = currentDecision.get().version();
        start();
        tasks.create(() -> new Recorded<>(service.signOff(assessedCase.reference(), version), read()))
                .onSuccess(recorded -> {
                    show(recorded.state());
                    assessedCase.refresh().run();
                })
                .onError(TrustcaseException.class, refused -> {
                    notice.set(messages.format("decision.signOffRefused", messages.describe(refused)));
                    load();
                })
                .andFinally(() -> working.set(false))
                .start();
    }

    /** Compares two assessment versions, the older on the left. */
    public void compare(int first, int second) {
        int left = Math.min(first, second);
        int right = Math.max(first, second);
        tasks.create(() -> service.compare(assessedCase.reference(), left, right))
                .onSuccess(comparison::set)
                .onError(TrustcaseException.class, refused -> notice.set(messages.describe(refused)))
                .start();
    }

    public void closeComparison() {
        comparison.set(null);
    }

    private void start() {
        working.set(true);
        notice.set("");
    }

    private AssessmentState read() {
        List<Assessment> all = service.assessments(assessedCase.reference());
        List<NotificationDecision> taken = service.decisions(assessedCase.reference());
        return new AssessmentState(all, taken, all.isEmpty() ? null : service.suggest(assessedCase.reference()));
    }

    private void show(AssessmentState state) {
        assessments.setAll(state.assessments());
        decisions.setAll(state.decisions());
        suggestion.set(state.suggestion());
        decisionForm.suggestionProperty().set(state.suggestion());
        currentDecision.set(state.currentDecision().orElse(null));
        decisionStale.set(state.decisionStale());
        state.latestAssessment().filter(latest -> !calculator.edited()).ifPresent(calculator::load);
    }

    /** Remembers the case's facts; true when they differ from the facts seen before. */
    private boolean factsSeen(BreachCase breachCase) {
        if (breachCase == null) {
            return false;
        }
        CaseDetails before = factsSeen;
        factsSeen = breachCase.details();
        return before != null && !before.equals(factsSeen);
    }

    private record Recorded<T>(T value, AssessmentState state) {
    }
}
