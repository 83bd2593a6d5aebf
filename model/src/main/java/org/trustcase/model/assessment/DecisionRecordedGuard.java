package org.trustcase.model.assessment;

import java.util.Optional;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseStatus;
import org.trustcase.model.common.Problem;
import org.trustcase.model.workflow.GuardRefusal;
import org.trustcase.model.workflow.Transition;
import org.trustcase.model.workflow.TransitionGuard;
import org.trustcase.model.workflow.TransitionKind;
import org.trustcase.model.workflow.TransitionRequest;

/**
 * Accountability before notifying or closing: a risk assessment and a current notification
 * decision with reasons for the authority and the data subjects (Art. 33(5), 34 GDPR). Moving to
 * {@code NOTIFYING} also needs a decision that somebody is to be notified.
 */
public final class DecisionRecordedGuard implements TransitionGuard {
    private final AssessmentRepository assessments;
    private final DecisionRepository decisions;

    public DecisionRecordedGuard(AssessmentRepository assessments, DecisionRepository decisions) {
        this.assessments = assessments;
        this.decisions = decisions;
    }

    @Override
    public Optional<GuardRefusal> check(TransitionRequest request) {
        Transition t = request.transition();
        boolean notifying = t.to() == CaseStatus.NOTIFYING;
        if (!notifying && t.kind() != TransitionKind.CLOSE) {
            return Optional.empty();
        }
        CaseReference reference = request.breachCase().reference();
        Optional<Assessment> assessment = assessments.latest(reference);
        if (assessment.isEmpty()) {
            return refuse(t, "assessment", Problem.of("guard.assessment"));
        }
        Optional<NotificationDecision> decision = decisions.latest(reference);
        if (decision.isEmpty()) {
            return refuse(t, "decision", Problem.of("guard.decision"));
        }
        Optional<Problem> stale = DecisionStanding.staleness(decision.get(), assessment);
        if (stale.isPresent()) {
            return refuse(t, "decision-current", stale.get());
        }
        DecisionDraft d = decision.get().decision();
        if (notifying && !d.notifyAuthority() && !d.notifySubjects() && !decision.get().publicCommunicationRequired()) {
            return refuse(t, "decision-notify", Problem.of("guard.decision-notify"));
        }
        return Optional.empty();
    }

    private static Optional<GuardRefusal> refuse(Transition t, String code, Problem why) {
        return Optional.of(GuardRefusal.of(code, t, why));
    }
}
