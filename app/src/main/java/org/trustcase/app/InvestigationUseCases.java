package org.trustcase.app;

import java.util.Objects;
import org.trustcase.model.caselist.SavedViewService;
import org.trustcase.model.reports.ReportService;
import org.trustcase.model.search.SearchService;
import org.trustcase.model.tasks.NoteService;
import org.trustcase.model.tasks.PlaybookService;
import org.trustcase.model.tasks.TaskService;
import org.trustcase.model.timeline.TimelineService;

/**
 * The use cases of a case's investigation: its tasks, the playbooks that add them, its notes and timeline; and those
 * that find cases by it: the search over what the investigations wrote, and each person's saved views of the cases;
 * and the reports made of the record (a case's summary).
 */
public record InvestigationUseCases(TaskService tasks, PlaybookService playbooks, NoteService notes,
        TimelineService timeline, SearchService search, SavedViewService views, ReportService reports) {
    public InvestigationUseCases {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(playbooks, "playbooks");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(reports, "reports");
    }
}
