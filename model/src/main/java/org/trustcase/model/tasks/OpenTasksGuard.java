package org.trustcase.model.tasks;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.common.Problem;
import org.trustcase.model.workflow.GuardRefusal;
import org.trustcase.model.workflow.TransitionGuard;
import org.trustcase.model.workflow.TransitionKind;
import org.trustcase.model.workflow.TransitionRequest;

/** A case is closed only when none of its tasks is open or in progress (a task not needed says why). */
public final class OpenTasksGuard implements TransitionGuard {
    private final TaskRepository tasks;

    public OpenTasksGuard(TaskRepository tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    @Override
    public Optional<GuardRefusal> check(TransitionRequest request) {
        if (request.transition().kind() != TransitionKind.CLOSE) {
            return Optional.empty();
        }
        BreachCase c = request.breachCase();
        List<CaseTask> pending = tasks.list(c.reference()).stream().filter(t -> t.status().pending()).toList();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> titles = pending.stream().map(t -> Problem.of("guard.open-tasks.task", t.id(), t.title()))
                .toList();
        return Optional.of(GuardRefusal.of("open-tasks", request.transition(), Problem.of("guard.open-tasks",
                pending.size(), titles)));
    }
}
