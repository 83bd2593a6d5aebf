package org.trustcase.model.assessment;

import java.util.Optional;
import org.trustcase.model.common.RuleViolationException;

/** Whether a decision still answers the latest assessment. */
final class DecisionStanding {
    private DecisionStanding() {
    }

    static Optional<String> staleness(NotificationDecision decision, Optional<Assessment> latestAssessment) {
        int latest = latestAssessment.map(Assessment::version).orElse(0);
        if (decision.assessmentVersion() != latest) {
            return Optional.of("decision v" + decision.version() + " was taken on assessment v"
                    + decision.assessmentVersion() + ", but the latest assessment is v" + latest
                    + "; record a new decision");
        }
        return Optional.empty();
    }

    static void requireCurrent(NotificationDecision decision, Optional<Assessment> latestAssessment, String prefix) {
        staleness(decision, latestAssessment).ifPresent(why -> {
            throw new RuleViolationException(prefix + ": " + why);
        });
    }
}
