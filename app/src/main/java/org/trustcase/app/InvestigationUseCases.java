package org.trustcase.app;

import java.util.Objects;
import org.trustcase.model.tasks.PlaybookService;
import org.trustcase.model.tasks.TaskService;

/** The use cases of a case's investigation: its tasks, and the playbooks that add them. */
public record InvestigationUseCases(TaskService tasks, PlaybookService playbooks) {
    public InvestigationUseCases {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(playbooks, "playbooks");
    }
}
