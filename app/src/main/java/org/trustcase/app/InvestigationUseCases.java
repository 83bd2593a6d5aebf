package org.trustcase.app;

import java.util.Objects;
import org.trustcase.model.tasks.PlaybookService;
import org.trustcase.model.tasks.TaskService;

/** The use cases of a case's investigation: its tasks, the playbooks that add them, and its notes. */
public record InvestigationUseCases(TaskService tasks, PlaybookService playbooks,
        org.trustcase.model.tasks.NoteService notes) {
    public InvestigationUseCases {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(playbooks, "playbooks");
        Objects.requireNonNull(notes, "notes");
    }
}
