package org.trustcase.app.ui.casefile;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.deadlines.CoverageText;
import org.trustcase.app.ui.form.CaseForm;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.auditing.AuditService;
import org.trustcase.model.caseclocks.ClockCoverage;
import org.trustcase.model.caseclocks.JurisdictionHint;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.ConcurrentChangeException;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;

/**
 * One open case: the case as last read, its workflow buttons, its audit events and the overview
 * form. All reads and writes run in the background; a refusal is shown as a notice and leaves the
 * user's edits in the form.
 */
public final class CaseViewModel {
    private final CaseService cases;
    private final AuditService audit;
    private final Function<BreachCase, ClockCoverage> coverage;
    private final Function<BreachCase, List<JurisdictionHint>> hinted;
    private final ObservableList<JurisdictionHint> hints = FXCollections.observableArrayList();
    private final CoverageText coverageText;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Runnable casesChanged;
    private final CaseReference reference;

    private final ReadOnlyObjectWrapper<BreachCase> breachCase = new ReadOnlyObjectWrapper<>(this, "breachCase");
    private final ObservableList<WorkflowAction> actions = FXCollections.observableArrayList();
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ObservableList<WorkflowAction> actionsView = FXCollections.unmodifiableObservableList(actions);
    private final ObservableList<AuditEvent> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ReadOnlyObjectWrapper<Checklist> checklist = new ReadOnlyObjectWrapper<>(this, "checklist",
            Checklist.EMPTY);
    private final javafx.beans.property.BooleanProperty checklistExpanded =
            new javafx.beans.property.SimpleBooleanProperty(this, "checklistExpanded", false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper(this, "conflict", false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyStringWrapper clockGap = new ReadOnlyStringWrapper(this, "clockGap", "");
    private final ReadOnlyStringWrapper settled = new ReadOnlyStringWrapper(this, "settled", "");
    private final CaseForm form;
    private final BooleanBinding canSave;

    /**
     * @param coverage     what the deadline rules say of a case's jurisdictions (a pure function, asked in the
     *                     background)
     * @param hinted       the jurisdictions where the case's recipients live that it does not name (asked in the
     *                     background)
     * @param casesChanged told after the case was changed here (the window's case list reads the cases again)
     */
    public CaseViewModel(CaseService cases, AuditService audit, Function<BreachCase, ClockCoverage> coverage,
            Function<BreachCase, List<JurisdictionHint>> hinted, TaskExecutor tasks, Messages messages, TimeText time,
            Clock clock, Runnable casesChanged, CaseReference reference) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.coverage = Objects.requireNonNull(coverage, "coverage");
        this.hinted = Objects.requireNonNull(hinted, "hinted");
        this.coverageText = new CoverageText(messages);
        this.audit = Objects.requireNonNull(audit, "audit");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.casesChanged = Objects.requireNonNull(casesChanged, "casesChanged");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.form = new CaseForm(clock, time, messages);
        this.canSave = Bindings.createBooleanBinding(
                () -> breachCase.get() != null && !breachCase.get().status().isClosed() && form.isValid()
                        && form.isDirty() && !working.get(),
                breachCase, form.validProperty(), form.dirtyProperty(), working);
        breachCase.addListener((observable, before, after) -> settled.set(after == null || !after.status().isClosed()
                ? "" : messages.format("overview.settled", messages.label(after.status()))));
    }

    /**
     * Why the case cannot be edited: empty while it is open; for a settled case ({@code CLOSED},
     * {@code NOT_A_BREACH}) the sentence saying it is read-only until reopened with a reason.
     */
    public ReadOnlyStringProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    public CaseReference reference() {
        return reference;
    }

    public ReadOnlyObjectProperty<BreachCase> breachCaseProperty() {
        return breachCase.getReadOnlyProperty();
    }

    public ObservableList<WorkflowAction> actions() {
        return actionsView;
    }

    public ObservableList<AuditEvent> events() {
        return eventsView;
    }

    /** What is still needed before each blocked step; empty when nothing is blocked. */
    public ReadOnlyObjectProperty<Checklist> checklistProperty() {
        return checklist.getReadOnlyProperty();
    }

    /** Whether the checklist shows its items; collapsed at first, opened when the user tries a blocked step. */
    public javafx.beans.property.BooleanProperty checklistExpandedProperty() {
        return checklistExpanded;
    }

    /**
     * What the case's jurisdictions leave without a clock ("No clock: add a jurisdiction. Set the case's
     * jurisdictions…"); empty when every jurisdiction is covered or the case is settled.
     */
    public ReadOnlyStringProperty clockGapProperty() {
        return clockGap.getReadOnlyProperty();
    }

    /** The jurisdictions the case's recipients live in that would give it clocks it lacks ("add US-CA?"). */
    public ObservableList<JurisdictionHint> hints() {
        return hints;
    }

    /**
     * Adds {@code jurisdiction} to the case's stored jurisdictions (the overview form's edits, if any, are kept
     * first: it asks for them to be saved or discarded instead).
     */
    public void addJurisdiction(Jurisdiction jurisdiction) {
        BreachCase current = breachCase.get();
        if (current == null || working.get()) {
            return;
        }
        if (form.isDirty()) {
            notice.set(messages.get("case.jurisdictionHint.saveFirst"));
            return;
        }
        List<Jurisdiction> named = new java.util.ArrayList<>(current.details().jurisdictions());
        if (!named.contains(jurisdiction)) {
            named.add(jurisdiction);
        }
        working.set(true);
        notice.set("");
        tasks.create(() -> {
            cases.update(reference, current.version(), current.details().toBuilder().jurisdictions(named).build());
            return read();
        })
                .onSuccess(snapshot -> {
                    form.load(snapshot.breachCase().details());
                    show(snapshot);
                    casesChanged.run();
                })
                .onError(ConcurrentChangeException.class, changed -> {
                    conflict.set(true);
                    notice.set(messages.get("case.changedElsewhere.save"));
                })
                .onError(ValidationException.class, invalid -> notice.set(messages.describe(invalid)))
                .onError(RuleViolationException.class, refused -> notice.set(
                        messages.format("case.saveRefused", messages.describe(refused))))
                .andFinally(() -> working.set(false))
                .start();
    }

    /** The outcome of the last refused request, for the banner; empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True after a save was refused because the case changed elsewhere. */
    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** True while a move or a save runs. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public CaseForm form() {
        return form;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public void dismissNotice() {
        notice.set("");
    }

    /** Reads the case (and everything shown with it) again. Edits in the form are kept. */
    public void load() {
        tasks.create(this::read)
                .onSuccess(this::show)
                .onError(NotFoundException.class, missing -> notice.set(messages.describe(missing)))
                .start();
    }

    /**
     * Reads the case again after another process changed the workspace, unless the form holds edits or a
     * move or save runs: edits are never replaced, and their save meets the case's version check instead.
     */
    public void refreshUnlessEdited() {
        if (breachCase.get() == null || working.get() || form.isDirty()) {
            return;
        }
        tasks.create(this::read)
                .onSuccess(snapshot -> {
                    if (!working.get() && !form.isDirty()) {
                        show(snapshot);
                    }
                })
                .onError(NotFoundException.class, missing -> notice.set(messages.describe(missing)))
                .start();
    }

    /** Discards the form's edits and reads the case again. */
    public void reload() {
        tasks.create(this::read)
                .onSuccess(snapshot -> {
                    conflict.set(false);
                    notice.set("");
                    form.load(snapshot.breachCase().details());
                    show(snapshot);
                })
                .start();
    }

    /** Moves the case; the reason may be {@code null} when the move asks for none. */
    public void move(WorkflowAction action, String reason) {
        BreachCase current = breachCase.get();
        if (current == null || working.get()) {
            return;
        }
        working.set(true);
        notice.set("");
        tasks.create(() -> {
            cases.move(reference, current.version(), action.target(), reason);
            return read();
        })
                .onSuccess(snapshot -> {
                    show(snapshot);
                    casesChanged.run();
                })
                .onError(ConcurrentChangeException.class, changed -> {
                    notice.set(messages.get("case.changedElsewhere.move"));
                    load();
                })
                .onError(RuleViolationException.class, refused -> {
                    notice.set(messages.format("case.moveRefused", messages.describe(refused)));
                    load();
                })
                .onError(ValidationException.class, invalid -> notice.set(
                        messages.format("case.moveRefused", messages.describe(invalid))))
                .andFinally(() -> working.set(false))
                .start();
    }

    /** Stores the overview form; an invalid form shows all its problems instead. */
    public void save() {
        saveThen(() -> { });
    }

    /** True while the overview form holds edits not stored yet. */
    public boolean hasUnsavedEdits() {
        return form.isDirty();
    }

    /** Forgets the form's edits: it shows the case as last read again. */
    public void discardEdits() {
        BreachCase current = breachCase.get();
        if (current != null) {
            form.load(current.details());
        }
    }

    /**
     * Stores the overview form, then runs {@code afterSaved} (leaving the case). An invalid form shows all its
     * problems instead, and a refused save its notice; {@code afterSaved} does not run then, so no edit is lost.
     */
    public void saveThen(Runnable afterSaved) {
        BreachCase current = breachCase.get();
        if (current == null || working.get()) {
            return;
        }
        var details = form.details();
        if (details.isEmpty()) {
            form.revealAll();
            notice.set(messages.get("case.saveInvalid"));
            return;
        }
        working.set(true);
        notice.set("");
        tasks.create(() -> {
            cases.update(reference, current.version(), details.get());
            return read();
        })
                .onSuccess(snapshot -> {
                    form.load(snapshot.breachCase().details());
                    show(snapshot);
                    casesChanged.run();
                    afterSaved.run();
                })
                .onError(ConcurrentChangeException.class, changed -> {
                    conflict.set(true);
                    notice.set(messages.get("case.changedElsewhere.save"));
                })
                .onError(ValidationException.class, invalid -> {
                    form.showRejection(invalid);
                    notice.set(messages.get("case.saveInvalid"));
                })
                .onError(RuleViolationException.class, refused -> notice.set(
                        messages.format("case.saveRefused", messages.describe(refused))))
                .andFinally(() -> working.set(false))
                .start();
    }

    private CaseSnapshot read() {
        BreachCase loaded = cases.get(reference);
        return new CaseSnapshot(loaded, cases.options(loaded), audit.ofCase(reference.toString()),
                coverage.apply(loaded), loaded.status().isClosed() ? List.of() : hinted.apply(loaded));
    }

    private void show(CaseSnapshot snapshot) {
        boolean first = breachCase.get() == null;
        breachCase.set(snapshot.breachCase());
        List<WorkflowAction> offered = WorkflowActions.of(snapshot.options(), messages);
        actions.setAll(offered);
        checklist.set(Checklist.of(snapshot.options(), offered, messages));
        events.setAll(snapshot.events());
        clockGap.set(coverageText.banner(snapshot.coverage()).orElse(""));
        hints.setAll(snapshot.hints());
        if (first || !form.isDirty()) {
            form.load(snapshot.breachCase().details());
        }
    }
}
