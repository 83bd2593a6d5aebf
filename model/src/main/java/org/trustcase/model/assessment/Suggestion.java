package org.trustcase.model.assessment;

import java.util.List;
import org.trustcase.model.common.Problem;

/**
 * What Trustcase suggests from the latest assessment and the facts of the case, with every step of
 * its reasoning as coded lines ({@link SuggestionReason}). A suggestion, never a decision: the DPO decides.
 *
 * @param exception the Art. 34(3) ground that may apply, or {@code null}
 */
public record Suggestion(
        RiskOutcome outcome,
        boolean notifyAuthority,
        boolean notifySubjects,
        Art34Exception exception,
        List<Problem> reasons,
        int assessmentVersion) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
