package org.trustcase.app;

import java.util.Objects;
import org.trustcase.model.tasks.NoteService;
import org.trustcase.model.tasks.PlaybookService;
import org.trustcase.model.tasks.TaskService;
import org.trustcase.model.timeline.TimelineService;

/**
/** The use cases of a case's investigation: its tasks, the playbooks that add them, its notes and its timeline. */
public record InvestigationUseCases(TaskService tasks, PlaybookService playbooks, NoteService notes,
        TimelineService timeline) {
    public InvestigationUseCases {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(playbooks, "playbooks");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(timeline, "timeline");
    }
}
