package org.trustcase.model.reports;

import java.util.Objects;
import org.trustcase.model.access.CaseAssignments;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.audit.CheckpointLog;
import org.trustcase.model.caseclocks.CaseClockRepository;
import org.trustcase.model.caseclocks.CaseClocks;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.evidence.EvidenceRepository;
import org.trustcase.model.notifications.NotificationRepository;
import org.trustcase.model.notifications.RecipientRepository;
import org.trustcase.model.timeline.TimelineReader;

/** The stores a report reads, together: the case and everything recorded about it. */
public record ReportSources(CaseRepository cases, AssessmentRepository assessments, DecisionRepository decisions,
        CaseClockRepository clockFacts, CaseClocks clocks, NotificationRepository notifications,
        RecipientRepository recipients, EvidenceRepository evidence, TimelineReader timeline,
        CheckpointLog checkpoints, CaseAssignments assignments, ReportQueries queries) {
    public ReportSources {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(clockFacts, "clockFacts");
        Objects.requireNonNull(clocks, "clocks");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(checkpoints, "checkpoints");
        Objects.requireNonNull(assignments, "assignments");
        Objects.requireNonNull(queries, "queries");
    }
}
