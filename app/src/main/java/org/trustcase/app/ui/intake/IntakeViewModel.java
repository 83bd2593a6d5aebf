package org.trustcase.app.ui.intake;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trustcase.app.ui.form.CaseForm;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseField;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.common.ValidationException;

/**
 * The intake of a suspected breach: the first details, checked as they are typed, then opened as a
 * new case in the background. Aware-at starts at the current minute.
 */
public final class IntakeViewModel {
    private final CaseService cases;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final CaseForm form;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final BooleanBinding canSave;
    private Consumer<Optional<BreachCase>> onFinished = outcome -> { };

    public IntakeViewModel(CaseService cases, Clock clock, TaskExecutor tasks, Messages messages, TimeText time) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.form = new CaseForm(clock, time, messages);
        form.text(CaseField.AWARE_AT).set(time.input(clock.instant().truncatedTo(ChronoUnit.MINUTES)));
        form.markClean();
        this.canSave = Bindings.createBooleanBinding(() -> form.isValid() && !saving.get(),
                form.validProperty(), saving);
    }

    public CaseForm form() {
        return form;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Why the last save failed; empty when it did not. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Called once, on the JavaFX thread, with the created case, or empty when the intake was cancelled. */
    public void setOnFinished(Consumer<Optional<BreachCase>> handler) {
        this.onFinished = Objects.requireNonNull(handler, "handler");
    }

    /** Opens the case; an invalid form shows all its problems instead. */
    public void save() {
        if (saving.get()) {
            return;
        }
        var details = form.details();
        if (details.isEmpty()) {
            form.revealAll();
            return;
        }
        saving.set(true);
        failure.set("");
        tasks.create(() -> cases.open(details.get()))
                .onSuccess(created -> onFinished.accept(Optional.of(created)))
                .onError(ValidationException.class, rejected -> form.showRejection(rejected))
                .onError(TrustcaseException.class, refused -> failure.set(
                        messages.format("intake.failed", messages.describe(refused))))
                .andFinally(() -> saving.set(false))
                .start();
    }

    public void cancel() {
        if (!saving.get()) {
            onFinished.accept(Optional.empty());
        }
    }
}
