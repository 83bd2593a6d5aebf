package org.trustcase.app.ui.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.app.ui.support.TaskExecutor;
import org.trustcase.app.ui.support.TimeText;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.TrustcaseException;
import org.trustcase.model.tasks.TaskRow;
import org.trustcase.model.tasks.TaskService;
import org.trustcase.model.tasks.TaskStatus;

/**
 * The tasks of one case: read in order with their due times (a task linked to a clock shows the clock's), added,
 * and moved on — done, in progress, reopened, or not needed with a reason.
 */
public final class TasksViewModel {
    private final TaskService tasks;
    private final org.trustcase.model.tasks.PlaybookService playbooks;
    private final ObservableList<org.trustcase.model.tasks.Playbook> playbookList =
            FXCollections.observableArrayList();
    private final TaskExecutor executor;
    private final Messages messages;
    private final TimeText time;
    private final Clock clock;
    private final CaseReference reference;
    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);

    public TasksViewModel(TaskService tasks, org.trustcase.model.tasks.PlaybookService playbooks, TaskExecutor executor, Messages messages, TimeText time, Clock clock,
            CaseReference reference) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.playbooks = Objects.requireNonNull(playbooks, "playbooks");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.time = Objects.requireNonNull(time, "time");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    public ObservableList<TaskRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The workspace's playbooks, to apply one. */
    public ObservableList<org.trustcase.model.tasks.Playbook> playbooks() {
        return playbookList;
    }

    public void load() {
        executor.create(() -> tasks.list(reference)).onSuccess(this::show)
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure))).start();
        if (playbookList.isEmpty()) {
            executor.create(playbooks::list).onSuccess(playbookList::setAll)
                    .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure))).start();
        }
    }

    /** Adds the playbook's tasks to the case. */
    public void apply(org.trustcase.model.tasks.Playbook playbook) {
        run(() -> {
            playbooks.apply(reference, playbook.name());
            return tasks.list(reference);
        }, list -> {
            show(list);
            notice.set(messages.format("tasks.playbook.applied", playbook.title(), playbook.steps().size()));
        });
    }

    private void show(List<TaskRow> list) {
        rows.setAll(list);
        long pending = list.stream().filter(r -> r.task().status().pending()).count();
        long overdue = list.stream().filter(r -> r.overdue(clock.instant())).count();
        counts.set(messages.format("tasks.counts", list.size(), pending, overdue));
    }

    /** Adds a task; a due time typed that cannot be read is refused here, the rest by the use case. */
    public void add(String title, String group, String due, String clockRule, String assignee, Runnable added) {
        Instant dueAt = null;
        if (due != null && !due.isBlank()) {
            Optional<Instant> parsed = time.parse(due);
            if (parsed.isEmpty()) {
                notice.set(messages.format("tasks.due-invalid", due, TimeText.INPUT_PATTERN));
                return;
            }
            dueAt = parsed.get();
        }
        TaskService.NewTask task = new TaskService.NewTask(group, title, null, assignee, dueAt, clockRule);
        run(() -> {
            tasks.add(reference, task);
            return tasks.list(reference);
        }, list -> {
            show(list);
            notice.set(messages.get("tasks.added"));
            added.run();
        });
    }

    public void setStatus(TaskRow row, TaskStatus status, String reason) {
        run(() -> {
            tasks.setStatus(row.task().id(), status, reason);
            return tasks.list(reference);
        }, list -> {
            show(list);
            notice.set(messages.format("tasks.moved", row.task().title(), messages.label(status)));
        });
    }

    private void run(java.util.concurrent.Callable<List<TaskRow>> work, java.util.function.Consumer<List<TaskRow>> done) {
        if (working.get()) {
            return;
        }
        working.set(true);
        notice.set("");
        executor.create(work).onSuccess(done)
                .onError(TrustcaseException.class, failure -> notice.set(messages.describe(failure)))
                .andFinally(() -> working.set(false)).start();
    }

    /** A row's due column: the time, with the clock it comes from and whether it is overdue. */
    String dueText(TaskRow row) {
        String when = row.dueAt() == null ? "" : time.display(row.dueAt());
        if (row.task().clockRule() != null) {
            when = row.dueAt() == null ? messages.format("tasks.due.clock-waiting", row.task().clockRule())
                    : messages.format("tasks.due.clock", when, row.task().clockRule());
        }
        return row.overdue(clock.instant()) ? messages.format("tasks.due.overdue", when) : when;
    }
}
