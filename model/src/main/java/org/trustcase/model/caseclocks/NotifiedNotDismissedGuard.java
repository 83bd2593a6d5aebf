package org.trustcase.model.caseclocks;

import java.util.Comparator;
import java.util.Optional;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.assessment.NotificationDecision;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Problem;
import org.trustcase.model.deadlines.DeadlineEvent;
import org.trustcase.model.workflow.GuardRefusal;
import org.trustcase.model.workflow.TransitionGuard;
import org.trustcase.model.workflow.TransitionKind;
import org.trustcase.model.workflow.TransitionRequest;

/**
 * A case that went the way of a breach is not closed as "not a breach": dismissing is refused once
 * a notification was made (a clock marked met, or the initial notification recorded) or while the
 * current decision says to notify the authority or the data subjects. Such a case is closed.
 */
public final class NotifiedNotDismissedGuard implements TransitionGuard {
    private final CaseClockRepository facts;
    private final DecisionRepository decisions;

    public NotifiedNotDismissedGuard(CaseClockRepository facts, DecisionRepository decisions) {
        this.facts = facts;
        this.decisions = decisions;
    }

    @Override
    public Optional<GuardRefusal> check(TransitionRequest request) {
        if (request.transition().kind() != TransitionKind.DISMISS) {
            return Optional.empty();
        }
        CaseReference reference = request.breachCase().reference();
        CaseClockFacts stored = facts.facts(reference);
        Optional<ClockOutcome> met = stored.outcomes().values().stream()
                .filter(o -> o.kind() == ClockOutcome.Kind.MET).min(Comparator.comparing(ClockOutcome::ruleId));
        if (met.isPresent()) {
            return refuse(request, Problem.of("guard.notified.met", met.get().ruleId(), met.get().at()));
        }
        if (stored.events().containsKey(DeadlineEvent.INITIAL_NOTIFICATION)) {
            return refuse(request, Problem.of("guard.notified.initial-notification",
                    stored.events().get(DeadlineEvent.INITIAL_NOTIFICATION)));
        }
        Optional<NotificationDecision> decision = decisions.latest(reference);
        if (decision.isPresent() && (decision.get().decision().notifyAuthority()
                || decision.get().decision().notifySubjects())) {
            return refuse(request, Problem.of("guard.notified.decision", decision.get().version()));
        }
        return Optional.empty();
    }

    private static Optional<GuardRefusal> refuse(TransitionRequest request, Problem why) {
        return Optional.of(GuardRefusal.of("notified", request.transition(), why));
    }
}
