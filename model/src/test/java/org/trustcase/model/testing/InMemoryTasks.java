package org.trustcase.model.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.tasks.CaseTask;
import org.trustcase.model.tasks.TaskRepository;

/** The cases' tasks in memory. */
public final class InMemoryTasks implements TaskRepository {
    private final List<CaseTask> stored = new ArrayList<>();

    @Override
    public long add(CaseTask task) {
        stored.add(task.withId(stored.size() + 1L));
        return stored.size();
    }

    @Override
    public Optional<CaseTask> find(long id) {
        return stored.stream().filter(t -> t.id() == id).findFirst();
    }

    @Override
    public List<CaseTask> list(CaseReference caseReference) {
        return stored.stream().filter(t -> t.caseReference().equals(caseReference))
                .sorted(Comparator.comparingInt(CaseTask::position).thenComparingLong(CaseTask::id)).toList();
    }

    @Override
    public void update(CaseTask task) {
        stored.replaceAll(t -> t.id() == task.id() ? task : t);
    }

    @Override
    public long pending(CaseReference caseReference) {
        return list(caseReference).stream().filter(t -> t.status().pending()).count();
    }

    @Override
    public int nextPosition(CaseReference caseReference) {
        return list(caseReference).stream().mapToInt(CaseTask::position).max().orElse(0) + 1;
    }

    public List<Object> state() {
        return List.copyOf(stored);
    }
}
