package org.trustcase.app.ui.assessment;

import java.util.List;
import java.util.Optional;
import org.trustcase.model.assessment.Assessment;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.assessment.Suggestion;

/**
 * A case's assessment as read in one background task: every assessment version, every decision
 * version (both oldest first) and the suggestion, {@code null} while nothing has been assessed.
 */
record AssessmentState(List<Assessment> assessments, List<NotificationDecision> decisions, Suggestion suggestion) {

    AssessmentState {
        assessments = List.copyOf(assessments);
        decisions = List.copyOf(decisions);
    }

    Optional<Assessment> latestAssessment() {
        return assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(assessments.size() - 1));
    }

    Optional<NotificationDecision> currentDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /** True when the current decision was taken on an earlier assessment than the latest. */
    boolean decisionStale() {
        int latest = latestAssessment().map(Assessment::version).orElse(0);
        return currentDecision().map(decision -> decision.assessmentVersion() != latest).orElse(false);
    }
}
