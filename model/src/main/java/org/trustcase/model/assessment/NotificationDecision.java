package org.trustcase.model.assessment;

import java.time.Instant;
import java.util.Objects;
import org.trustcase.model.cases.CaseReference;

/**
 * One recorded version of the notification decision, with the suggestion it answered and, once
 * given, a legal reviewer's sign-off.
 *
 * @param assessmentVersion the assessment version the decision was taken on
 * @param signOff the reviewer's sign-off of this version, or {@code null}
 */
public record NotificationDecision(
        CaseReference caseReference,
        int version,
        String author,
        Instant decidedAt,
        DecisionDraft decision,
        Suggestion suggestion,
        int assessmentVersion,
        SignOff signOff) {

    public NotificationDecision {
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(suggestion, "suggestion");
    }

    public boolean departsFromSuggestion() {
        return decision.departsFrom(suggestion);
    }

    /** Art. 34(3)(c): a public communication replaces the individual one. */
    public boolean publicCommunicationRequired() {
        return decision.exception() != null && decision.exception().requiresPublicCommunication();
    }

    public NotificationDecision withSignOff(SignOff given) {
        return new NotificationDecision(caseReference, version, author, decidedAt, decision, suggestion,
                assessmentVersion, given);
    }

    /** A legal reviewer's sign-off. */
    public record SignOff(String reviewer, Instant at) {
        public SignOff {
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(at, "at");
        }
    }
}
