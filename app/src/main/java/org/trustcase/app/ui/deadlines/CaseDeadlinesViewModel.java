package org.trustcase.app.ui.deadlines;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.model.assessment.AssessmentService;
import org.trustcase.model.caseclocks.CaseClockService;
import org.trustcase.model.caseclocks.CaseClockFacts;
import org.trustcase.model.caseclocks.CaseClockList;
import org.trustcase.model.caseclocks.ClockOutcome;
import org.trustcase.model.caseclocks.CaseClocks;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.casework.CaseService;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.deadlines.RuleCatalog;

/**
 * The Deadlines tab of one case: its clocks, dated events and regime flags, read and changed in the background.
 * After a change the tab reads everything again, the window's open-case clocks are read again, and the case view
 * is told (awareness and detection are case fields; a settled clock may unblock closing). A refusal is shown as a
 * notice; nothing is stored then.
 */
public final class CaseDeadlinesViewModel {
    private final CaseClockService clocks;
    private final CaseService cases;
    private final AssessmentService assessments;
    private final TaskExecutor tasks;
    private final Messages messages;
    private final Runnable deadlinesChanged;
    private final CaseReference reference;
    private final Runnable caseChanged;
    private final ReadOnlyObjectWrapper<CaseClockSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private boolean requested;

    /**
     * @param deadlinesChanged told after a change (the window's open-case clocks are read again)
     * @param caseChanged      told after a change (the case view reads the case again)
     */
    public CaseDeadlinesViewModel(CaseClockService clocks, CaseService cases, AssessmentService assessments,
            TaskExecutor tasks, Messages messages, Runnable deadlinesChanged, CaseReference reference,
            Runnable caseChanged) {
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.deadlinesChanged = Objects.requireNonNull(deadlinesChanged, "deadlinesChanged");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.caseChanged = Objects.requireNonNull(caseChanged, "caseChanged");
    }

    public CaseReference reference() {
        return reference;
    }

    public RuleCatalog catalog() {
        return clocks.engine().engine().catalog();
    }

    /** The case's deadlines as last read; null until the first reading. */
    public ReadOnlyObjectProperty<CaseClockSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** The outcome of the last refused change; empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a change is being stored. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set("");
    }

    /** Reads the case's deadlines (the first time the tab is shown, and after changes). */
    public void load() {
        requested = true;
        tasks.create(this::read)
                .onSuccess(snapshot::set)
                .onError(NotFoundException.class, missing -> notice.set(messages.describe(missing)))
                .start();
    }

    /** The tab is shown: the first time, its deadlines are read. */
    public void shown() {
        if (!requested) {
            load();
        }
    }

    /** The case view read the case again: when it changed since the tab's reading, so may its clocks. */
    public void caseRead(BreachCase breachCase) {
        CaseClockSnapshot shown = snapshot.get();
        if (requested && (shown == null || shown.breachCase().version() != breachCase.version())) {
            load();
        }
    }

    public void recordEvent(DeadlineEvent event, Instant at) {
        change(() -> clocks.recordEvent(reference, event, at));
    }

    /** Sets or clears one regime flag, keeping the others as stored. */
    public void setFlag(String code, boolean set) {
        CaseClockSnapshot shown = snapshot.get();
        if (shown == null) {
            return;
        }
        Set<String> flags = new TreeSet<>(shown.facts().flags());
        if (set) {
            flags.add(code);
        } else {
            flags.remove(code);
        }
        change(() -> clocks.setFlags(reference, flags));
    }

    /** Marks a clock met at {@code at}; {@code delayReason} is needed when that is after its due time. */
    public void meet(String ruleId, Instant at, String delayReason) {
        change(() -> clocks.meet(reference, ruleId, at, delayReason));
    }

    public void waive(String ruleId, String legalGround) {
        change(() -> clocks.waive(reference, ruleId, legalGround));
    }

    /**
     * Corrects a clock's outcome: met at {@code at} (with {@code reason} for a delay), waived on the ground
     * {@code reason}, or withdrawn; {@code correctionReason} says why. The earlier outcome is kept.
     */
    public void correct(String ruleId, ClockOutcome.Kind kind, Instant at, String reason, String correctionReason) {
        change(() -> clocks.correct(reference, ruleId, kind, at, reason, correctionReason));
    }

    private void change(Runnable work) {
        if (working.get()) {
            return;
        }
        working.set(true);
        notice.set("");
        Callable<CaseClockSnapshot> task = () -> {
            work.run();
            return read();
        };
        tasks.create(task)
                .onSuccess(this::changed)
                .onError(ValidationException.class, invalid -> refused(messages.describe(invalid)))
                .onError(RuleViolationException.class, refused -> refused(messages.describe(refused)))
                .onError(NotFoundException.class, missing -> refused(messages.describe(missing)))
                .andFinally(() -> working.set(false))
                .start();
    }

    private void changed(CaseClockSnapshot read) {
        snapshot.set(read);
        deadlinesChanged.run();
        caseChanged.run();
    }

    private void refused(String message) {
        notice.set(messages.format("deadlines.tab.notice.refused", message));
        load();
    }

    private CaseClockSnapshot read() {
        BreachCase breachCase = cases.get(reference);
        CaseClockFacts facts = clocks.facts(reference);
        Set<String> derived = new TreeSet<>(CaseClocks.effectiveFlags(breachCase, facts,
                last(assessments.decisions(reference)), last(assessments.assessments(reference))));
        derived.removeAll(facts.flags());
        CaseClockList listed = clocks.list(reference);
        return new CaseClockSnapshot(breachCase, listed.clocks(), facts, derived, listed.coverage());
    }

    private static <T> Optional<T> last(List<T> versions) {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
