package org.trustcase.model.tasks;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.cases.CaseReference;

/** Port: the tasks of the cases, kept inside the use cases' transactions. */
public interface TaskRepository {
    /** Stores the task; returns its id. */
    long add(CaseTask task);

    Optional<CaseTask> find(long id);

    /** The case's tasks in their order (position, then id). */
    List<CaseTask> list(CaseReference caseReference);

    /** Replaces the stored task of the same id. */
    void update(CaseTask task);

    /** How many of the case's tasks are still open or in progress. */
    long pending(CaseReference caseReference);

    /** The position after the case's last task. */
    int nextPosition(CaseReference caseReference);
}
