package org.trustcase.model.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.audit.Checkpoint;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.evidence.Annotation;
import org.trustcase.model.evidence.CustodyEvent;
import org.trustcase.model.evidence.EvidenceItem;
import org.trustcase.model.notifications.RecipientStatus;
import org.trustcase.model.notifications.SentNotification;
import org.trustcase.model.timeline.TimelineEntry;

/**
 * Everything a printed case summary shows, read in one transaction at {@code printedAt}: the case, its assessments and
 * decisions (oldest first), its clocks now, the notifications sent and the recipients by status, the evidence with its
 * custody, the annotations (the privileged ones only when asked for), the timeline, and the latest signed checkpoint
 * of the audit trail.
 *
 * @param privilegedLeftOut how many privileged annotations were left out ({@code 0} when they were included)
 */
public record CaseSummary(BreachCase breachCase, List<Assessment> assessments, List<NotificationDecision> decisions,
        List<DeadlineClock> clocks, List<SentNotification> notifications, Map<RecipientStatus, Long> recipients,
        List<Evidence> evidence, List<Annotation> annotations, int privilegedLeftOut, List<TimelineEntry> timeline,
        Optional<Checkpoint> checkpoint, Instant printedAt, String printedBy, boolean privilegedIncluded) {

    /** An evidence item with its custody: how many events, and the last. */
    public record Evidence(EvidenceItem item, int custodyEvents, CustodyEvent lastCustody) {
        public Evidence {
            Objects.requireNonNull(item, "item");
        }
    }

    public CaseSummary {
        Objects.requireNonNull(breachCase, "breachCase");
        assessments = List.copyOf(assessments);
        decisions = List.copyOf(decisions);
        clocks = List.copyOf(clocks);
        notifications = List.copyOf(notifications);
        recipients = Map.copyOf(recipients);
        evidence = List.copyOf(evidence);
        annotations = List.copyOf(annotations);
        timeline = List.copyOf(timeline);
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(printedAt, "printedAt");
        Objects.requireNonNull(printedBy, "printedBy");
    }

    public Optional<Assessment> latestAssessment() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    public Optional<NotificationDecision> latestDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }
}
