package org.trustcase.app;

import java.util.Objects;
import org.trustcase.model.caselist.SavedViewService;
import org.trustcase.model.reports.ReportService;
import org.trustcase.model.search.SearchService;

/**
 * The use cases that read across the record to find and report: the search over what the investigations wrote, each
 * person's saved views of the cases, and the reports (a case's summary, the breach register, the transparency report,
 * the dashboard's figures).
 */
public record ReportingUseCases(SearchService search, SavedViewService views, ReportService reports) {
    public ReportingUseCases {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(reports, "reports");
    }
}
