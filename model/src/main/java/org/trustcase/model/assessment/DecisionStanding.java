package org.trustcase.model.assessment;

import java.util.Optional;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.RuleViolationException;

/** Whether a decision still answers the latest assessment. */
final class DecisionStanding {
    private DecisionStanding() {
    }

    static Optional<Problem> staleness(NotificationDecision decision, Optional<Assessment> latestAssessment) {
        int latest = latestAssessment.map(Assessment::version).orElse(0);
        if (decision.assessmentVersion() != latest) {
            return Optional.of(Problem.of("decision.stale-assessment", decision.version(), decision.assessmentVersion(), latest));
        }
        return Optional.empty();
    }

    static void requireCurrent(NotificationDecision decision, Optional<Assessment> latestAssessment, Problem prefix) {
        staleness(decision, latestAssessment).ifPresent(why -> {
            throw new RuleViolationException("refused", prefix, why);
        });
    }
}
