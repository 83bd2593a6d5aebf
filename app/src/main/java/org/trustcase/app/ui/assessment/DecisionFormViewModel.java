package org.trustcase.app.ui.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.trustcase.model.assessment.Art34Exception;
import org.trustcase.model.assessment.DecisionDraft;
import org.trustcase.model.assessment.Suggestion;
import org.trustcase.app.text.Texts;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.ValidationException;

/**
 * The notification decision being written: whom to notify and why, or on which Art. 34(3) ground
 * data subjects are not told, and a justification whenever the choices depart from the suggestion.
 * Knows whether it can be recorded; shows the model's refusals beside the field they name.
 */
public final class DecisionFormViewModel {
    public static final String AUTHORITY_REASON = "authorityReason";
    public static final String SUBJECTS_REASON = "subjectsReason";
    public static final String EXCEPTION = "exception";
    public static final String JUSTIFICATION = "departureJustification";

    private final ObjectProperty<Suggestion> suggestion = new SimpleObjectProperty<>(this, "suggestion");
    private final ObjectProperty<Boolean> notifyAuthority = new SimpleObjectProperty<>(this, "notifyAuthority");
    private final StringProperty authorityReason = new SimpleStringProperty(this, AUTHORITY_REASON, "");
    private final ObjectProperty<Boolean> notifySubjects = new SimpleObjectProperty<>(this, "notifySubjects");
    private final StringProperty subjectsReason = new SimpleStringProperty(this, SUBJECTS_REASON, "");
    private final ObjectProperty<Art34Exception> exception = new SimpleObjectProperty<>(this, EXCEPTION);
    private final StringProperty justification = new SimpleStringProperty(this, JUSTIFICATION, "");
    private final Map<String, ReadOnlyStringWrapper> problems = Map.of(
            AUTHORITY_REASON, new ReadOnlyStringWrapper(this, "authorityReasonProblem", ""),
            SUBJECTS_REASON, new ReadOnlyStringWrapper(this, "subjectsReasonProblem", ""),
            EXCEPTION, new ReadOnlyStringWrapper(this, "exceptionProblem", ""),
            JUSTIFICATION, new ReadOnlyStringWrapper(this, "justificationProblem", ""));

    private final BooleanBinding chosen;
    private final BooleanBinding departs;
    private final BooleanBinding complete;
    private final BooleanBinding exceptionAllowed;
    private final BooleanBinding publicCommunicationRequired;

    public DecisionFormViewModel() {
        chosen = notifyAuthority.isNotNull().and(notifySubjects.isNotNull());
        departs = Bindings.createBooleanBinding(() -> suggestion.get() != null && chosen.get()
                && choices(null).departsFrom(suggestion.get()), suggestion, chosen, notifyAuthority, notifySubjects,
                exception);
        complete = Bindings.createBooleanBinding(this::isComplete, suggestion, notifyAuthority, authorityReason,
                notifySubjects, subjectsReason, exception, justification, departs);
        exceptionAllowed = Bindings.createBooleanBinding(() -> Boolean.FALSE.equals(notifySubjects.get()),
                notifySubjects);
        publicCommunicationRequired = Bindings.createBooleanBinding(
                () -> exception.get() != null && exception.get().requiresPublicCommunication(), exception);

        notifySubjects.addListener((observable, before, after) -> {
            if (Boolean.TRUE.equals(after)) {
                exception.set(null);
            }
        });
        clearsProblem(authorityReason, AUTHORITY_REASON, notifyAuthority);
        clearsProblem(subjectsReason, SUBJECTS_REASON, notifySubjects, exception);
        clearsProblem(exception, EXCEPTION, notifySubjects);
        clearsProblem(justification, JUSTIFICATION, notifyAuthority, notifySubjects, exception);
    }

    /** The suggestion the decision answers; {@code null} while there is no assessment. */
    public ObjectProperty<Suggestion> suggestionProperty() {
        return suggestion;
    }

    /** {@code null} until chosen. */
    public ObjectProperty<Boolean> notifyAuthorityProperty() {
        return notifyAuthority;
    }

    public StringProperty authorityReasonProperty() {
        return authorityReason;
    }

    /** {@code null} until chosen. */
    public ObjectProperty<Boolean> notifySubjectsProperty() {
        return notifySubjects;
    }

    public StringProperty subjectsReasonProperty() {
        return subjectsReason;
    }

    /** The Art. 34(3) ground for not telling data subjects individually, or {@code null}. */
    public ObjectProperty<Art34Exception> exceptionProperty() {
        return exception;
    }

    public StringProperty justificationProperty() {
        return justification;
    }

    /** True when both choices are made and they say something else than the suggestion. */
    public BooleanBinding departsProperty() {
        return departs;
    }

    /** True when every required field is filled: the record button's enablement. */
    public BooleanBinding completeProperty() {
        return complete;
    }

    /** An Art. 34(3) ground can be chosen only when data subjects are not notified. */
    public BooleanBinding exceptionAllowedProperty() {
        return exceptionAllowed;
    }

    /** Art. 34(3)(c): a public communication is required instead. */
    public BooleanBinding publicCommunicationRequiredProperty() {
        return publicCommunicationRequired;
    }

    /** The model's refusal of {@code field} ({@link #AUTHORITY_REASON}, …), empty when none. */
    public ReadOnlyStringProperty problemProperty(String field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** The decision to record; the justification only when the choices depart from the suggestion. */
    public DecisionDraft draft() {
        return choices(departs.get() ? justification.get() : null);
    }

    /** Takes over the suggestion's choices (the reasons stay the DPO's to write). */
    public void followSuggestion() {
        Suggestion current = suggestion.get();
        if (current != null) {
            notifyAuthority.set(current.notifyAuthority());
            notifySubjects.set(current.notifySubjects());
            exception.set(current.exception());
        }
    }

    /** Shows each refusal beside its field, in the words of {@code texts}; returns the ones that name no field of this form. */
    public List<FieldError> showRejection(ValidationException rejection, Texts texts) {
        List<FieldError> other = new ArrayList<>();
        for (FieldError error : rejection.errors()) {
            ReadOnlyStringWrapper problem = problems.get(error.field());
            if (problem == null) {
                other.add(error);
            } else {
                problem.set(texts.render(error.problem()));
            }
        }
        return other;
    }

    /** Empties the form after a decision was recorded. */
    public void clear() {
        notifyAuthority.set(null);
        authorityReason.set("");
        notifySubjects.set(null);
        subjectsReason.set("");
        exception.set(null);
        justification.set("");
        problems.values().forEach(problem -> problem.set(""));
    }

    private DecisionDraft choices(String departureJustification) {
        return new DecisionDraft(Boolean.TRUE.equals(notifyAuthority.get()), authorityReason.get(),
                Boolean.TRUE.equals(notifySubjects.get()), subjectsReason.get(), exception.get(),
                departureJustification);
    }

    private boolean isComplete() {
        if (suggestion.get() == null || !chosen.get() || blank(authorityReason.get())) {
            return false;
        }
        if (Boolean.TRUE.equals(notifySubjects.get()) && exception.get() != null) {
            return false;
        }
        if (blank(subjectsReason.get()) && exception.get() == null) {
            return false;
        }
        return !departs.get() || !blank(justification.get());
    }

    private void clearsProblem(ObservableValue<?> edited, String field, ObservableValue<?>... related) {
        ReadOnlyStringWrapper problem = problems.get(field);
        edited.addListener((observable, before, after) -> problem.set(""));
        for (ObservableValue<?> other : related) {
            other.addListener((observable, before, after) -> problem.set(""));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
