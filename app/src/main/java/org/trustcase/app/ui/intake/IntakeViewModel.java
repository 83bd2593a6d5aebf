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

    private final org.trustcase.model.evidence.EvidenceService evidence;
    private final TimeText time;
    private EmailIntake email;

    public IntakeViewModel(CaseService cases, org.trustcase.model.evidence.EvidenceService evidence, Clock clock,
            TaskExecutor tasks, Messages messages, TimeText time) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.time = Objects.requireNonNull(time, "time");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.form = new CaseForm(clock, time, messages);
        form.text(CaseField.AWARE_AT).set(time.input(clock.instant().truncatedTo(ChronoUnit.MINUTES)));
        form.markClean();
        this.canSave = Bindings.createBooleanBinding(() -> form.isValid() && !saving.get(),
                form.validProperty(), saving);
    }

    /**
     * Fills the form from an e-mail that reports a breach; the e-mail becomes the case's first evidence item when the
     * case is opened. What it fills stays editable.
     */
    public void prefill(EmailIntake from) {
        this.email = Objects.requireNonNull(from, "from");
        form.text(CaseField.TITLE).set(from.subject());
        form.text(CaseField.REPORTER).set(from.reporter());
        form.text(CaseField.SUMMARY).set(from.summary());
        if (from.sent() != null) {
            form.text(CaseField.AWARE_AT).set(time.input(from.sent().truncatedTo(ChronoUnit.MINUTES)));
        }
        form.channelProperty().set(org.trustcase.model.cases.ReportChannel.EMAIL);
    }

    /** The e-mail the form was filled from, if it was. */
    public Optional<EmailIntake> email() {
        return Optional.ofNullable(email);
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
        EmailIntake from = email;
        tasks.create(() -> {
            BreachCase created = cases.open(details.get());
            if (from != null) {
                attach(created, from);
            }
            return created;
        })
                .onSuccess(created -> onFinished.accept(Optional.of(created)))
                .onError(ValidationException.class, rejected -> form.showRejection(rejected))
                .onError(TrustcaseException.class, refused -> failure.set(
                        messages.format("intake.failed", messages.describe(refused))))
                .andFinally(() -> saving.set(false))
                .start();
    }

    /**
     * Adds the e-mail to the case just opened. The case stands even when this fails (the e-mail can be added on its
     * Evidence tab): the failure is told with the case, not as a failed intake that would be saved twice.
     */
    private void attach(BreachCase created, EmailIntake from) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(from.file())) {
            evidence.add(created.reference(), in, from.file().getFileName().toString(),
                    messages.get("intake.email.source"), messages.get("intake.email.reason"), bytes -> true);
        } catch (java.io.IOException | RuntimeException e) {
            attachFailure = messages.format("intake.email.not-attached", messages.describe(e));
        }
    }

    private volatile String attachFailure;

    /** Why the e-mail could not be added to the case just opened; empty when it was (or there was none). */
    public String attachFailure() {
        return attachFailure == null ? "" : attachFailure;
    }

    public void cancel() {
        if (!saving.get()) {
            onFinished.accept(Optional.empty());
        }
    }
}
